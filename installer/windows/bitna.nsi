; Bitna's Windows installer (NSIS 3, Modern UI 2), in Korean or English.
;
; makensis -DVERSION=0.1.0 -DBUNDLE=C:\path\to\dist\bitna -DOUTFILE=C:\path\to\bitna-setup.exe ^
;          installer\windows\bitna.nsi
;
; BUNDLE is the PyInstaller folder (installer/build bundle) with Tesseract copied into
; BUNDLE\tesseract (tesseract.exe, its DLLs, tessdata\eng + kor), Hunspell in BUNDLE\hunspell
; and its dictionaries in BUNDLE\dictionaries: see .github/workflows/windows.yml. It installs per machine into Program Files\Bitna:
;   - Bitna (required), its Start menu shortcut (Ctrl+Alt+B starts it from anywhere);
;   - Tesseract OCR with English and Korean (required), private to Bitna, in Bitna\tesseract;
;   - a desktop shortcut (chosen by default), start with Windows (not chosen by default).
; The last page starts Bitna, which speaks at once: a blind user hears that it worked.
; Every page uses standard Windows controls, which NVDA, JAWS and Narrator read.
; The uninstaller removes all it installed (files, shortcuts, registry entries) and quits a
; running Bitna first. The user's settings and the people Bitna knows
; (%LOCALAPPDATA%\Bitna) are kept unless "Delete my settings" is chosen on its page.

Unicode true
SetCompressor /SOLID lzma
ManifestDPIAware true

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef BUNDLE
  !error "Give the bundle folder: makensis -DBUNDLE=...\dist\bitna bitna.nsi"
!endif
!ifndef OUTFILE
  !define OUTFILE "bitna-${VERSION}-setup.exe"
!endif
!define APP "Bitna"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Bitna"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define SETTINGS_KEY "Software\Bitna"

Name "$(AppName)"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Bitna"
InstallDirRegKey HKLM "${SETTINGS_KEY}" "InstallDir"
RequestExecutionLevel admin
BrandingText "Bitna ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "Bitna"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "Bitna setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Bitna developers"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\bitna.exe"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default where the system's is neither.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString AppName ${LANG_ENGLISH} "Bitna"
LangString AppName ${LANG_KOREAN} "빛나 (Bitna)"
LangString RunNow ${LANG_ENGLISH} "Start Bitna now (it speaks as soon as it opens)"
LangString RunNow ${LANG_KOREAN} "지금 빛나 시작하기 (열리자마자 말합니다)"
LangString SecApp ${LANG_ENGLISH} "Bitna (required)"
LangString SecApp ${LANG_KOREAN} "빛나 (필수)"
LangString SecAppDesc ${LANG_ENGLISH} "The reading aid, with a Start menu shortcut. Ctrl+Alt+B starts it."
LangString SecAppDesc ${LANG_KOREAN} "읽기 도우미와 시작 메뉴 바로 가기. Ctrl+Alt+B로 시작합니다."
LangString SecOcr ${LANG_ENGLISH} "Tesseract text recognition, English and Korean (required)"
LangString SecOcr ${LANG_KOREAN} "Tesseract 문자 인식, 영어와 한국어 (필수)"
LangString SecOcrDesc ${LANG_ENGLISH} "Reads the text in the camera picture. Installed for Bitna only."
LangString SecOcrDesc ${LANG_KOREAN} "카메라 사진 속 글자를 읽습니다. 빛나 전용으로 설치됩니다."
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_KOREAN} "바탕 화면 바로 가기"
LangString SecDesktopDesc ${LANG_ENGLISH} "A Bitna shortcut on the desktop."
LangString SecDesktopDesc ${LANG_KOREAN} "바탕 화면에 빛나 바로 가기를 만듭니다."
LangString SecStartup ${LANG_ENGLISH} "Start Bitna with Windows"
LangString SecStartup ${LANG_KOREAN} "Windows와 함께 빛나 시작"
LangString SecStartupDesc ${LANG_ENGLISH} "Bitna starts and speaks each time you sign in."
LangString SecStartupDesc ${LANG_KOREAN} "로그인할 때마다 빛나가 시작되어 말합니다."
LangString UnSecApp ${LANG_ENGLISH} "Bitna and Tesseract"
LangString UnSecApp ${LANG_KOREAN} "빛나와 Tesseract"
LangString UnSecData ${LANG_ENGLISH} "Delete my settings and the people Bitna knows"
LangString UnSecData ${LANG_KOREAN} "내 설정과 빛나가 아는 사람들도 삭제"
LangString UnSecDataDesc ${LANG_ENGLISH} "Not chosen: they are kept for the next install."
LangString UnSecDataDesc ${LANG_KOREAN} "선택하지 않으면 다음 설치를 위해 남겨 둡니다."
LangString ShortcutDesc ${LANG_ENGLISH} "Reads printed text aloud from a camera"
LangString ShortcutDesc ${LANG_KOREAN} "카메라로 인쇄된 글을 소리 내어 읽습니다"

Function .onInit
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "$(SecApp)" SecApp
  SectionIn RO
  SetShellVarContext all
  Call QuitRunningBitna
  SetOutPath "$INSTDIR"
  File /r /x tesseract /x bitna-portable.txt "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  ; Ctrl+Alt+B: Windows starts Bitna, or Bitna itself brings its window to the front.
  CreateShortcut "$SMPROGRAMS\Bitna.lnk" "$INSTDIR\bitna.exe" "" "$INSTDIR\bitna.exe" 0 \
    SW_SHOWNORMAL CONTROL|ALT|B "$(ShortcutDesc)"
  WriteRegStr HKLM "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "$(AppName)"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Bitna developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\bitna.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "$(SecOcr)" SecOcr
  SectionIn RO
  SetOutPath "$INSTDIR\tesseract"
  File /r "${BUNDLE}\tesseract\*.*"
SectionEnd

Section "$(SecDesktop)" SecDesktop
  SetShellVarContext all
  CreateShortcut "$DESKTOP\Bitna.lnk" "$INSTDIR\bitna.exe" "" "$INSTDIR\bitna.exe" 0 \
    SW_SHOWNORMAL "" "$(ShortcutDesc)"
SectionEnd

Section /o "$(SecStartup)" SecStartup
  ; For the user who installs (HKCU), as the sign-in that should hear Bitna is theirs.
  WriteRegStr HKCU "${RUN_KEY}" "Bitna" '"$INSTDIR\bitna.exe"'
SectionEnd

Section "-Size"
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(SecAppDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecOcr} "$(SecOcrDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecStartup} "$(SecStartupDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; Ask a running Bitna to quit (`bitna-cli send quit`), so its files can be replaced.
!macro QUIT_RUNNING un
Function ${un}QuitRunningBitna
  IfFileExists "$INSTDIR\bitna-cli.exe" 0 done
    nsExec::Exec '"$INSTDIR\bitna-cli.exe" send quit'
    Pop $0
    Sleep 1500
  done:
FunctionEnd
!macroend
!insertmacro QUIT_RUNNING ""
!insertmacro QUIT_RUNNING "un."

Section "un.$(UnSecApp)" UnSecApp
  SectionIn RO
  SetShellVarContext all
  Call un.QuitRunningBitna
  Delete "$SMPROGRAMS\Bitna.lnk"
  Delete "$DESKTOP\Bitna.lnk"
  DeleteRegValue HKCU "${RUN_KEY}" "Bitna"
  ; Only what the installer put there, so a folder chosen by hand never loses other files.
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\tesseract"
  RMDir /r "$INSTDIR\hunspell"
  RMDir /r "$INSTDIR\dictionaries"
  Delete "$INSTDIR\bitna.exe"
  Delete "$INSTDIR\bitna-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${SETTINGS_KEY}"
SectionEnd

Section /o "un.$(UnSecData)" UnSecData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\Bitna"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$(UnSecDataDesc)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
