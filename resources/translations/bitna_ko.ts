<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
  <context>
    <name>bitna</name>
    <message>
      <source>&amp;Add photos…</source>
      <translation>사진 더하기(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Add pictures…</source>
      <translation>사진 추가(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Announce expiry dates on their own in live text</source>
      <translation>라이브 텍스트에서 유통기한을 따로 알리기(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Back</source>
      <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Bitna</source>
      <translation>빛나(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Camera:</source>
      <translation>카메라(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Commands and their keys:</source>
      <translation>명령과 단축키(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>삭제(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;English voice:</source>
      <translation>영어 음성(&amp;E):</translation>
    </message>
    <message>
      <source>&amp;Everything Bitna said, newest last:</source>
      <translation>빛나가 말한 모든 내용 (최근 것이 마지막)(&amp;E):</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>마침(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Forget</source>
      <translation>잊기(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Interface language:</source>
      <translation>화면 언어(&amp;I):</translation>
    </message>
    <message>
      <source>&amp;Korean voice:</source>
      <translation>한국어 음성(&amp;K):</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>이름(&amp;N):</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>다음(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Objects Bitna knows:</source>
      <translation>빛나가 아는 물건(&amp;O):</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>열기(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Page number (1 to {count}):</source>
      <translation>쪽 번호(1부터 {count}까지)(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>암호문(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;People Bitna knows:</source>
      <translation>빛나가 아는 사람(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Rename…</source>
      <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Restore default keys</source>
      <translation>기본 단축키로 되돌리기(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>검색(&amp;S):</translation>
    </message>
    <message>
      <source>&amp;Skip guide</source>
      <translation>안내 건너뛰기(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Turn off global hotkey</source>
      <translation>전역 단축키 끄기(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Use global hotkeys (keys that work in every program)</source>
      <translation>전역 단축키 사용 (모든 프로그램에서 작동하는 키)(&amp;U)</translation>
    </message>
    <message>
      <source>1 document found.</source>
      <translation>문서 1개를 찾았습니다.</translation>
    </message>
    <message>
      <source>1 page</source>
      <translation>1쪽</translation>
    </message>
    <message>
      <source>A &amp;new page while reading:</source>
      <translation>읽는 중에 새 페이지가 오면(&amp;N):</translation>
    </message>
    <message>
      <source>A Tesseract language pack (Korean, say)</source>
      <translation>Tesseract 언어 팩 (예: 한국어)</translation>
    </message>
    <message>
      <source>A braille page needs at least 10 cells a line and 2 lines. Choose more.</source>
      <translation>점자 한 쪽에는 한 줄에 10칸 이상, 2줄 이상이 필요합니다. 더 큰 값을 고르세요.</translation>
    </message>
    <message>
      <source>A camera</source>
      <translation>카메라</translation>
    </message>
    <message>
      <source>A page of this document is damaged and cannot be shown. Forget the document and read the page again.</source>
      <translation>이 문서의 한 쪽이 손상되어 보여 줄 수 없습니다. 문서를 지우고 그 쪽을 다시 읽으세요.</translation>
    </message>
    <message>
      <source>A picture.</source>
      <translation>그림.</translation>
    </message>
    <message>
      <source>A sound device</source>
      <translation>소리 장치</translation>
    </message>
    <message>
      <source>A sound file is being saved. Please wait.</source>
      <translation>소리 파일을 저장하는 중입니다. 잠시 기다리세요.</translation>
    </message>
    <message>
      <source>A stamp.</source>
      <translation>도장.</translation>
    </message>
    <message>
      <source>Add the objects from a saved list.</source>
      <translation>저장한 목록의 물건을 추가합니다.</translation>
    </message>
    <message>
      <source>Add the people from a file saved by Export.</source>
      <translation>내보내기로 저장한 파일에서 사람들을 추가합니다.</translation>
    </message>
    <message>
      <source>Add the people from a saved list.</source>
      <translation>저장한 목록에서 사람을 추가합니다.</translation>
    </message>
    <message>
      <source>Added {count} objects from {path}.</source>
      <translation>{path}에서 물건 {count}개를 추가했습니다.</translation>
    </message>
    <message>
      <source>Added {count} people from {path}.</source>
      <translation>{path}에서 {count}명을 추가했습니다.</translation>
    </message>
    <message>
      <source>After a line with a "best before", "use by" or expiry date, say the date again on its own, such as "Expires 14 March 2027".</source>
      <translation>"유통기한", "소비기한", "사용기한"이 있는 줄을 읽은 뒤 그 날짜를 "유통기한 2027년 3월 14일"처럼 한 번 더 따로 말합니다.</translation>
    </message>
    <message>
      <source>Already the {limit} size.</source>
      <translation>이미 {limit} 크기입니다.</translation>
    </message>
    <message>
      <source>Already the {limit} speed.</source>
      <translation>이미 {limit} 속도입니다.</translation>
    </message>
    <message>
      <source>Among them: {names}.</source>
      <translation>그중에: {names}.</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>금액</translation>
    </message>
    <message>
      <source>And {count} more.</source>
      <translation>그리고 {count}명 더.</translation>
    </message>
    <message>
      <source>Append everything Bitna says to this file.</source>
      <translation>빛나가 말하는 모든 내용을 이 파일에 덧붙입니다.</translation>
    </message>
    <message>
      <source>April</source>
      <translation>4월</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>아랍어</translation>
    </message>
    <message>
      <source>Arrow keys move, plus and minus zoom.</source>
      <translation>화살표 키로 움직이고, 더하기와 빼기 키로 확대·축소합니다.</translation>
    </message>
    <message>
      <source>Ask the running Bitna to carry out a command, such as read or stop.</source>
      <translation>실행 중인 빛나에게 읽기나 멈춤 같은 명령을 보냅니다.</translation>
    </message>
    <message>
      <source>Asks first, then deletes every document the library keeps, for good.</source>
      <translation>먼저 묻고, 서재에 보관된 모든 문서를 영구히 삭제합니다.</translation>
    </message>
    <message>
      <source>At least {count} characters. You will need it to import the list again: Bitna cannot recover it.</source>
      <translation>{count}자 이상. 목록을 다시 가져올 때 필요합니다. 빛나는 이 암호문을 되찾아 드릴 수 없습니다.</translation>
    </message>
    <message>
      <source>Audio books (*.m3u)</source>
      <translation>오디오북 (*.m3u)</translation>
    </message>
    <message>
      <source>August</source>
      <translation>8월</translation>
    </message>
    <message>
      <source>Auto-capture</source>
      <translation>자동 촬영</translation>
    </message>
    <message>
      <source>Auto-capture &amp;delay (milliseconds still):</source>
      <translation>자동 촬영 대기 시간(멈춘 뒤 밀리초)(&amp;D):</translation>
    </message>
    <message>
      <source>Auto-capture off.</source>
      <translation>자동 촬영을 껐습니다.</translation>
    </message>
    <message>
      <source>Auto-capture on. Put a page under the camera; it is read once it lies still.</source>
      <translation>자동 촬영을 켰습니다. 카메라 아래에 페이지를 놓으세요. 움직이지 않으면 바로 읽습니다.</translation>
    </message>
    <message>
      <source>Auto-capture sensiti&amp;vity (1 to 5):</source>
      <translation>자동 촬영 민감도(1부터 5까지)(&amp;V):</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>자동</translation>
    </message>
    <message>
      <source>Automatic: first camera, else the demo camera</source>
      <translation>자동: 첫 번째 카메라, 없으면 데모 카메라</translation>
    </message>
    <message>
      <source>Barcode {code} is now called {name}.</source>
      <translation>이제 바코드 {code}의 이름은 {name}입니다.</translation>
    </message>
    <message>
      <source>Barcode {number}.</source>
      <translation>바코드 {number}.</translation>
    </message>
    <message>
      <source>Barcode: {number}.</source>
      <translation>바코드: {number}.</translation>
    </message>
    <message>
      <source>Before a word the text recognition was not sure of, say the word "unsure".</source>
      <translation>글자 인식이 확실하지 않은 단어 앞에서 "불확실"이라고 말합니다.</translation>
    </message>
    <message>
      <source>Before an amount, date, dose, phone or account number the text recognition was not sure of, say the word "unsure", and mark it in the reading pane.</source>
      <translation>글자 인식이 확실하지 않은 금액, 날짜, 복용량, 전화번호, 계좌번호 앞에서 "불확실"이라고 말하고, 읽기 창에 표시합니다.</translation>
    </message>
    <message>
      <source>Best before</source>
      <translation>품질유지기한</translation>
    </message>
    <message>
      <source>Best before end</source>
      <translation>품질유지기한</translation>
    </message>
    <message>
      <source>Best before {date}</source>
      <translation>품질유지기한 {date}</translation>
    </message>
    <message>
      <source>Bigger</source>
      <translation>크게</translation>
    </message>
    <message>
      <source>Bitna</source>
      <translation>빛나</translation>
    </message>
    <message>
      <source>Bitna already knows an object called {name}.</source>
      <translation>빛나는 이미 {name}(이)라는 물건을 알고 있습니다.</translation>
    </message>
    <message>
      <source>Bitna already knows someone called {name}.</source>
      <translation>빛나는 이미 {name}(이)라는 사람을 알고 있습니다.</translation>
    </message>
    <message>
      <source>Bitna cannot export as {suffix}. Choose one of: {suffixes}.</source>
      <translation>빛나는 {suffix} 형식으로 내보낼 수 없습니다. 다음 중에서 고르세요: {suffixes}.</translation>
    </message>
    <message>
      <source>Bitna cannot make MP3 files here because its MP3 encoder is missing. Save as WAV instead, or reinstall Bitna.</source>
      <translation>MP3 인코더가 없어서 이 컴퓨터에서는 MP3 파일을 만들 수 없습니다. 대신 WAV로 저장하거나 빛나를 다시 설치하세요.</translation>
    </message>
    <message>
      <source>Bitna cannot save a document as {suffix}. Choose a name ending in one of: {suffixes}.</source>
      <translation>Bitna는 문서를 {suffix} 파일로 저장할 수 없습니다. 다음 중 하나로 끝나는 이름을 고르세요: {suffixes}.</translation>
    </message>
    <message>
      <source>Bitna cannot write braille because liblouis is not installed. On Debian or Ubuntu install the packages liblouis20 and liblouis-data; on macOS run 'brew install liblouis'; on Windows unpack liblouis's Windows zip and put its bin folder on the PATH. Then export again.</source>
      <translation>liblouis가 설치되어 있지 않아 Bitna가 점자를 만들 수 없습니다. Debian이나 Ubuntu에서는 liblouis20과 liblouis-data 패키지를 설치하고, macOS에서는 'brew install liblouis'를 실행하고, Windows에서는 liblouis의 Windows zip을 풀어 그 bin 폴더를 PATH에 넣으세요. 그런 다음 다시 내보내세요.</translation>
    </message>
    <message>
      <source>Bitna could not look at the picture. Please try again.</source>
      <translation>빛나가 화면을 살펴보지 못했습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
      <source>Bitna did not answer.</source>
      <translation>빛나가 응답하지 않았습니다.</translation>
    </message>
    <message>
      <source>Bitna does not know an object called {name}.</source>
      <translation>빛나는 {name}(이)라는 물건을 모릅니다.</translation>
    </message>
    <message>
      <source>Bitna does not know anyone called {name}.</source>
      <translation>빛나는 {name}(이)라는 사람을 모릅니다.</translation>
    </message>
    <message>
      <source>Bitna does not know the braille table {name}. Use one of: {names}.</source>
      <translation>Bitna는 점자 표 {name}을(를) 모릅니다. 다음 중 하나를 쓰세요: {names}.</translation>
    </message>
    <message>
      <source>Bitna found a camera: {names}.</source>
      <translation>빛나가 카메라를 찾았습니다: {names}.</translation>
    </message>
    <message>
      <source>Bitna found {count} cameras: {names}.</source>
      <translation>빛나가 카메라 {count}대를 찾았습니다: {names}.</translation>
    </message>
    <message>
      <source>Bitna is already running; its window is now in front.</source>
      <translation>빛나가 이미 실행 중입니다. 빛나 창을 앞으로 가져왔습니다.</translation>
    </message>
    <message>
      <source>Bitna is not running. Start it first.</source>
      <translation>빛나가 실행 중이 아닙니다. 먼저 빛나를 시작하세요.</translation>
    </message>
    <message>
      <source>Bitna is ready, using {source}. Press R to read the page.</source>
      <translation>빛나가 준비되었습니다. {source}을(를) 사용합니다. R 키를 누르면 페이지를 읽습니다.</translation>
    </message>
    <message>
      <source>Bitna may not open {path}. Check that you are allowed to read it.</source>
      <translation>빛나가 {path}을(를) 열 권한이 없습니다. 파일을 읽을 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
      <source>Bitna page</source>
      <translation>빛나 페이지</translation>
    </message>
    <message>
      <source>Bitna reads printed text aloud from a camera, offline.</source>
      <translation>빛나는 카메라에 비친 인쇄물을 인터넷 연결 없이 소리 내어 읽어 줍니다.</translation>
    </message>
    <message>
      <source>Bitna saves sound as .wav or .mp3 files. Choose a name ending in .wav or .mp3.</source>
      <translation>빛나는 소리를 .wav 또는 .mp3 파일로 저장합니다. 이름이 .wav 또는 .mp3로 끝나게 하세요.</translation>
    </message>
    <message>
      <source>Bitna shows on screen everything it would say.</source>
      <translation>빛나가 말하려던 내용은 모두 화면에 표시됩니다.</translation>
    </message>
    <message>
      <source>Bitna window.</source>
      <translation>빛나 창.</translation>
    </message>
    <message>
      <source>Bitna's own voice, or your screen reader's voice and speed.</source>
      <translation>빛나의 음성, 또는 화면 낭독기의 음성과 속도.</translation>
    </message>
    <message>
      <source>Bitna's voice</source>
      <translation>빛나 음성</translation>
    </message>
    <message>
      <source>Bitna: first-run guide</source>
      <translation>빛나: 처음 사용 안내</translation>
    </message>
    <message>
      <source>Black on white</source>
      <translation>흰 바탕에 검은 글자</translation>
    </message>
    <message>
      <source>Black on yellow</source>
      <translation>노란 바탕에 검은 글자</translation>
    </message>
    <message>
      <source>Book mode</source>
      <translation>책 모드</translation>
    </message>
    <message>
      <source>Book mode off. The book keeps its {count} pages.</source>
      <translation>책 모드를 껐습니다. 책에는 {count}쪽이 그대로 남아 있습니다.</translation>
    </message>
    <message>
      <source>Book mode on. Each page read is kept; an open book is read left page, then right page.</source>
      <translation>책 모드를 켰습니다. 읽은 쪽은 모두 보관되고, 펼친 책은 왼쪽 페이지, 오른쪽 페이지 순서로 읽습니다.</translation>
    </message>
    <message>
      <source>Book.txt</source>
      <translation>책.txt</translation>
    </message>
    <message>
      <source>Braille cells per line (default 40).</source>
      <translation>한 줄의 점자 칸 수 (기본값 40).</translation>
    </message>
    <message>
      <source>Braille files (*.brf)</source>
      <translation>점자 파일 (*.brf)</translation>
    </message>
    <message>
      <source>Braille lines per page (default 25).</source>
      <translation>한 쪽의 점자 줄 수 (기본값 25).</translation>
    </message>
    <message>
      <source>Braille table for .brf: en-g1, en-g2, ko-g1, ko-g2 (default: by language).</source>
      <translation>.brf 점자 표: en-g1, en-g2, ko-g1, ko-g2 (기본값: 언어에 따라).</translation>
    </message>
    <message>
      <source>Brighter</source>
      <translation>밝게</translation>
    </message>
    <message>
      <source>Brightness {value}.</source>
      <translation>밝기 {value}.</translation>
    </message>
    <message>
      <source>Bring Bitna's window to the front.</source>
      <translation>빛나 창을 앞으로 가져옵니다.</translation>
    </message>
    <message>
      <source>C&amp;olours:</source>
      <translation>색상(&amp;O):</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation>카메라</translation>
    </message>
    <message>
      <source>Camera to use: demo, demo:ko, a camera number, a video file or an image folder.</source>
      <translation>사용할 카메라: demo, demo:ko, 카메라 번호, 동영상 파일 또는 이미지 폴더.</translation>
    </message>
    <message>
      <source>Camera view</source>
      <translation>카메라 화면</translation>
    </message>
    <message>
      <source>Camera {index} could not be opened. Check that it is plugged in and not used by another program.</source>
      <translation>카메라 {index}을(를) 열 수 없습니다. 카메라가 연결되어 있는지, 다른 프로그램이 사용 중이지 않은지 확인하세요.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>Capture the page under the camera and read it aloud.</source>
      <translation>카메라 아래의 페이지를 찍어서 소리 내어 읽습니다.</translation>
    </message>
    <message>
      <source>Cell above</source>
      <translation>위 칸</translation>
    </message>
    <message>
      <source>Cell below</source>
      <translation>아래 칸</translation>
    </message>
    <message>
      <source>Change &amp;global hotkey</source>
      <translation>전역 단축키 바꾸기(&amp;G)</translation>
    </message>
    <message>
      <source>Change &amp;key in Bitna</source>
      <translation>빛나 안의 단축키 바꾸기(&amp;K)</translation>
    </message>
    <message>
      <source>Chinese (Simplified)</source>
      <translation>중국어 (간체)</translation>
    </message>
    <message>
      <source>Chinese (Traditional)</source>
      <translation>중국어 (번체)</translation>
    </message>
    <message>
      <source>Choose a page of the book by its number and read it.</source>
      <translation>쪽 번호로 책의 페이지를 골라 읽습니다.</translation>
    </message>
    <message>
      <source>Choose another language, or add {files} to Tesseract's tessdata folder.</source>
      <translation>다른 언어를 고르거나, {files} 파일을 Tesseract의 tessdata 폴더에 넣으세요.</translation>
    </message>
    <message>
      <source>Choose the camera, reading language, voice, speed and colours.</source>
      <translation>카메라, 읽을 언어, 음성, 속도, 색상을 고릅니다.</translation>
    </message>
    <message>
      <source>Choose the language of Bitna's menus and messages with the up and down arrows, then press Enter. Bitna reads both English and Korean text whichever you choose.</source>
      <translation>위아래 화살표로 빛나의 메뉴와 메시지 언어를 고른 다음 Enter를 누르세요. 어느 언어를 고르든 빛나는 영어와 한국어 글을 모두 읽습니다.</translation>
    </message>
    <message>
      <source>Choose the voice that reads to you. Each voice says a sentence as you move to it with the arrow keys. Press Enter to keep the one you hear.</source>
      <translation>글을 읽어 줄 목소리를 고르세요. 화살표로 옮겨 갈 때마다 그 목소리가 한 문장을 말합니다. 지금 들리는 목소리로 하려면 Enter를 누르세요.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>닫기</translation>
    </message>
    <message>
      <source>Close Bitna.</source>
      <translation>빛나를 닫습니다.</translation>
    </message>
    <message>
      <source>Close the guide and start using Bitna.</source>
      <translation>안내를 닫고 빛나를 사용하기 시작합니다.</translation>
    </message>
    <message>
      <source>Close the guide. The Help menu opens it again.</source>
      <translation>안내를 닫습니다. 도움말 메뉴에서 다시 열 수 있습니다.</translation>
    </message>
    <message>
      <source>Close the library.</source>
      <translation>서재를 닫습니다.</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>색깔</translation>
    </message>
    <message>
      <source>Column header</source>
      <translation>열 제목</translation>
    </message>
    <message>
      <source>Come a little closer to the camera.</source>
      <translation>카메라에 조금 더 가까이 오세요.</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>명령</translation>
    </message>
    <message>
      <source>Commands and their keys</source>
      <translation>명령과 단축키</translation>
    </message>
    <message>
      <source>Contrast {value}.</source>
      <translation>대비 {value}.</translation>
    </message>
    <message>
      <source>Copy text</source>
      <translation>글 복사</translation>
    </message>
    <message>
      <source>Copy the page's text to the clipboard.</source>
      <translation>페이지의 글을 클립보드에 복사합니다.</translation>
    </message>
    <message>
      <source>Could be {kind}.</source>
      <translation>{kind}일 수 있습니다.</translation>
    </message>
    <message>
      <source>Could not read a passphrase from {path}.</source>
      <translation>{path}에서 암호문을 읽지 못했습니다.</translation>
    </message>
    <message>
      <source>Darker</source>
      <translation>어둡게</translation>
    </message>
    <message>
      <source>December</source>
      <translation>12월</translation>
    </message>
    <message>
      <source>Delete everything in the li&amp;brary…</source>
      <translation>서재의 모든 내용 삭제(&amp;B)…</translation>
    </message>
    <message>
      <source>Delete everything in the library? Every document kept will be gone for good.</source>
      <translation>서재의 모든 내용을 삭제할까요? 보관된 모든 문서가 영구히 사라집니다.</translation>
    </message>
    <message>
      <source>Delete the chosen document from the library.</source>
      <translation>고른 문서를 서재에서 삭제합니다.</translation>
    </message>
    <message>
      <source>Delete “{title}” from the library? It cannot be brought back.</source>
      <translation>“{title}”을(를) 서재에서 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
      <source>Deleted {title}.</source>
      <translation>{title}을(를) 삭제했습니다.</translation>
    </message>
    <message>
      <source>Demo camera (English letter)</source>
      <translation>데모 카메라 (영어 편지)</translation>
    </message>
    <message>
      <source>Demo camera (Korean letter)</source>
      <translation>데모 카메라 (한국어 편지)</translation>
    </message>
    <message>
      <source>Demo camera ({page})</source>
      <translation>데모 카메라 ({page})</translation>
    </message>
    <message>
      <source>Do not open the first-run guide at start (F1 opens it at any time).</source>
      <translation>시작할 때 처음 사용 안내를 열지 않습니다 (F1로 언제든 열 수 있습니다).</translation>
    </message>
    <message>
      <source>Do&amp;cuments, newest first:</source>
      <translation>문서, 최신순(&amp;C):</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>문서</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>납부 기한</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>네덜란드어</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
      <source>EPUB books (*.epub)</source>
      <translation>EPUB 책 (*.epub)</translation>
    </message>
    <message>
      <source>Each document's title, date, pages and first line. Enter opens it in the reading pane, Delete deletes it, F2 renames it.</source>
      <translation>각 문서의 제목, 날짜, 쪽수, 첫 줄입니다. Enter는 읽기 창에 열고, Delete는 삭제하고, F2는 제목을 바꿉니다.</translation>
    </message>
    <message>
      <source>Edge of table.</source>
      <translation>표의 끝입니다.</translation>
    </message>
    <message>
      <source>End of page.</source>
      <translation>페이지 끝입니다.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Enhanced grey</source>
      <translation>선명한 회색</translation>
    </message>
    <message>
      <source>Everything in the library is deleted.</source>
      <translation>서재의 모든 내용을 삭제했습니다.</translation>
    </message>
    <message>
      <source>Expires {date}</source>
      <translation>사용기한 {date}</translation>
    </message>
    <message>
      <source>Expiry</source>
      <translation>사용기한</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>내보내기</translation>
    </message>
    <message>
      <source>Export the people list</source>
      <translation>사람 목록 내보내기</translation>
    </message>
    <message>
      <source>Exporting {title}.</source>
      <translation>{title}을(를) 내보내는 중입니다.</translation>
    </message>
    <message>
      <source>Face detection is not installed. Reinstall Bitna to get it back.</source>
      <translation>얼굴 찾기가 설치되어 있지 않습니다. 빛나를 다시 설치하세요.</translation>
    </message>
    <message>
      <source>Face recognition is not installed. Reinstall Bitna to get it back.</source>
      <translation>얼굴 인식이 설치되어 있지 않습니다. 빛나를 다시 설치하세요.</translation>
    </message>
    <message>
      <source>Faster</source>
      <translation>빠르게</translation>
    </message>
    <message>
      <source>Faster: {rate} words per minute.</source>
      <translation>빠르게: 분당 {rate} 단어.</translation>
    </message>
    <message>
      <source>February</source>
      <translation>2월</translation>
    </message>
    <message>
      <source>File: {name}</source>
      <translation>파일: {name}</translation>
    </message>
    <message>
      <source>Find the pages that have all these words.</source>
      <translation>이 낱말이 모두 들어 있는 쪽을 찾습니다.</translation>
    </message>
    <message>
      <source>Find what was read before, read on where you stopped, or export it.</source>
      <translation>전에 읽은 것을 찾고, 멈춘 곳부터 이어 읽거나 내보냅니다.</translation>
    </message>
    <message>
      <source>Find, show, export or forget what Bitna read and kept.</source>
      <translation>Bitna가 읽고 보관한 문서를 찾고, 보고, 내보내거나 지웁니다.</translation>
    </message>
    <message>
      <source>First column.</source>
      <translation>첫 열입니다.</translation>
    </message>
    <message>
      <source>First row.</source>
      <translation>첫 행입니다.</translation>
    </message>
    <message>
      <source>First-run guide</source>
      <translation>처음 사용 안내</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>페이지에 맞추기</translation>
    </message>
    <message>
      <source>Fit page, {zoom}.</source>
      <translation>페이지에 맞춤, {zoom}.</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>너비에 맞추기</translation>
    </message>
    <message>
      <source>Fit width, {zoom}.</source>
      <translation>너비에 맞춤, {zoom}.</translation>
    </message>
    <message>
      <source>Five people.</source>
      <translation>다섯 명.</translation>
    </message>
    <message>
      <source>Flip the picture left to right, or back.</source>
      <translation>화면을 좌우로 뒤집거나 되돌립니다.</translation>
    </message>
    <message>
      <source>Folder: {name}</source>
      <translation>폴더: {name}</translation>
    </message>
    <message>
      <source>Follow the system's high-contrast setting</source>
      <translation>시스템 고대비 설정 따르기</translation>
    </message>
    <message>
      <source>For a better reading, give the page more light, hold it flat, and bring the camera a little closer.</source>
      <translation>더 잘 읽으려면 페이지를 더 밝게 비추고, 평평하게 펴고, 카메라를 조금 더 가까이 가져오세요.</translation>
    </message>
    <message>
      <source>Forget &amp;every object</source>
      <translation>모든 물건 잊기(&amp;E)</translation>
    </message>
    <message>
      <source>Forget &amp;everyone</source>
      <translation>모두 잊기(&amp;E)</translation>
    </message>
    <message>
      <source>Forget a document.</source>
      <translation>문서 하나를 지웁니다.</translation>
    </message>
    <message>
      <source>Forget a person.</source>
      <translation>사람을 잊습니다.</translation>
    </message>
    <message>
      <source>Forget all the people.</source>
      <translation>모든 사람을 잊습니다.</translation>
    </message>
    <message>
      <source>Forget an object.</source>
      <translation>물건을 잊습니다.</translation>
    </message>
    <message>
      <source>Forget every object.</source>
      <translation>모든 물건을 잊습니다.</translation>
    </message>
    <message>
      <source>Forget every object? This cannot be undone.</source>
      <translation>모든 물건을 잊을까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
      <source>Forget everyone.</source>
      <translation>모든 사람을 잊습니다.</translation>
    </message>
    <message>
      <source>Forget everyone? This cannot be undone.</source>
      <translation>모든 사람을 잊을까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
      <source>Forget everything in the library.</source>
      <translation>서재의 모든 문서를 지웁니다.</translation>
    </message>
    <message>
      <source>Forget the chosen object.</source>
      <translation>고른 물건을 잊습니다.</translation>
    </message>
    <message>
      <source>Forget the chosen person.</source>
      <translation>고른 사람을 잊습니다.</translation>
    </message>
    <message>
      <source>Forget {name}? Bitna will no longer recognise it.</source>
      <translation>{name}을(를) 잊을까요? 빛나가 더 이상 알아보지 못합니다.</translation>
    </message>
    <message>
      <source>Forget {name}? Bitna will no longer recognise them.</source>
      <translation>{name} 님을 잊을까요? 빛나가 더 이상 알아보지 못합니다.</translation>
    </message>
    <message>
      <source>Forgot every object. Objects forgotten: {count}.</source>
      <translation>모든 물건을 잊었습니다. 잊은 물건: {count}개.</translation>
    </message>
    <message>
      <source>Forgot everyone. People forgotten: {count}.</source>
      <translation>모든 사람을 잊었습니다. 잊은 사람: {count}명.</translation>
    </message>
    <message>
      <source>Forgot everything in the library ({count} documents).</source>
      <translation>서재의 모든 문서를 지웠습니다 (문서 {count}개).</translation>
    </message>
    <message>
      <source>Forgot {name}.</source>
      <translation>{name} 님을 잊었습니다.</translation>
    </message>
    <message>
      <source>Forgot {title}.</source>
      <translation>{title}을(를) 지웠습니다.</translation>
    </message>
    <message>
      <source>Four people.</source>
      <translation>네 명.</translation>
    </message>
    <message>
      <source>Freeze</source>
      <translation>멈춘 화면</translation>
    </message>
    <message>
      <source>French</source>
      <translation>프랑스어</translation>
    </message>
    <message>
      <source>From</source>
      <translation>보낸 곳</translation>
    </message>
    <message>
      <source>From the &amp;start</source>
      <translation>처음부터(&amp;S)</translation>
    </message>
    <message>
      <source>From the line: {line}.</source>
      <translation>읽은 줄: {line}.</translation>
    </message>
    <message>
      <source>Full colour</source>
      <translation>원래 색</translation>
    </message>
    <message>
      <source>German</source>
      <translation>독일어</translation>
    </message>
    <message>
      <source>Give a barcode a name to say.</source>
      <translation>바코드에 말할 이름을 붙입니다.</translation>
    </message>
    <message>
      <source>Give a person another name.</source>
      <translation>사람의 이름을 바꿉니다.</translation>
    </message>
    <message>
      <source>Give an object another name.</source>
      <translation>물건에 다른 이름을 붙입니다.</translation>
    </message>
    <message>
      <source>Give the chosen document a new title.</source>
      <translation>고른 문서에 새 제목을 붙입니다.</translation>
    </message>
    <message>
      <source>Give the chosen object another name.</source>
      <translation>고른 물건에 다른 이름을 붙입니다.</translation>
    </message>
    <message>
      <source>Give the chosen person another name.</source>
      <translation>고른 사람의 이름을 바꿉니다.</translation>
    </message>
    <message>
      <source>Give the passphrase with --passphrase-file FILE: there is no terminal to ask for it.</source>
      <translation>--passphrase-file 파일로 암호문을 주세요. 암호문을 물어볼 터미널이 없습니다.</translation>
    </message>
    <message>
      <source>Global hotkey</source>
      <translation>전역 단축키</translation>
    </message>
    <message>
      <source>Global hotkeys</source>
      <translation>전역 단축키</translation>
    </message>
    <message>
      <source>Global hotkeys cannot work here. Bitna's keys work in its window, and 'bitna send read' can be bound to a key in your desktop's settings.</source>
      <translation>여기서는 전역 단축키를 쓸 수 없습니다. 빛나 창 안의 단축키는 작동하며, 데스크톱 설정에서 'bitna send read' 명령을 단축키에 연결할 수 있습니다.</translation>
    </message>
    <message>
      <source>Global hotkeys could not start. Bitna's keys work in its window, and a desktop shortcut to 'bitna send read' can be given a shortcut key in its properties.</source>
      <translation>전역 단축키를 시작하지 못했습니다. 빛나 창 안의 키는 작동하며, 'bitna send read'를 실행하는 바탕 화면 바로 가기를 만들어 그 속성에서 바로 가기 키를 지정할 수 있습니다.</translation>
    </message>
    <message>
      <source>Global hotkeys need permission to read the keyboard.</source>
      <translation>전역 단축키를 쓰려면 키보드를 읽을 권한이 필요합니다.</translation>
    </message>
    <message>
      <source>Global hotkeys need permission. In System Settings, Privacy &amp; Security, allow Bitna under Accessibility and Input Monitoring, then start Bitna again. Bitna's keys work in its window meanwhile.</source>
      <translation>전역 단축키에는 권한이 필요합니다. 시스템 설정의 개인정보 보호 및 보안에서 손쉬운 사용과 입력 모니터링에 빛나를 허용한 다음 빛나를 다시 시작하세요. 그동안에도 빛나 창 안의 키는 작동합니다.</translation>
    </message>
    <message>
      <source>Go back one printed line: read on from there, or say it when paused.</source>
      <translation>인쇄된 줄 하나 앞으로 돌아갑니다. 읽는 중이면 거기서부터 이어 읽고, 멈춘 때에는 그 줄만 읽습니다.</translation>
    </message>
    <message>
      <source>Go back one sentence: read on from there, or say it when paused.</source>
      <translation>한 문장 앞으로 돌아갑니다. 읽는 중이면 거기서부터 이어 읽고, 멈춘 때에는 그 문장만 읽습니다.</translation>
    </message>
    <message>
      <source>Go back to the word before that may be misread, say it, and wait there.</source>
      <translation>잘못 읽었을 수 있는 이전 단어로 돌아가 읽고 거기서 기다립니다.</translation>
    </message>
    <message>
      <source>Go to end</source>
      <translation>끝으로</translation>
    </message>
    <message>
      <source>Go to page</source>
      <translation>쪽으로 이동</translation>
    </message>
    <message>
      <source>Go to start</source>
      <translation>처음으로</translation>
    </message>
    <message>
      <source>Go to the last sentence of the page.</source>
      <translation>페이지의 마지막 문장으로 갑니다.</translation>
    </message>
    <message>
      <source>Go to the next printed line: read on from there, or say it when paused.</source>
      <translation>인쇄된 다음 줄로 갑니다. 읽는 중이면 거기서부터 이어 읽고, 멈춘 때에는 그 줄만 읽습니다.</translation>
    </message>
    <message>
      <source>Go to the next step.</source>
      <translation>다음 단계로 갑니다.</translation>
    </message>
    <message>
      <source>Go to the next word that may be misread (a number, by default), say it, and wait there; Spell word then spells it.</source>
      <translation>잘못 읽었을 수 있는 다음 단어(기본값은 숫자)로 가서 읽고 거기서 기다립니다. 그다음 단어 철자 읽기로 한 글자씩 읽을 수 있습니다.</translation>
    </message>
    <message>
      <source>Go to the previous step.</source>
      <translation>이전 단계로 돌아갑니다.</translation>
    </message>
    <message>
      <source>Go to the start of the page.</source>
      <translation>페이지의 처음으로 갑니다.</translation>
    </message>
    <message>
      <source>Going on.</source>
      <translation>이어서 읽습니다.</translation>
    </message>
    <message>
      <source>Green on black</source>
      <translation>검은 바탕에 초록 글자</translation>
    </message>
    <message>
      <source>Guide closed. Press {key} to hear it again.</source>
      <translation>안내를 닫았습니다. 다시 들으려면 {key} 키를 누르세요.</translation>
    </message>
    <message>
      <source>Handwriting or a signature.</source>
      <translation>손글씨나 서명.</translation>
    </message>
    <message>
      <source>Hear the short guide again: camera, speech, language, voice and main keys.</source>
      <translation>짧은 안내를 다시 듣습니다: 카메라, 음성, 언어, 목소리, 주요 키.</translation>
    </message>
    <message>
      <source>Hindi</source>
      <translation>힌디어</translation>
    </message>
    <message>
      <source>Hold still: the picture is blurred.</source>
      <translation>움직이지 마세요. 사진이 흐립니다.</translation>
    </message>
    <message>
      <source>Hold the object in the middle of the view, printed side to the camera. I will take {count} pictures; turn it a little between them.</source>
      <translation>물건을 화면 가운데에, 인쇄된 면이 카메라를 향하게 들어 주세요. 사진을 {count}장 찍습니다. 찍는 사이사이 조금씩 돌려 주세요.</translation>
    </message>
    <message>
      <source>Hold the picture still, or let it move again. Read reads a held picture.</source>
      <translation>화면을 멈추거나 다시 움직이게 합니다. 읽기를 누르면 멈춘 화면을 읽습니다.</translation>
    </message>
    <message>
      <source>Hold your head straight, not tilted.</source>
      <translation>고개를 기울이지 말고 똑바로 하세요.</translation>
    </message>
    <message>
      <source>I can see {count} faces. Only the person to remember should face the camera.</source>
      <translation>얼굴이 {count}개 보입니다. 기억할 사람만 카메라를 바라보세요.</translation>
    </message>
    <message>
      <source>I cannot see a face. Face the camera.</source>
      <translation>얼굴이 보이지 않습니다. 카메라를 바라보세요.</translation>
    </message>
    <message>
      <source>I cannot see enough detail on this object to remember it. Hold its printed side to the camera, in good light, and keep it still.</source>
      <translation>이 물건은 무늬가 충분히 보이지 않아 기억할 수 없습니다. 인쇄된 면을 카메라에 향하게 하고, 밝은 곳에서 움직이지 않게 들어 주세요.</translation>
    </message>
    <message>
      <source>I cannot tell the colour: the picture is too dark.</source>
      <translation>색을 알 수 없습니다. 화면이 너무 어둡습니다.</translation>
    </message>
    <message>
      <source>I cannot tell what kind of document this is.</source>
      <translation>어떤 문서인지 알 수 없습니다.</translation>
    </message>
    <message>
      <source>I could not get a good picture of a face. Nothing was remembered. Try again facing the camera, in good light.</source>
      <translation>얼굴 사진을 잘 찍지 못해 아무것도 기억하지 않았습니다. 밝은 곳에서 카메라를 바라보고 다시 해 보세요.</translation>
    </message>
    <message>
      <source>I could not get a good picture of the object. Nothing was remembered. Try again in good light, holding it still.</source>
      <translation>물건을 잘 찍지 못해 아무것도 기억하지 않았습니다. 밝은 곳에서 움직이지 않게 들고 다시 해 보세요.</translation>
    </message>
    <message>
      <source>I don't know this object.</source>
      <translation>모르는 물건입니다.</translation>
    </message>
    <message>
      <source>I will remember {name}.</source>
      <translation>{name} 님을 기억하겠습니다.</translation>
    </message>
    <message>
      <source>Import a people list</source>
      <translation>사람 목록 가져오기</translation>
    </message>
    <message>
      <source>In a table, say the cell above, in the same column.</source>
      <translation>표에서 같은 열의 위 칸을 읽습니다.</translation>
    </message>
    <message>
      <source>In a table, say the cell below, in the same column.</source>
      <translation>표에서 같은 열의 아래 칸을 읽습니다.</translation>
    </message>
    <message>
      <source>In a table, say the header of the current column.</source>
      <translation>표에서 지금 열의 제목을 읽습니다.</translation>
    </message>
    <message>
      <source>In a table, say the next cell of the row, with its column header.</source>
      <translation>표에서 같은 행의 다음 칸을 열 제목과 함께 읽습니다.</translation>
    </message>
    <message>
      <source>In a table, say the previous cell of the row, with its column header.</source>
      <translation>표에서 같은 행의 이전 칸을 열 제목과 함께 읽습니다.</translation>
    </message>
    <message>
      <source>In a table, say the whole next row.</source>
      <translation>표에서 다음 행 전체를 읽습니다.</translation>
    </message>
    <message>
      <source>In a table, say the whole previous row.</source>
      <translation>표에서 이전 행 전체를 읽습니다.</translation>
    </message>
    <message>
      <source>Install it with: {command}</source>
      <translation>다음 명령으로 설치하세요: {command}</translation>
    </message>
    <message>
      <source>It is too dark. Turn on a light or move the page to a brighter place.</source>
      <translation>너무 어둡습니다. 불을 켜거나 페이지를 더 밝은 곳으로 옮기세요.</translation>
    </message>
    <message>
      <source>It is using {source}.</source>
      <translation>지금 {source}을(를) 사용하고 있습니다.</translation>
    </message>
    <message>
      <source>Italian</source>
      <translation>이탈리아어</translation>
    </message>
    <message>
      <source>JAWS (starts JAWS)</source>
      <translation>JAWS (JAWS 시작)</translation>
    </message>
    <message>
      <source>January</source>
      <translation>1월</translation>
    </message>
    <message>
      <source>Japanese</source>
      <translation>일본어</translation>
    </message>
    <message>
      <source>July</source>
      <translation>7월</translation>
    </message>
    <message>
      <source>June</source>
      <translation>6월</translation>
    </message>
    <message>
      <source>Kee&amp;p what is read in the library</source>
      <translation>읽은 내용을 서재에 보관(&amp;P)</translation>
    </message>
    <message>
      <source>Keep each page read, each book and each stretch of live text on this computer, to find it again in the Library (Ctrl+L), read on where you stopped, or export it. Nothing leaves the computer.</source>
      <translation>읽은 페이지, 책, 실시간 글자를 이 컴퓨터에 보관해 서재(Ctrl+L)에서 다시 찾고, 멈춘 곳부터 이어 읽거나 내보낼 수 있게 합니다. 컴퓨터 밖으로는 아무것도 나가지 않습니다.</translation>
    </message>
    <message>
      <source>Keep settings and data in this folder.</source>
      <translation>설정과 데이터를 이 폴더에 보관합니다.</translation>
    </message>
    <message>
      <source>Keep what was read in the library.</source>
      <translation>읽은 내용을 서재에 보관합니다.</translation>
    </message>
    <message>
      <source>Kept encrypted, with the key in {where}.</source>
      <translation>암호화해서 보관합니다. 열쇠는 {where}에 있습니다.</translation>
    </message>
    <message>
      <source>Key in Bitna</source>
      <translation>빛나 안의 단축키</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>단축키</translation>
    </message>
    <message>
      <source>Keys saved.</source>
      <translation>단축키를 저장했습니다.</translation>
    </message>
    <message>
      <source>Korean</source>
      <translation>한국어</translation>
    </message>
    <message>
      <source>Korean (Hangul script)</source>
      <translation>한국어 (한글 문자)</translation>
    </message>
    <message>
      <source>Korean (vertical)</source>
      <translation>한국어 (세로쓰기)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>언어</translation>
    </message>
    <message>
      <source>Last column.</source>
      <translation>마지막 열입니다.</translation>
    </message>
    <message>
      <source>Last row.</source>
      <translation>마지막 행입니다.</translation>
    </message>
    <message>
      <source>Last sentence.</source>
      <translation>마지막 문장입니다.</translation>
    </message>
    <message>
      <source>Learn the face in front of the camera and ask for the person's name.</source>
      <translation>카메라 앞의 얼굴을 익히고 그 사람의 이름을 묻습니다.</translation>
    </message>
    <message>
      <source>Learn the object in front of the camera from a few sides and ask for its name. For a banknote, teach each side under the same name.</source>
      <translation>카메라 앞의 물건을 여러 방향에서 익히고 이름을 묻습니다. 지폐는 앞면과 뒷면을 같은 이름으로 가르치세요.</translation>
    </message>
    <message>
      <source>Less contrast</source>
      <translation>대비 낮추기</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>서재</translation>
    </message>
    <message>
      <source>Library: 1 document. {entry}</source>
      <translation>서재: 문서 1개. {entry}</translation>
    </message>
    <message>
      <source>Library: it is empty. What Bitna reads is kept here.</source>
      <translation>서재: 비어 있습니다. 빛나가 읽은 것이 여기에 보관됩니다.</translation>
    </message>
    <message>
      <source>Library: {count} documents, newest first. {entry}</source>
      <translation>서재: 문서 {count}개, 최신순. {entry}</translation>
    </message>
    <message>
      <source>Lift your chin slightly.</source>
      <translation>턱을 조금 드세요.</translation>
    </message>
    <message>
      <source>List the cameras Bitna can see.</source>
      <translation>빛나가 찾은 카메라를 나열합니다.</translation>
    </message>
    <message>
      <source>List the commands and their keys.</source>
      <translation>명령과 단축키를 나열합니다.</translation>
    </message>
    <message>
      <source>List the documents in the library, newest first.</source>
      <translation>서재의 문서를 최근 것부터 나열합니다.</translation>
    </message>
    <message>
      <source>List the objects Bitna knows.</source>
      <translation>빛나가 아는 물건을 나열합니다.</translation>
    </message>
    <message>
      <source>List the people Bitna knows.</source>
      <translation>빛나가 아는 사람 목록을 보여 줍니다.</translation>
    </message>
    <message>
      <source>List, rename, add photos of, or forget the people Bitna has learned.</source>
      <translation>빛나가 익힌 사람을 보고, 이름을 바꾸고, 사진을 더하거나 잊습니다.</translation>
    </message>
    <message>
      <source>List, rename, add pictures of, or forget the objects Bitna has learned.</source>
      <translation>빛나가 익힌 물건을 보고, 이름을 바꾸고, 사진을 더하거나, 잊습니다.</translation>
    </message>
    <message>
      <source>Live picture from {source}.</source>
      <translation>{source}의 실시간 화면.</translation>
    </message>
    <message>
      <source>Live picture.</source>
      <translation>실시간 화면.</translation>
    </message>
    <message>
      <source>Live te&amp;xt languages:</source>
      <translation>라이브 텍스트 언어(&amp;X):</translation>
    </message>
    <message>
      <source>Live text</source>
      <translation>라이브 텍스트</translation>
    </message>
    <message>
      <source>Live text off.</source>
      <translation>라이브 텍스트 끔.</translation>
    </message>
    <message>
      <source>Live text on. Hold text under the camera; each line is read as it comes into view.</source>
      <translation>라이브 텍스트 켬. 글자가 있는 물건을 카메라 아래에 대세요. 화면에 들어오는 줄마다 읽습니다.</translation>
    </message>
    <message>
      <source>Live text stopped: Bitna could not read the picture. Please try again.</source>
      <translation>라이브 텍스트가 멈췄습니다. 빛나가 화면을 읽지 못했습니다. 다시 해 보세요.</translation>
    </message>
    <message>
      <source>Log what Bitna does.</source>
      <translation>빛나가 하는 일을 기록합니다.</translation>
    </message>
    <message>
      <source>Look at the camera. I will take {count} pictures and tell you what to change.</source>
      <translation>카메라를 바라보세요. 사진 {count}장을 찍고, 바꿀 점을 알려 드립니다.</translation>
    </message>
    <message>
      <source>Lower the contrast (in two-colour modes, show only clear marks).</source>
      <translation>대비를 낮춥니다 (두 색 모드에서는 뚜렷한 글자만 보입니다).</translation>
    </message>
    <message>
      <source>Lower your chin slightly.</source>
      <translation>턱을 조금 내리세요.</translation>
    </message>
    <message>
      <source>Magnifier off.</source>
      <translation>확대기를 껐습니다.</translation>
    </message>
    <message>
      <source>Magnifier on: {zoom}, {mode}.</source>
      <translation>확대기를 켰습니다: {zoom}, {mode}.</translation>
    </message>
    <message>
      <source>Magnify</source>
      <translation>확대</translation>
    </message>
    <message>
      <source>Magnify less. In the reading pane, make the text smaller.</source>
      <translation>덜 확대합니다. 읽기 창에서는 글자를 작게 합니다.</translation>
    </message>
    <message>
      <source>Magnify more. In the reading pane, make the text bigger.</source>
      <translation>더 확대합니다. 읽기 창에서는 글자를 크게 합니다.</translation>
    </message>
    <message>
      <source>Make the magnified picture brighter (thinner text in two-colour modes).</source>
      <translation>확대 화면을 밝게 합니다 (두 색 모드에서는 글자가 가늘어집니다).</translation>
    </message>
    <message>
      <source>Make the magnified picture darker (bolder text in two-colour modes).</source>
      <translation>확대 화면을 어둡게 합니다 (두 색 모드에서는 글자가 굵어집니다).</translation>
    </message>
    <message>
      <source>Make the whole window bigger.</source>
      <translation>창 전체를 크게 합니다.</translation>
    </message>
    <message>
      <source>Make the whole window smaller.</source>
      <translation>창 전체를 작게 합니다.</translation>
    </message>
    <message>
      <source>Many words on this page may be misread.</source>
      <translation>이 페이지의 단어 중 잘못 읽었을 수 있는 것이 많습니다.</translation>
    </message>
    <message>
      <source>Many words on this page may be misread. For a better reading, give the page more light, hold it flat, and bring the camera a little closer.</source>
      <translation type="vanished">이 페이지의 단어 중 잘못 읽었을 수 있는 것이 많습니다. 더 잘 읽으려면 페이지를 더 밝게 비추고, 평평하게 펴고, 카메라를 조금 더 가까이 가져오세요.</translation>
    </message>
    <message>
      <source>March</source>
      <translation>3월</translation>
    </message>
    <message>
      <source>May</source>
      <translation>5월</translation>
    </message>
    <message>
      <source>May be misread</source>
      <translation>잘못 읽었을 수 있음</translation>
    </message>
    <message>
      <source>Mirror</source>
      <translation>좌우 뒤집기</translation>
    </message>
    <message>
      <source>Mirrored.</source>
      <translation>좌우를 뒤집었습니다.</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>없는 것</translation>
    </message>
    <message>
      <source>More contrast</source>
      <translation>대비 높이기</translation>
    </message>
    <message>
      <source>Move back a little from the camera.</source>
      <translation>카메라에서 조금 뒤로 물러나세요.</translation>
    </message>
    <message>
      <source>Move the reading line or the mask's band down.</source>
      <translation>읽기 선이나 가림막의 띠를 아래로 옮깁니다.</translation>
    </message>
    <message>
      <source>Move the reading line or the mask's band up.</source>
      <translation>읽기 선이나 가림막의 띠를 위로 옮깁니다.</translation>
    </message>
    <message>
      <source>Move towards the middle of the picture.</source>
      <translation>화면 가운데로 움직이세요.</translation>
    </message>
    <message>
      <source>My screen reader</source>
      <translation>내 화면 낭독기</translation>
    </message>
    <message>
      <source>NVDA (starts NVDA)</source>
      <translation>NVDA (NVDA 시작)</translation>
    </message>
    <message>
      <source>NVDA and JAWS (table navigation)</source>
      <translation>NVDA와 JAWS (표 탐색)</translation>
    </message>
    <message>
      <source>Name the object in front of the camera, if you taught it, and read any barcode or QR code.</source>
      <translation>카메라 앞의 물건이 가르친 것이면 이름을 말하고, 바코드나 QR 코드가 있으면 읽습니다.</translation>
    </message>
    <message>
      <source>Narrator</source>
      <translation>내레이터</translation>
    </message>
    <message>
      <source>New key for {command}</source>
      <translation>{command}의 새 단축키</translation>
    </message>
    <message>
      <source>Next cell</source>
      <translation>다음 칸</translation>
    </message>
    <message>
      <source>Next colours</source>
      <translation>다음 색</translation>
    </message>
    <message>
      <source>Next demo page</source>
      <translation>다음 데모 페이지</translation>
    </message>
    <message>
      <source>Next line</source>
      <translation>다음 줄</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>다음 쪽</translation>
    </message>
    <message>
      <source>Next row</source>
      <translation>다음 행</translation>
    </message>
    <message>
      <source>Next sentence</source>
      <translation>다음 문장</translation>
    </message>
    <message>
      <source>Next unsure word</source>
      <translation>다음 불확실한 단어</translation>
    </message>
    <message>
      <source>Next word</source>
      <translation>다음 단어</translation>
    </message>
    <message>
      <source>No</source>
      <translation>아니요</translation>
    </message>
    <message>
      <source>No amount to pay, due date or phone number was found.</source>
      <translation>낼 금액, 납부 기한, 전화번호를 찾지 못했습니다.</translation>
    </message>
    <message>
      <source>No audio output device was found. Connect speakers or headphones, or check the sound settings. The text is still shown on screen.</source>
      <translation>소리를 낼 장치를 찾지 못했습니다. 스피커나 헤드폰을 연결하거나 소리 설정을 확인하세요. 글자는 계속 화면에 표시됩니다.</translation>
    </message>
    <message>
      <source>No barcode or QR code found in {path}.</source>
      <translation>{path}에서 바코드나 QR 코드를 찾지 못했습니다.</translation>
    </message>
    <message>
      <source>No camera</source>
      <translation>카메라 없음</translation>
    </message>
    <message>
      <source>No camera found. Bitna will use its demo camera.</source>
      <translation>카메라를 찾지 못했습니다. 빛나는 데모 카메라를 사용합니다.</translation>
    </message>
    <message>
      <source>No camera was found, so Bitna shows its demo camera.</source>
      <translation>카메라를 찾지 못해 빛나가 데모 카메라를 보여 줍니다.</translation>
    </message>
    <message>
      <source>No camera was found. Bitna is using its demo camera, a picture of a sample letter, so you can try it now. Plug in a camera at any time and choose it in Settings.</source>
      <translation>카메라를 찾지 못했습니다. 빛나는 견본 편지 사진인 데모 카메라를 사용하고 있으니 지금 바로 써 볼 수 있습니다. 언제든 카메라를 연결하고 설정에서 고르세요.</translation>
    </message>
    <message>
      <source>No face found in {path}.</source>
      <translation>{path}에서 얼굴을 찾지 못했습니다.</translation>
    </message>
    <message>
      <source>No face was captured, so nothing was remembered.</source>
      <translation>찍힌 얼굴이 없어 아무것도 기억하지 않았습니다.</translation>
    </message>
    <message>
      <source>No more text yet.</source>
      <translation>아직 더 읽을 글이 없습니다.</translation>
    </message>
    <message>
      <source>No more unsure words.</source>
      <translation>더 이상 불확실한 단어가 없습니다.</translation>
    </message>
    <message>
      <source>No one in view.</source>
      <translation>아무도 보이지 않습니다.</translation>
    </message>
    <message>
      <source>No page in view. Put a page under the camera.</source>
      <translation>보이는 페이지가 없습니다. 카메라 아래에 페이지를 놓으세요.</translation>
    </message>
    <message>
      <source>No reading line.</source>
      <translation>읽기 선 없음.</translation>
    </message>
    <message>
      <source>No text found. Put the page under the camera, in good light, and try again.</source>
      <translation>글자를 찾지 못했습니다. 밝은 곳에서 페이지를 카메라 아래에 놓고 다시 해 보세요.</translation>
    </message>
    <message>
      <source>No unsure words.</source>
      <translation>불확실한 단어가 없습니다.</translation>
    </message>
    <message>
      <source>No usable photo: nothing was remembered.</source>
      <translation>쓸 수 있는 사진이 없어 아무것도 기억하지 않았습니다.</translation>
    </message>
    <message>
      <source>No usable picture: nothing was remembered.</source>
      <translation>쓸 수 있는 사진이 없어 아무것도 기억하지 않았습니다.</translation>
    </message>
    <message>
      <source>No voice for this language is installed. Press Enter to go on.</source>
      <translation>이 언어의 목소리가 설치되어 있지 않습니다. 계속하려면 Enter를 누르세요.</translation>
    </message>
    <message>
      <source>No voices are installed. Add one in System Settings, Accessibility, Spoken Content, System voice, Manage Voices. Then start Bitna again.</source>
      <translation>설치된 음성이 없습니다. 시스템 설정의 손쉬운 사용, 읽기 및 말하기, 시스템 음성, 음성 관리에서 음성을 추가하세요. 그런 다음 빛나를 다시 시작하세요.</translation>
    </message>
    <message>
      <source>No voices are installed. Add one in Windows Settings, Time &amp; language, Speech, Add voices. Then start Bitna again.</source>
      <translation>설치된 음성이 없습니다. Windows 설정의 시간 및 언어, 음성, 음성 추가에서 음성을 추가하세요. 그런 다음 빛나를 다시 시작하세요.</translation>
    </message>
    <message>
      <source>No, let my screen reader speak for Bitna</source>
      <translation>아니요, 화면 낭독기가 빛나 대신 말하게 합니다</translation>
    </message>
    <message>
      <source>Nobody yet. Use Remember this person to introduce someone.</source>
      <translation>아직 아무도 없습니다. '이 사람 기억하기'로 사람을 소개하세요.</translation>
    </message>
    <message>
      <source>None of the pictures in {path} could be read. Use PNG, JPEG or TIFF files.</source>
      <translation>{path} 안의 그림을 하나도 읽을 수 없습니다. PNG, JPEG 또는 TIFF 파일을 사용하세요.</translation>
    </message>
    <message>
      <source>Not exported.</source>
      <translation>내보내지 않았습니다.</translation>
    </message>
    <message>
      <source>Not in a table.</source>
      <translation>표 안이 아닙니다.</translation>
    </message>
    <message>
      <source>Not mirrored.</source>
      <translation>뒤집지 않았습니다.</translation>
    </message>
    <message>
      <source>Not saved.</source>
      <translation>저장하지 않았습니다.</translation>
    </message>
    <message>
      <source>Not turned.</source>
      <translation>돌리지 않았습니다.</translation>
    </message>
    <message>
      <source>Nothing found for {words}.</source>
      <translation>{words}에 맞는 것을 찾지 못했습니다.</translation>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>찾은 것이 없습니다.</translation>
    </message>
    <message>
      <source>Nothing is being read.</source>
      <translation>지금 읽고 있는 내용이 없습니다.</translation>
    </message>
    <message>
      <source>Nothing was captured, so nothing was remembered.</source>
      <translation>찍힌 것이 없어 아무것도 기억하지 않았습니다.</translation>
    </message>
    <message>
      <source>Nothing was deleted.</source>
      <translation>아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message>
      <source>Nothing was exported.</source>
      <translation>아무것도 내보내지 않았습니다.</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
      <source>Nothing was remembered.</source>
      <translation>아무것도 기억하지 않았습니다.</translation>
    </message>
    <message>
      <source>Nothing yet. Use Remember this object to teach one.</source>
      <translation>아직 없습니다. "이 물건 기억하기"로 가르쳐 주세요.</translation>
    </message>
    <message>
      <source>November</source>
      <translation>11월</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>확인</translation>
    </message>
    <message>
      <source>Objects Bitna knows</source>
      <translation>빛나가 아는 물건</translation>
    </message>
    <message>
      <source>October</source>
      <translation>10월</translation>
    </message>
    <message>
      <source>Once, before the rows</source>
      <translation>행 앞에 한 번</translation>
    </message>
    <message>
      <source>One person.</source>
      <translation>한 명.</translation>
    </message>
    <message>
      <source>Open the chosen document in the reading pane and read it aloud.</source>
      <translation>고른 문서를 읽기 창에 열고 소리 내어 읽습니다.</translation>
    </message>
    <message>
      <source>Opened {title}, {pages}.</source>
      <translation>{title}, {pages}을(를) 열었습니다.</translation>
    </message>
    <message>
      <source>Orientation and script detection</source>
      <translation>방향 및 문자 종류 감지</translation>
    </message>
    <message>
      <source>Page read by Bitna</source>
      <translation>빛나가 읽은 페이지</translation>
    </message>
    <message>
      <source>Page {number}</source>
      <translation>{number}쪽</translation>
    </message>
    <message>
      <source>Page {number}.</source>
      <translation>{number}쪽.</translation>
    </message>
    <message>
      <source>Passphrase &amp;again:</source>
      <translation>암호문 다시(&amp;A):</translation>
    </message>
    <message>
      <source>Passphrase for the exported list</source>
      <translation>내보낼 목록의 암호문</translation>
    </message>
    <message>
      <source>Passphrase of {file}</source>
      <translation>{file}의 암호문</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>암호문: </translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>일시 정지</translation>
    </message>
    <message>
      <source>Pause reading, or go on from where it paused.</source>
      <translation>읽기를 잠시 멈추거나, 멈춘 곳부터 이어서 읽습니다.</translation>
    </message>
    <message>
      <source>Paused.</source>
      <translation>일시 정지했습니다.</translation>
    </message>
    <message>
      <source>People Bitna knows</source>
      <translation>빛나가 아는 사람</translation>
    </message>
    <message>
      <source>People lists (*.json);;All files (*)</source>
      <translation>사람 목록 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>People's faces:</source>
      <translation>사람들의 얼굴:</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <source>Picture frozen.</source>
      <translation>화면을 멈췄습니다.</translation>
    </message>
    <message>
      <source>Picture {number} of {total} taken.</source>
      <translation>{total}장 중 {number}번째 사진을 찍었습니다.</translation>
    </message>
    <message>
      <source>Picture {n}.</source>
      <translation>사진 {n}.</translation>
    </message>
    <message>
      <source>Please type a name.</source>
      <translation>이름을 입력하세요.</translation>
    </message>
    <message>
      <source>Please type a passphrase.</source>
      <translation>암호문을 입력하세요.</translation>
    </message>
    <message>
      <source>Please type a title.</source>
      <translation>제목을 입력하세요.</translation>
    </message>
    <message>
      <source>Plug in a USB camera and choose it in Settings. If it is plugged in, allow Bitna in System Settings, Privacy &amp; Security, Camera.</source>
      <translation>USB 카메라를 연결하고 설정에서 선택하세요. 이미 연결되어 있다면 시스템 설정의 개인정보 보호 및 보안, 카메라에서 빛나를 허용하세요.</translation>
    </message>
    <message>
      <source>Plug in a USB camera and choose it in Settings. If it is plugged in, allow desktop apps to use the camera in Windows Settings, Privacy &amp; security, Camera.</source>
      <translation>USB 카메라를 연결하고 설정에서 선택하세요. 이미 연결되어 있다면 Windows 설정의 개인 정보 및 보안, 카메라에서 데스크톱 앱의 카메라 사용을 허용하세요.</translation>
    </message>
    <message>
      <source>Plug in a USB camera and choose it in Settings. If it is plugged in, allow your user to use it with: sudo usermod -aG video $USER, then log in again.</source>
      <translation>USB 카메라를 연결하고 설정에서 선택하세요. 이미 연결되어 있다면 다음 명령으로 사용자에게 카메라 사용을 허용한 다음 다시 로그인하세요: sudo usermod -aG video $USER</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>포르투갈어</translation>
    </message>
    <message>
      <source>Press Enter to go on.</source>
      <translation>계속하려면 Enter를 누르세요.</translation>
    </message>
    <message>
      <source>Press R to read the page.</source>
      <translation>페이지를 읽으려면 R을 누르세요.</translation>
    </message>
    <message>
      <source>Press Read to recognise the page under the camera.</source>
      <translation>읽기를 누르면 카메라 아래의 페이지를 인식합니다.</translation>
    </message>
    <message>
      <source>Press the new key</source>
      <translation>새 단축키를 누르세요</translation>
    </message>
    <message>
      <source>Press the new key for {command}, then Enter.</source>
      <translation>{command}에 쓸 새 단축키를 누른 뒤 Enter 키를 누르세요.</translation>
    </message>
    <message>
      <source>Previous cell</source>
      <translation>이전 칸</translation>
    </message>
    <message>
      <source>Previous colours</source>
      <translation>이전 색</translation>
    </message>
    <message>
      <source>Previous line</source>
      <translation>이전 줄</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>이전 쪽</translation>
    </message>
    <message>
      <source>Previous row</source>
      <translation>이전 행</translation>
    </message>
    <message>
      <source>Previous sentence</source>
      <translation>이전 문장</translation>
    </message>
    <message>
      <source>Previous unsure word</source>
      <translation>이전 불확실한 단어</translation>
    </message>
    <message>
      <source>Previous word</source>
      <translation>이전 단어</translation>
    </message>
    <message>
      <source>Print a document's text.</source>
      <translation>문서의 텍스트를 출력합니다.</translation>
    </message>
    <message>
      <source>Print plain text, or the page with its headings, fields and tables.</source>
      <translation>일반 텍스트로, 또는 제목·항목·표를 갖춘 페이지로 출력합니다.</translation>
    </message>
    <message>
      <source>Print the text in an image, and speak it.</source>
      <translation>이미지 속 글자를 출력하고 소리 내어 읽습니다.</translation>
    </message>
    <message>
      <source>Probably {name}.</source>
      <translation>아마 {name}입니다.</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>문제</translation>
    </message>
    <message>
      <source>Problems with the keys</source>
      <translation>단축키 문제</translation>
    </message>
    <message>
      <source>Put a page under the camera and press Enter to start using Bitna.</source>
      <translation>카메라 아래에 페이지를 놓고 Enter를 눌러 빛나를 사용하기 시작하세요.</translation>
    </message>
    <message>
      <source>QR code, long text, the start: {text}</source>
      <translation>QR 코드, 긴 글의 앞부분: {text}</translation>
    </message>
    <message>
      <source>QR code, web address: {address}.</source>
      <translation>QR 코드, 웹 주소: {address}.</translation>
    </message>
    <message>
      <source>QR code: {text}</source>
      <translation>QR 코드: {text}</translation>
    </message>
    <message>
      <source>QR code: {text}.</source>
      <translation>QR 코드: {text}.</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>끝내기</translation>
    </message>
    <message>
      <source>Raise the contrast (in two-colour modes, show fainter marks).</source>
      <translation>대비를 높입니다 (두 색 모드에서는 흐린 글자도 보입니다).</translation>
    </message>
    <message>
      <source>Read</source>
      <translation>읽기</translation>
    </message>
    <message>
      <source>Read &amp;on</source>
      <translation>이어 읽기(&amp;O)</translation>
    </message>
    <message>
      <source>Read from cursor</source>
      <translation>커서부터 읽기</translation>
    </message>
    <message>
      <source>Read on from the cursor in the reading pane.</source>
      <translation>읽기 창의 커서 위치부터 이어 읽습니다.</translation>
    </message>
    <message>
      <source>Read page again</source>
      <translation>쪽 다시 읽기</translation>
    </message>
    <message>
      <source>Read the barcodes and QR codes in a picture.</source>
      <translation>사진 속 바코드와 QR 코드를 읽습니다.</translation>
    </message>
    <message>
      <source>Read the book's current page again, or the page in view even if already read.</source>
      <translation>책의 현재 쪽을 다시 읽거나, 이미 읽은 페이지라도 보이는 페이지를 다시 읽습니다.</translation>
    </message>
    <message>
      <source>Read the last page again, or repeat the last message.</source>
      <translation>마지막 페이지나 안내를 다시 읽습니다.</translation>
    </message>
    <message>
      <source>Read the next page of the book.</source>
      <translation>책의 다음 쪽을 읽습니다.</translation>
    </message>
    <message>
      <source>Read the passphrase from this file instead of asking for it.</source>
      <translation>암호문을 묻지 않고 이 파일에서 읽습니다.</translation>
    </message>
    <message>
      <source>Read the previous page of the book.</source>
      <translation>책의 이전 쪽을 읽습니다.</translation>
    </message>
    <message>
      <source>Reading &amp;language:</source>
      <translation>읽을 언어(&amp;L):</translation>
    </message>
    <message>
      <source>Reading &amp;text size (points):</source>
      <translation>읽기 글자 크기 (포인트)(&amp;T):</translation>
    </message>
    <message>
      <source>Reading failed because of an error in Bitna. Please try again.</source>
      <translation>빛나의 오류로 읽지 못했습니다. 다시 해 보세요.</translation>
    </message>
    <message>
      <source>Reading line</source>
      <translation>읽기 선</translation>
    </message>
    <message>
      <source>Reading line down</source>
      <translation>읽기 선 아래로</translation>
    </message>
    <message>
      <source>Reading line up</source>
      <translation>읽기 선 위로</translation>
    </message>
    <message>
      <source>Reading line.</source>
      <translation>읽기 선.</translation>
    </message>
    <message>
      <source>Reading mask.</source>
      <translation>읽기 가림막.</translation>
    </message>
    <message>
      <source>Reading of “{title}” stopped {percent}% of the way through. Read on from there, or start at the beginning?</source>
      <translation>“{title}”은(는) {percent}% 지점에서 읽기를 멈췄습니다. 거기서부터 이어 읽을까요, 처음부터 읽을까요?</translation>
    </message>
    <message>
      <source>Reading pane</source>
      <translation>읽기 창</translation>
    </message>
    <message>
      <source>Reading took longer than {seconds} seconds, so it was stopped. Try again with a smaller or clearer picture.</source>
      <translation>읽는 데 {seconds}초보다 오래 걸려서 멈췄습니다. 더 작거나 선명한 그림으로 다시 해 보세요.</translation>
    </message>
    <message>
      <source>Reading.</source>
      <translation>읽는 중입니다.</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>준비 완료</translation>
    </message>
    <message>
      <source>Recognise the objects and banknotes Bitna was taught.</source>
      <translation>빛나에게 가르친 물건과 지폐를 알아봅니다.</translation>
    </message>
    <message>
      <source>Recognise the people Bitna was taught.</source>
      <translation>빛나에게 알려 준 사람을 알아봅니다.</translation>
    </message>
    <message>
      <source>Reinstall Bitna, which includes Tesseract.</source>
      <translation>Tesseract가 들어 있는 빛나를 다시 설치하세요.</translation>
    </message>
    <message>
      <source>Remember a person from photos of them.</source>
      <translation>사진으로 사람을 기억합니다.</translation>
    </message>
    <message>
      <source>Remember an object from pictures of it.</source>
      <translation>사진으로 물건을 기억합니다.</translation>
    </message>
    <message>
      <source>Remember this object</source>
      <translation>이 물건 기억하기</translation>
    </message>
    <message>
      <source>Remember this person</source>
      <translation>이 사람 기억하기</translation>
    </message>
    <message>
      <source>Remembered {name}. Photos used: {count}. Pictures known in all: {total}.</source>
      <translation>{name} 님을 기억했습니다. 사용한 사진: {count}장. 모두 {total}장을 알고 있습니다.</translation>
    </message>
    <message>
      <source>Remembered {name}. Pictures used: {count}. Pictures known in all: {total}.</source>
      <translation>{name}을(를) 기억했습니다. 사용한 사진: {count}장. 알고 있는 사진 전체: {total}장.</translation>
    </message>
    <message>
      <source>Rename {name}</source>
      <translation>{name} 이름 바꾸기</translation>
    </message>
    <message>
      <source>Rename {title}</source>
      <translation>{title} 제목 바꾸기</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>다시 듣기</translation>
    </message>
    <message>
      <source>Rotate</source>
      <translation>돌리기</translation>
    </message>
    <message>
      <source>Row {row} of {rows}, column {column} of {columns}</source>
      <translation>{rows}행 중 {row}행, {columns}열 중 {column}열</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>러시아어</translation>
    </message>
    <message>
      <source>S&amp;ay again</source>
      <translation>다시 말하기(&amp;A)</translation>
    </message>
    <message>
      <source>Same as the reading language</source>
      <translation>읽기 언어와 같게</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>시스템과 같게</translation>
    </message>
    <message>
      <source>Save a document as {suffixes}.</source>
      <translation>문서를 {suffixes} 파일로 저장합니다.</translation>
    </message>
    <message>
      <source>Save all the book's pages as one text file or one sound file.</source>
      <translation>책의 모든 쪽을 하나의 텍스트 파일이나 하나의 소리 파일로 저장합니다.</translation>
    </message>
    <message>
      <source>Save audio</source>
      <translation>소리 저장</translation>
    </message>
    <message>
      <source>Save book</source>
      <translation>책 저장</translation>
    </message>
    <message>
      <source>Save everyone to a file, encrypted with a passphrase you choose.</source>
      <translation>모든 사람을 직접 정한 암호문으로 암호화해 파일에 저장합니다.</translation>
    </message>
    <message>
      <source>Save text</source>
      <translation>글 저장</translation>
    </message>
    <message>
      <source>Save the chosen document as text, a web page, a Word document, an EPUB book, braille or an audio book.</source>
      <translation>고른 문서를 텍스트, 웹 페이지, 워드 문서, EPUB 책, 점자, 오디오북으로 저장합니다.</translation>
    </message>
    <message>
      <source>Save the objects list to a file.</source>
      <translation>물건 목록을 파일로 저장합니다.</translation>
    </message>
    <message>
      <source>Save the page read aloud as a sound file (WAV or MP3).</source>
      <translation>소리 내어 읽은 페이지를 소리 파일(WAV 또는 MP3)로 저장합니다.</translation>
    </message>
    <message>
      <source>Save the page's text to a file.</source>
      <translation>페이지의 글을 파일로 저장합니다.</translation>
    </message>
    <message>
      <source>Save the people list to a file, encrypted with a passphrase.</source>
      <translation>사람 목록을 암호문으로 암호화해 파일에 저장합니다.</translation>
    </message>
    <message>
      <source>Save the spoken text as a WAV file.</source>
      <translation>읽은 내용을 WAV 파일로 저장합니다.</translation>
    </message>
    <message>
      <source>Saved {count} objects to {path}.</source>
      <translation>물건 {count}개를 {path}에 저장했습니다.</translation>
    </message>
    <message>
      <source>Saved {count} pages as {name}, {minutes} minutes of sound.</source>
      <translation>{count}쪽을 {name}(으)로 저장했습니다. 소리 길이는 {minutes}분입니다.</translation>
    </message>
    <message>
      <source>Saved {count} pages as {name}.</source>
      <translation>{count}쪽을 {name}(으)로 저장했습니다.</translation>
    </message>
    <message>
      <source>Saved {count} people to {path}, encrypted.</source>
      <translation>{count}명을 암호화해서 {path}에 저장했습니다.</translation>
    </message>
    <message>
      <source>Saved {count} people to {path}.</source>
      <translation>{count}명을 {path}에 저장했습니다.</translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>{name}을(를) 저장했습니다.</translation>
    </message>
    <message>
      <source>Saved {name}: {minutes} min {seconds} s of speech.</source>
      <translation>{name}을(를) 저장했습니다: 음성 {minutes}분 {seconds}초.</translation>
    </message>
    <message>
      <source>Saved {title} to {path}.</source>
      <translation>{title}을(를) {path}에 저장했습니다.</translation>
    </message>
    <message>
      <source>Saving the book.</source>
      <translation>책을 저장하는 중입니다.</translation>
    </message>
    <message>
      <source>Saving the sound file.</source>
      <translation>소리 파일을 저장합니다.</translation>
    </message>
    <message>
      <source>Say "&amp;unsure" before words that may be misread</source>
      <translation>잘못 읽었을 수 있는 단어 앞에 "불확실"이라고 말하기(&amp;U)</translation>
    </message>
    <message>
      <source>Say "unsure" before nu&amp;mbers that may be misread</source>
      <translation>잘못 읽었을 수 있는 숫자 앞에 "불확실"이라고 말하기(&amp;M)</translation>
    </message>
    <message>
      <source>Say a table's column headers with every cell, or once before its rows.</source>
      <translation>표의 열 제목을 칸마다 말하거나, 행을 읽기 전에 한 번만 말합니다.</translation>
    </message>
    <message>
      <source>Say how many people are in front of the camera, who they are and where.</source>
      <translation>카메라 앞에 몇 명이 있는지, 누구인지, 어디에 있는지 알려 줍니다.</translation>
    </message>
    <message>
      <source>Say the main colours in the middle of a picture.</source>
      <translation>사진 가운데의 주된 색을 말합니다.</translation>
    </message>
    <message>
      <source>Say the main colours in the middle of the camera's view.</source>
      <translation>카메라 화면 가운데의 주된 색을 말합니다.</translation>
    </message>
    <message>
      <source>Say the next word, and wait there.</source>
      <translation>다음 단어를 읽고 거기서 기다립니다.</translation>
    </message>
    <message>
      <source>Say the row and column of the current cell, and its header.</source>
      <translation>지금 칸의 행과 열, 열 제목을 알려 줍니다.</translation>
    </message>
    <message>
      <source>Say the word before, and wait there.</source>
      <translation>앞 단어를 읽고 거기서 기다립니다.</translation>
    </message>
    <message>
      <source>Say this step again.</source>
      <translation>이 단계를 다시 말합니다.</translation>
    </message>
    <message>
      <source>Say what the page could be, and who sent it, the amount, the due date and phone numbers, each with the line it came from.</source>
      <translation>이 페이지가 어떤 문서인지, 보낸 곳, 금액, 납부 기한, 전화번호를 각각 읽은 줄과 함께 알려 줍니다.</translation>
    </message>
    <message>
      <source>Say when a &amp;person Bitna knows comes into view</source>
      <translation>빛나가 아는 사람이 보이면 알리기(&amp;P)</translation>
    </message>
    <message>
      <source>Say where the key that encrypts the faces is kept.</source>
      <translation>얼굴을 암호화하는 열쇠가 어디에 있는지 말합니다.</translation>
    </message>
    <message>
      <source>Say whether the whole page is in view, and which way to move it if not.</source>
      <translation>페이지 전체가 보이는지, 아니라면 어느 쪽으로 옮길지 말해 줍니다.</translation>
    </message>
    <message>
      <source>Say which taught object is in a picture.</source>
      <translation>사진 속에 있는 가르친 물건을 말합니다.</translation>
    </message>
    <message>
      <source>Say who is in a photo and where.</source>
      <translation>사진에 누가 어디에 있는지 알려 줍니다.</translation>
    </message>
    <message>
      <source>Saying who comes into view stopped: {reason}</source>
      <translation>누가 왔는지 알리기를 멈췄습니다: {reason}</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>검색</translation>
    </message>
    <message>
      <source>See and change the keys and global hotkeys for every command.</source>
      <translation>모든 명령의 단축키와 전역 단축키를 보고 바꿉니다.</translation>
    </message>
    <message>
      <source>Sell by {date}</source>
      <translation>유통기한 {date}</translation>
    </message>
    <message>
      <source>September</source>
      <translation>9월</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>설정</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>설정을 저장했습니다.</translation>
    </message>
    <message>
      <source>Shorter band</source>
      <translation>띠 좁게</translation>
    </message>
    <message>
      <source>Show Bitna</source>
      <translation>빛나 보이기</translation>
    </message>
    <message>
      <source>Show a reading line, then a mask that hides all but a band, then neither.</source>
      <translation>읽기 선, 띠만 남기고 가리는 가림막, 없음 순서로 바꿉니다.</translation>
    </message>
    <message>
      <source>Show everything Bitna has said, newest last.</source>
      <translation>빛나가 말한 모든 내용을 보여 줍니다. 최근 것이 마지막입니다.</translation>
    </message>
    <message>
      <source>Show fewer lines through the mask.</source>
      <translation>가림막 사이로 보이는 줄을 줄입니다.</translation>
    </message>
    <message>
      <source>Show more lines through the mask.</source>
      <translation>가림막 사이로 보이는 줄을 늘립니다.</translation>
    </message>
    <message>
      <source>Show the next sample page on the demo camera.</source>
      <translation>데모 카메라에 다음 예시 페이지를 보여 줍니다.</translation>
    </message>
    <message>
      <source>Show the page in the next colour mode, such as yellow on black.</source>
      <translation>검은 바탕에 노란 글자처럼 다음 색 모드로 페이지를 보여 줍니다.</translation>
    </message>
    <message>
      <source>Show the page in the previous colour mode.</source>
      <translation>이전 색 모드로 페이지를 보여 줍니다.</translation>
    </message>
    <message>
      <source>Show the whole camera picture (zoom 1).</source>
      <translation>카메라 화면 전체를 보여 줍니다 (1배).</translation>
    </message>
    <message>
      <source>Six people.</source>
      <translation>여섯 명.</translation>
    </message>
    <message>
      <source>Size {percent} percent.</source>
      <translation>크기 {percent}퍼센트.</translation>
    </message>
    <message>
      <source>Skip to the next sentence: read on from there, or say it when paused.</source>
      <translation>다음 문장으로 건너뜁니다. 읽는 중이면 거기서부터 이어 읽고, 멈춘 때에는 그 문장만 읽습니다.</translation>
    </message>
    <message>
      <source>Slower</source>
      <translation>느리게</translation>
    </message>
    <message>
      <source>Slower: {rate} words per minute.</source>
      <translation>느리게: 분당 {rate} 단어.</translation>
    </message>
    <message>
      <source>Smaller</source>
      <translation>작게</translation>
    </message>
    <message>
      <source>Someone you have not introduced</source>
      <translation>소개받지 않은 사람</translation>
    </message>
    <message>
      <source>Something went wrong while looking at faces. Please try again.</source>
      <translation>얼굴을 살피다가 문제가 생겼습니다. 다시 해 보세요.</translation>
    </message>
    <message>
      <source>Something went wrong while looking at the object. Please try again.</source>
      <translation>물건을 보는 중에 문제가 생겼습니다. 다시 해 주세요.</translation>
    </message>
    <message>
      <source>Sound files (*.mp3 *.wav)</source>
      <translation>소리 파일 (*.mp3 *.wav)</translation>
    </message>
    <message>
      <source>Sound files (*.wav)</source>
      <translation>소리 파일 (*.wav)</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>스페인어</translation>
    </message>
    <message>
      <source>Speak &amp;with:</source>
      <translation>읽어 줄 음성(&amp;W):</translation>
    </message>
    <message>
      <source>Speak faster.</source>
      <translation>더 빠르게 말합니다.</translation>
    </message>
    <message>
      <source>Speak slower.</source>
      <translation>더 느리게 말합니다.</translation>
    </message>
    <message>
      <source>Speak the text aloud.</source>
      <translation>글자를 소리 내어 읽습니다.</translation>
    </message>
    <message>
      <source>Speech</source>
      <translation>음성</translation>
    </message>
    <message>
      <source>Speech &amp;rate (words per minute):</source>
      <translation>말하기 속도 (분당 단어 수)(&amp;R):</translation>
    </message>
    <message>
      <source>Speech history</source>
      <translation>말한 기록</translation>
    </message>
    <message>
      <source>Speech stopped because of an unexpected problem. Try again.</source>
      <translation>예상하지 못한 문제로 말하기가 멈췄습니다. 다시 해 보세요.</translation>
    </message>
    <message>
      <source>Spell the current word letter by letter (Korean: syllable by syllable).</source>
      <translation>지금 단어를 한 글자씩 읽습니다(한국어는 음절 하나씩).</translation>
    </message>
    <message>
      <source>Spell word</source>
      <translation>단어 철자 읽기</translation>
    </message>
    <message>
      <source>Start of page.</source>
      <translation>페이지 처음입니다.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <source>Step {number} of {total}: {title}</source>
      <translation>{total}단계 중 {number}단계: {title}</translation>
    </message>
    <message>
      <source>Still working on the last face command.</source>
      <translation>앞의 얼굴 명령을 아직 처리하고 있습니다.</translation>
    </message>
    <message>
      <source>Still working on the last object command.</source>
      <translation>아직 앞의 물건 명령을 처리하고 있습니다.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>멈춤</translation>
    </message>
    <message>
      <source>Stop reading and silence speech at once.</source>
      <translation>읽기를 멈추고 바로 소리를 끕니다.</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>멈췄습니다.</translation>
    </message>
    <message>
      <source>Stopped. Nothing was remembered.</source>
      <translation>멈췄습니다. 아무것도 기억하지 않았습니다.</translation>
    </message>
    <message>
      <source>Stops the reading and is read at once</source>
      <translation>읽기를 멈추고 바로 읽음</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>요약</translation>
    </message>
    <message>
      <source>Table &amp;headers:</source>
      <translation>표 머리글(&amp;H):</translation>
    </message>
    <message>
      <source>Table, 1 row, {columns} columns</source>
      <translation>표, 1행 {columns}열</translation>
    </message>
    <message>
      <source>Table, {rows} rows, {columns} columns</source>
      <translation>표, {rows}행 {columns}열</translation>
    </message>
    <message>
      <source>Take more pictures of the chosen object, such as a banknote's other side.</source>
      <translation>고른 물건의 사진을 더 찍습니다. 예를 들어 지폐의 뒷면.</translation>
    </message>
    <message>
      <source>Take more pictures of the chosen person, so Bitna knows them better.</source>
      <translation>고른 사람의 사진을 더 찍어 빛나가 더 잘 알아보게 합니다.</translation>
    </message>
    <message>
      <source>Taller band</source>
      <translation>띠 넓게</translation>
    </message>
    <message>
      <source>Tesseract (reads text)</source>
      <translation>Tesseract (글자 인식)</translation>
    </message>
    <message>
      <source>Tesseract has no language pack for {languages}.</source>
      <translation>Tesseract에 {languages} 언어 팩이 없습니다.</translation>
    </message>
    <message>
      <source>Tesseract languages, for example eng+kor.</source>
      <translation>Tesseract 언어. 예: eng+kor.</translation>
    </message>
    <message>
      <source>Tesseract stopped with an error. Try again; if it keeps happening, reinstall Bitna.</source>
      <translation>Tesseract가 오류로 멈췄습니다. 다시 해 보고, 계속 그러면 빛나를 다시 설치하세요.</translation>
    </message>
    <message>
      <source>Tesseract stopped with an error. Try again; if it keeps happening, reinstall Tesseract.</source>
      <translation>Tesseract가 오류로 멈췄습니다. 다시 해 보고, 계속 그러면 Tesseract를 다시 설치하세요.</translation>
    </message>
    <message>
      <source>Tesseract, the program that reads text, is not installed or does not work.</source>
      <translation>글자를 읽는 프로그램인 Tesseract가 설치되어 있지 않거나 작동하지 않습니다.</translation>
    </message>
    <message>
      <source>Text and background colours.</source>
      <translation>글자와 배경 색상.</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
      <source>Text size {size}.</source>
      <translation>글자 크기 {size}.</translation>
    </message>
    <message>
      <source>That is all.</source>
      <translation>이것으로 끝입니다.</translation>
    </message>
    <message>
      <source>That is not a barcode Bitna can remember.</source>
      <translation>빛나가 기억할 수 있는 바코드가 아닙니다.</translation>
    </message>
    <message>
      <source>That name is too long. Use at most {count} letters.</source>
      <translation>이름이 너무 깁니다. {count}자 이하로 쓰세요.</translation>
    </message>
    <message>
      <source>That was the last page, page {number}.</source>
      <translation>마지막 쪽인 {number}쪽이었습니다.</translation>
    </message>
    <message>
      <source>The book has no pages yet. Turn on book mode and put a page under the camera.</source>
      <translation>책에 아직 쪽이 없습니다. 책 모드를 켜고 카메라 아래에 페이지를 놓으세요.</translation>
    </message>
    <message>
      <source>The braille table {table} is not installed. Install liblouis's tables (on Debian or Ubuntu the package liblouis-data) and export again.</source>
      <translation>점자 표 {table}이(가) 설치되어 있지 않습니다. liblouis의 점자 표(Debian이나 Ubuntu에서는 liblouis-data 패키지)를 설치하고 다시 내보내세요.</translation>
    </message>
    <message>
      <source>The camera could not be changed. Try again.</source>
      <translation>카메라를 바꾸지 못했습니다. 다시 해 보세요.</translation>
    </message>
    <message>
      <source>The camera is back.</source>
      <translation>카메라가 다시 연결되었습니다.</translation>
    </message>
    <message>
      <source>The camera stopped sending pictures. Check its cable; Bitna keeps trying.</source>
      <translation>카메라 화면이 끊겼습니다. 케이블을 확인하세요. 빛나가 계속 다시 연결을 시도합니다.</translation>
    </message>
    <message>
      <source>The camera view and the magnifier still work.</source>
      <translation>카메라 화면과 확대기는 계속 작동합니다.</translation>
    </message>
    <message>
      <source>The demo camera is not in use.</source>
      <translation>데모 카메라를 사용하고 있지 않습니다.</translation>
    </message>
    <message>
      <source>The demo page {page} is missing from Bitna's files. Reinstall Bitna.</source>
      <translation>빛나 파일에 데모 페이지 {page}이(가) 없습니다. 빛나를 다시 설치하세요.</translation>
    </message>
    <message>
      <source>The document could not be deleted because of an error.</source>
      <translation>오류 때문에 문서를 삭제하지 못했습니다.</translation>
    </message>
    <message>
      <source>The document could not be exported because of an error.</source>
      <translation>오류 때문에 문서를 내보내지 못했습니다.</translation>
    </message>
    <message>
      <source>The document could not be opened because of an error.</source>
      <translation>오류 때문에 문서를 열지 못했습니다.</translation>
    </message>
    <message>
      <source>The document could not be renamed because of an error.</source>
      <translation>오류 때문에 문서 제목을 바꾸지 못했습니다.</translation>
    </message>
    <message>
      <source>The document's new title.</source>
      <translation>문서의 새 제목입니다.</translation>
    </message>
    <message>
      <source>The face is too bright. Move out of direct light.</source>
      <translation>얼굴이 너무 밝습니다. 직사광선을 피하세요.</translation>
    </message>
    <message>
      <source>The face is too dark. Turn on a light or face the window.</source>
      <translation>얼굴이 너무 어둡습니다. 불을 켜거나 창문 쪽을 바라보세요.</translation>
    </message>
    <message>
      <source>The face model {name} is missing. Reinstall Bitna to get it back.</source>
      <translation>얼굴 모델 {name} 파일이 없습니다. 빛나를 다시 설치하세요.</translation>
    </message>
    <message>
      <source>The faces Bitna knows are stored encrypted; this says where the key to them is kept. Exported lists are encrypted with a passphrase you choose.</source>
      <translation>빛나가 아는 얼굴은 암호화되어 저장됩니다. 여기에는 그 열쇠가 있는 곳이 나옵니다. 내보낸 목록은 직접 정한 암호문으로 암호화됩니다.</translation>
    </message>
    <message>
      <source>The file could not be saved because of an error in Bitna.</source>
      <translation>빛나의 오류 때문에 파일을 저장하지 못했습니다.</translation>
    </message>
    <message>
      <source>The file or folder {path} does not exist. Check the name, or choose another camera source.</source>
      <translation>파일 또는 폴더 {path}이(가) 없습니다. 이름을 확인하거나 다른 카메라를 고르세요.</translation>
    </message>
    <message>
      <source>The file {path} could not be saved. Check that the folder exists, that you may write to it, and that there is free space.</source>
      <translation>파일 {path}을(를) 저장하지 못했습니다. 폴더가 있는지, 그 폴더에 쓸 권한이 있는지, 빈 공간이 있는지 확인하세요.</translation>
    </message>
    <message>
      <source>The file {path} does not exist. Check its name and folder.</source>
      <translation>파일 {path}이(가) 없습니다. 이름과 폴더를 확인하세요.</translation>
    </message>
    <message>
      <source>The file {path} is empty. Scan or photograph the page again.</source>
      <translation>파일 {path}이(가) 비어 있습니다. 페이지를 다시 스캔하거나 찍으세요.</translation>
    </message>
    <message>
      <source>The folder {path} has no pictures in it. Put PNG, JPEG or TIFF files in it, or choose another camera source.</source>
      <translation>폴더 {path}에 그림이 없습니다. PNG, JPEG 또는 TIFF 파일을 넣거나 다른 카메라를 고르세요.</translation>
    </message>
    <message>
      <source>The key that encrypts the faces is kept in {where}.</source>
      <translation>얼굴을 암호화하는 열쇠는 {where}에 있습니다.</translation>
    </message>
    <message>
      <source>The language of Bitna's menus and messages.</source>
      <translation>빛나의 메뉴와 안내에 쓰는 언어.</translation>
    </message>
    <message>
      <source>The language of the printed text.</source>
      <translation>인쇄된 글자의 언어.</translation>
    </message>
    <message>
      <source>The languages live text reads on boxes, tins and bottles held under the camera.</source>
      <translation>카메라 아래에 댄 상자, 캔, 병의 글자를 라이브 텍스트가 읽을 언어입니다.</translation>
    </message>
    <message>
      <source>The library could not be emptied because of an error.</source>
      <translation>오류 때문에 서재를 비우지 못했습니다.</translation>
    </message>
    <message>
      <source>The library could not be read because of an error.</source>
      <translation>오류 때문에 서재를 읽지 못했습니다.</translation>
    </message>
    <message>
      <source>The library could not be used: {reason}. Close other copies of Bitna and check the disk has room.</source>
      <translation>서재를 사용할 수 없습니다: {reason}. 다른 Bitna 창을 닫고 디스크에 빈 공간이 있는지 확인하세요.</translation>
    </message>
    <message>
      <source>The library is empty.</source>
      <translation>서재가 비어 있습니다.</translation>
    </message>
    <message>
      <source>The library of what Bitna read was damaged and could not be opened. It was kept as {backup}. Bitna starts a new, empty library.</source>
      <translation>Bitna가 읽은 문서를 보관하는 서재가 손상되어 열 수 없었습니다. {backup}(으)로 보관해 두었습니다. Bitna는 비어 있는 새 서재로 시작합니다.</translation>
    </message>
    <message>
      <source>The library was saved by a newer Bitna. Update Bitna to use it.</source>
      <translation>서재가 더 새로운 Bitna로 저장되었습니다. Bitna를 업데이트한 뒤 사용하세요.</translation>
    </message>
    <message>
      <source>The list of objects Bitna knows was damaged and could not be read. It was kept as {backup}. Bitna starts a new, empty list: teach the objects again, or import a saved list.</source>
      <translation>빛나가 아는 물건 목록이 손상되어 읽을 수 없었습니다. {backup}(으)로 보관했습니다. 빛나는 새 빈 목록으로 시작합니다. 물건을 다시 가르치거나, 저장한 목록을 가져오세요.</translation>
    </message>
    <message>
      <source>The list of objects could not be used: {reason}. Close other copies of Bitna and check the disk has room.</source>
      <translation>물건 목록을 쓸 수 없습니다: {reason}. 다른 빛나 창을 닫고 디스크에 빈 공간이 있는지 확인하세요.</translation>
    </message>
    <message>
      <source>The list of objects was saved by a newer Bitna. Update Bitna to use it.</source>
      <translation>물건 목록이 더 새로운 빛나로 저장되었습니다. 쓰려면 빛나를 업데이트하세요.</translation>
    </message>
    <message>
      <source>The list of people Bitna knows was damaged and could not be read. It was kept as {backup}. Bitna starts a new, empty list: introduce people again, or import a saved list.</source>
      <translation>빛나가 아는 사람 목록이 손상되어 읽을 수 없었습니다. 손상된 파일은 {backup}(으)로 보관했습니다. 빛나는 빈 목록으로 새로 시작합니다. 사람을 다시 소개하거나 저장한 목록을 가져오세요.</translation>
    </message>
    <message>
      <source>The list of people cannot be unlocked: the key that encrypts their faces ({where}) is missing or is not the one they were saved with. Put the key back from a backup, or forget everyone (Forget everyone in the People window, or bitna faces forget --all) and introduce them again.</source>
      <translation>사람 목록을 열 수 없습니다. 얼굴을 암호화한 열쇠({where})가 없거나 저장할 때의 열쇠가 아닙니다. 백업에서 열쇠를 되돌려 놓거나, 모두 잊은 뒤(사람 창의 '모두 잊기' 또는 bitna faces forget --all) 다시 소개하세요.</translation>
    </message>
    <message>
      <source>The list of people could not be used: {reason}. Close other copies of Bitna and check the disk has room.</source>
      <translation>사람 목록을 쓸 수 없습니다: {reason}. 다른 빛나 창을 닫고 디스크 공간이 있는지 확인하세요.</translation>
    </message>
    <message>
      <source>The list of people was saved by a newer Bitna. Update Bitna to use it.</source>
      <translation>사람 목록이 더 새로운 빛나로 저장되었습니다. 빛나를 업데이트하세요.</translation>
    </message>
    <message>
      <source>The name Bitna will say when it sees this object.</source>
      <translation>빛나가 이 물건을 볼 때 말할 이름입니다.</translation>
    </message>
    <message>
      <source>The name Bitna will say when it sees this person.</source>
      <translation>빛나가 이 사람을 보았을 때 말할 이름입니다.</translation>
    </message>
    <message>
      <source>The page is cut off {where}. Move it {move}.</source>
      <translation>페이지의 {where}이(가) 잘렸습니다. 페이지를 {move} 옮기세요.</translation>
    </message>
    <message>
      <source>The page is larger than the view. Move the camera further from the page.</source>
      <translation>페이지가 화면보다 큽니다. 카메라를 페이지에서 더 멀리 떨어뜨리세요.</translation>
    </message>
    <message>
      <source>The page is tilted. Turn it a little anticlockwise.</source>
      <translation>페이지가 기울어져 있습니다. 시계 반대 방향으로 조금 돌리세요.</translation>
    </message>
    <message>
      <source>The page is tilted. Turn it a little clockwise.</source>
      <translation>페이지가 기울어져 있습니다. 시계 방향으로 조금 돌리세요.</translation>
    </message>
    <message>
      <source>The page's text is copied.</source>
      <translation>페이지의 글을 복사했습니다.</translation>
    </message>
    <message>
      <source>The passphrase does not open this file. Check it and try again; nothing was changed.</source>
      <translation>이 암호문으로는 파일을 열 수 없습니다. 확인하고 다시 해 보세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
      <source>The passphrase this list was saved with.</source>
      <translation>이 목록을 저장할 때 쓴 암호문입니다.</translation>
    </message>
    <message>
      <source>The photo reader (RapidOCR) is not installed. Run Bitna's setup again.</source>
      <translation>사진 판독기(RapidOCR)가 설치되어 있지 않습니다. 빛나 설치를 다시 실행하세요.</translation>
    </message>
    <message>
      <source>The print is small for the camera, so some words may be wrong. For a better reading, bring the camera closer to the page.</source>
      <translation>카메라에 비해 글자가 작아서 일부 단어가 틀릴 수 있습니다. 더 잘 읽으려면 카메라를 페이지에 더 가까이 대세요.</translation>
    </message>
    <message>
      <source>The reading line is off.</source>
      <translation>읽기 선이 꺼져 있습니다.</translation>
    </message>
    <message>
      <source>The reading mask is off.</source>
      <translation>읽기 가림막이 꺼져 있습니다.</translation>
    </message>
    <message>
      <source>The same passphrase again: </source>
      <translation>같은 암호문을 한 번 더: </translation>
    </message>
    <message>
      <source>The sound file {path} could not be saved. Check that the folder exists and that there is free space.</source>
      <translation>소리 파일 {path}을(를) 저장하지 못했습니다. 폴더가 있는지, 저장 공간이 남아 있는지 확인하세요.</translation>
    </message>
    <message>
      <source>The speech engine</source>
      <translation>음성 엔진</translation>
    </message>
    <message>
      <source>The speech engine could not be started. Please reinstall Bitna.</source>
      <translation>음성 엔진을 시작하지 못했습니다. 빛나를 다시 설치하세요.</translation>
    </message>
    <message>
      <source>The speech engine eSpeak NG could not be started. Install it with the command: sudo apt install espeak-ng. Then start Bitna again.</source>
      <translation>음성 엔진 eSpeak NG를 시작하지 못했습니다. sudo apt install espeak-ng 명령으로 설치한 뒤 빛나를 다시 시작하세요.</translation>
    </message>
    <message>
      <source>The speech engine failed to read this text. Try again, or restart Bitna.</source>
      <translation>음성 엔진이 이 글을 읽지 못했습니다. 다시 해 보거나 빛나를 다시 시작하세요.</translation>
    </message>
    <message>
      <source>The text Bitna recognised. Use the arrow keys to read it.</source>
      <translation>빛나가 인식한 글입니다. 화살표 키로 읽을 수 있습니다.</translation>
    </message>
    <message>
      <source>The text is too small. Bring the camera closer to the page.</source>
      <translation>글자가 너무 작습니다. 카메라를 페이지에 더 가까이 가져가세요.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>두 암호문이 같지 않습니다.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same. Nothing was saved.</source>
      <translation>두 암호문이 같지 않습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
      <source>The video {path} could not be played. Check that the file is complete, or convert it to MP4.</source>
      <translation>동영상 {path}을(를) 재생할 수 없습니다. 파일이 온전한지 확인하거나 MP4로 변환하세요.</translation>
    </message>
    <message>
      <source>The voice that reads text in this language.</source>
      <translation>이 언어의 글을 읽어 줄 음성.</translation>
    </message>
    <message>
      <source>The voice {voice} is not installed. Choose another voice in the settings.</source>
      <translation>{voice} 음성이 설치되어 있지 않습니다. 설정에서 다른 음성을 고르세요.</translation>
    </message>
    <message>
      <source>The voices of the speech engine eSpeak NG are missing. Install them with the command: sudo apt install --reinstall espeak-ng-data. Then start Bitna again.</source>
      <translation>음성 엔진 eSpeak NG의 음성이 없습니다. 다음 명령으로 설치하세요: sudo apt install --reinstall espeak-ng-data. 그런 다음 빛나를 다시 시작하세요.</translation>
    </message>
    <message>
      <source>The whole page is in view. Ready to read.</source>
      <translation>페이지 전체가 보입니다. 읽을 준비가 되었습니다.</translation>
    </message>
    <message>
      <source>There is a bright reflection on the page. Tilt the page or move the light.</source>
      <translation>페이지에 밝은 빛 반사가 있습니다. 페이지를 기울이거나 조명을 옮기세요.</translation>
    </message>
    <message>
      <source>There is a page but no text on it. Turn the page over?</source>
      <translation>페이지는 있지만 글자가 없습니다. 페이지를 뒤집어 보시겠어요?</translation>
    </message>
    <message>
      <source>There is no camera or file called {spec}. Use auto, demo, a camera number, or the path of a picture, video or folder.</source>
      <translation>{spec}(이)라는 카메라나 파일이 없습니다. auto, demo, 카메라 번호, 또는 그림·동영상·폴더의 경로를 쓰세요.</translation>
    </message>
    <message>
      <source>There is no command called {command}.</source>
      <translation>{command}(이)라는 명령이 없습니다.</translation>
    </message>
    <message>
      <source>There is no demo page called {page}. Use one of: {pages}.</source>
      <translation>{page}(이)라는 데모 페이지가 없습니다. 다음 중 하나를 쓰세요: {pages}.</translation>
    </message>
    <message>
      <source>There is no document {id} in the library. List the library to see the numbers.</source>
      <translation>서재에 {id}번 문서가 없습니다. 서재 목록을 보고 번호를 확인하세요.</translation>
    </message>
    <message>
      <source>There is no page yet. Press Read first.</source>
      <translation>아직 페이지가 없습니다. 먼저 읽기를 누르세요.</translation>
    </message>
    <message>
      <source>There is no page {number}.</source>
      <translation>{number}쪽이 없습니다.</translation>
    </message>
    <message>
      <source>There is no picture from the camera yet.</source>
      <translation>아직 카메라 화면이 없습니다.</translation>
    </message>
    <message>
      <source>There is no picture from the camera yet. Wait a moment and try again.</source>
      <translation>아직 카메라 화면이 없습니다. 잠시 기다렸다가 다시 해 보세요.</translation>
    </message>
    <message>
      <source>There is no text to keep in the library.</source>
      <translation>서재에 보관할 텍스트가 없습니다.</translation>
    </message>
    <message>
      <source>There is no text to save as sound.</source>
      <translation>소리로 저장할 글이 없습니다.</translation>
    </message>
    <message>
      <source>This column has no header.</source>
      <translation>이 열에는 제목이 없습니다.</translation>
    </message>
    <message>
      <source>This is Bitna speaking. Did you hear that? If you did, press Enter. If not, press the down arrow to let your screen reader speak for Bitna, then Enter.</source>
      <translation>빛나가 말하고 있습니다. 들리셨나요? 들렸다면 Enter를 누르세요. 들리지 않았다면 아래 화살표를 눌러 화면 낭독기가 빛나 대신 말하게 한 다음 Enter를 누르세요.</translation>
    </message>
    <message>
      <source>This is how this voice sounds.</source>
      <translation>이 목소리는 이렇게 들립니다.</translation>
    </message>
    <message>
      <source>This is the first page.</source>
      <translation>첫 쪽입니다.</translation>
    </message>
    <message>
      <source>This is {kind}.</source>
      <translation>{kind}입니다.</translation>
    </message>
    <message>
      <source>Three keys to remember.</source>
      <translation>기억할 키 세 가지입니다.</translation>
    </message>
    <message>
      <source>Three people.</source>
      <translation>세 명.</translation>
    </message>
    <message>
      <source>To hear this guide again, press {key} or use the Help menu.</source>
      <translation>이 안내를 다시 들으려면 {key} 키를 누르거나 도움말 메뉴를 사용하세요.</translation>
    </message>
    <message>
      <source>To hear this guide again, use the Help menu.</source>
      <translation>이 안내를 다시 들으려면 도움말 메뉴를 사용하세요.</translation>
    </message>
    <message>
      <source>Turn book mode on or off: read left page then right, and keep the pages.</source>
      <translation>책 모드를 켜거나 끕니다. 왼쪽 페이지, 오른쪽 페이지 순서로 읽고 페이지를 보관합니다.</translation>
    </message>
    <message>
      <source>Turn hands-free reading on or off: each new page is read once it lies still.</source>
      <translation>손을 쓰지 않는 읽기를 켜거나 끕니다. 새 페이지가 움직이지 않으면 바로 읽습니다.</translation>
    </message>
    <message>
      <source>Turn live text on or off: text held under the camera is read as it comes into view, each line once.</source>
      <translation>라이브 텍스트를 켜거나 끕니다. 카메라 아래에 댄 글자를 화면에 들어오는 대로 줄마다 한 번씩 읽습니다.</translation>
    </message>
    <message>
      <source>Turn the magnifier on or off: zoom and colours for reading with your eyes.</source>
      <translation>확대기를 켜거나 끕니다: 눈으로 읽기 위한 확대와 색상.</translation>
    </message>
    <message>
      <source>Turn the picture a quarter turn clockwise.</source>
      <translation>화면을 시계 방향으로 90도 돌립니다.</translation>
    </message>
    <message>
      <source>Turn your head slightly to your left.</source>
      <translation>고개를 왼쪽으로 조금 돌리세요.</translation>
    </message>
    <message>
      <source>Turn your head slightly to your right.</source>
      <translation>고개를 오른쪽으로 조금 돌리세요.</translation>
    </message>
    <message>
      <source>Turned {degrees} degrees.</source>
      <translation>{degrees}도 돌렸습니다.</translation>
    </message>
    <message>
      <source>Two people.</source>
      <translation>두 명.</translation>
    </message>
    <message>
      <source>Type a page number or use the up and down arrows, then press Enter.</source>
      <translation>쪽 번호를 입력하거나 위아래 화살표로 고른 뒤 Enter 키를 누르세요.</translation>
    </message>
    <message>
      <source>Type the same passphrase again.</source>
      <translation>같은 암호문을 한 번 더 입력하세요.</translation>
    </message>
    <message>
      <source>Type words to find in what was read, in English or Korean. The list below shows the documents found; press Enter or Down to go to it.</source>
      <translation>읽은 내용에서 찾을 낱말을 영어나 한국어로 입력하세요. 아래 목록에 찾은 문서가 나옵니다. Enter나 아래 화살표로 목록으로 갑니다.</translation>
    </message>
    <message>
      <source>USB camera {index}</source>
      <translation>USB 카메라 {index}</translation>
    </message>
    <message>
      <source>USB camera {index}: {name}</source>
      <translation>USB 카메라 {index}: {name}</translation>
    </message>
    <message>
      <source>Until it is installed, Bitna reads {languages} only.</source>
      <translation>설치될 때까지 빛나는 {languages}만 읽습니다.</translation>
    </message>
    <message>
      <source>Use a passphrase of at least {count} characters.</source>
      <translation>{count}자 이상의 암호문을 쓰세요.</translation>
    </message>
    <message>
      <source>Use by {date}</source>
      <translation>소비기한 {date}</translation>
    </message>
    <message>
      <source>Use the up and down arrows to choose a person, then a button below.</source>
      <translation>위아래 화살표로 사람을 고른 다음 아래 단추를 누르세요.</translation>
    </message>
    <message>
      <source>Use the up and down arrows to choose an object, then a button below.</source>
      <translation>위아래 화살표로 물건을 고른 다음 아래 단추를 누르세요.</translation>
    </message>
    <message>
      <source>Use the up and down arrows to go through what Bitna said.</source>
      <translation>위아래 화살표 키로 빛나가 말한 내용을 살펴보세요.</translation>
    </message>
    <message>
      <source>Vietnamese</source>
      <translation>베트남어</translation>
    </message>
    <message>
      <source>Voice</source>
      <translation>목소리</translation>
    </message>
    <message>
      <source>Voices</source>
      <translation>음성</translation>
    </message>
    <message>
      <source>Waits until the reading ends</source>
      <translation>읽기가 끝날 때까지 기다림</translation>
    </message>
    <message>
      <source>Web pages (*.html)</source>
      <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>환영합니다</translation>
    </message>
    <message>
      <source>Welcome to Bitna. This short guide checks your camera and speech, lets you choose a language and a voice, and teaches three keys. Press Enter to go on, or Escape to skip the guide at any time.</source>
      <translation>빛나에 오신 것을 환영합니다. 이 짧은 안내는 카메라와 음성을 확인하고, 언어와 목소리를 고르게 하고, 키 세 가지를 알려 드립니다. 계속하려면 Enter를, 언제든 안내를 건너뛰려면 Escape를 누르세요.</translation>
    </message>
    <message>
      <source>What Bitna says</source>
      <translation>빛나가 하는 말</translation>
    </message>
    <message>
      <source>What auto-capture does when you put down a new page before the last is read.</source>
      <translation>앞 페이지를 다 읽기 전에 새 페이지를 놓았을 때 자동 촬영이 하는 일입니다.</translation>
    </message>
    <message>
      <source>What is this</source>
      <translation>이게 뭐예요</translation>
    </message>
    <message>
      <source>What is wrong with the passphrase, if anything.</source>
      <translation>암호문에 문제가 있으면 무엇이 문제인지 알려 줍니다.</translation>
    </message>
    <message>
      <source>What was read could not be kept in the library because of an error.</source>
      <translation>오류 때문에 읽은 내용을 서재에 보관하지 못했습니다.</translation>
    </message>
    <message>
      <source>Where in the table</source>
      <translation>표 안의 위치</translation>
    </message>
    <message>
      <source>Where is the page?</source>
      <translation>페이지가 어디 있나요?</translation>
    </message>
    <message>
      <source>Where reading stopped could not be kept because of an error.</source>
      <translation>오류 때문에 읽기를 멈춘 곳을 보관하지 못했습니다.</translation>
    </message>
    <message>
      <source>Which camera Bitna reads from.</source>
      <translation>빛나가 읽을 카메라.</translation>
    </message>
    <message>
      <source>While the camera is on, say the name of someone you introduced when they come into view, once, not while they stay. Waits while Bitna reads aloud.</source>
      <translation>카메라가 켜져 있는 동안, 소개한 사람이 화면에 들어오면 그 이름을 한 번 말합니다. 머무는 동안에는 다시 말하지 않습니다. 빛나가 소리 내어 읽는 동안에는 기다립니다.</translation>
    </message>
    <message>
      <source>White on black</source>
      <translation>검은 바탕에 흰 글자</translation>
    </message>
    <message>
      <source>White on blue</source>
      <translation>파란 바탕에 흰 글자</translation>
    </message>
    <message>
      <source>Who is there</source>
      <translation>누가 있나요</translation>
    </message>
    <message>
      <source>Whole picture</source>
      <translation>전체 화면</translation>
    </message>
    <message>
      <source>Whole picture.</source>
      <translation>전체 화면.</translation>
    </message>
    <message>
      <source>With every cell</source>
      <translation>칸마다</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word 문서 (*.docx)</translation>
    </message>
    <message>
      <source>Yellow on black</source>
      <translation>검은 바탕에 노란 글자</translation>
    </message>
    <message>
      <source>Yellow on blue</source>
      <translation>파란 바탕에 노란 글자</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>예</translation>
    </message>
    <message>
      <source>Yes, I heard Bitna's voice</source>
      <translation>네, 빛나의 목소리가 들렸습니다</translation>
    </message>
    <message>
      <source>Your settings could not be saved: {reason}</source>
      <translation>설정을 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>확대</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>축소</translation>
    </message>
    <message>
      <source>Zoom so the page's width fills the view, starting at its top.</source>
      <translation>페이지 너비가 화면을 채우도록 확대하고, 맨 위부터 보여 줍니다.</translation>
    </message>
    <message>
      <source>Zoom so the whole page fills the view.</source>
      <translation>페이지 전체가 화면을 채우도록 확대합니다.</translation>
    </message>
    <message>
      <source>Zoom {zoom} times is the most.</source>
      <translation>{zoom}배가 가장 크게 확대한 것입니다.</translation>
    </message>
    <message>
      <source>Zoom {zoom} times.</source>
      <translation>{zoom}배 확대.</translation>
    </message>
    <message>
      <source>a bill</source>
      <translation>청구서</translation>
    </message>
    <message>
      <source>a few steps away</source>
      <translation>몇 걸음 떨어져</translation>
    </message>
    <message>
      <source>a key file in {folder}</source>
      <translation>{folder} 폴더의 열쇠 파일</translation>
    </message>
    <message>
      <source>a leaflet</source>
      <translation>안내문</translation>
    </message>
    <message>
      <source>a letter</source>
      <translation>편지</translation>
    </message>
    <message>
      <source>a receipt</source>
      <translation>영수증</translation>
    </message>
    <message>
      <source>a statement</source>
      <translation>거래 내역서</translation>
    </message>
    <message>
      <source>a timetable</source>
      <translation>시간표</translation>
    </message>
    <message>
      <source>ampersand</source>
      <translation>앰퍼샌드</translation>
    </message>
    <message>
      <source>and</source>
      <translation>앤드</translation>
    </message>
    <message>
      <source>apostrophe</source>
      <translation>아포스트로피</translation>
    </message>
    <message>
      <source>at</source>
      <translation>골뱅이</translation>
    </message>
    <message>
      <source>at sign</source>
      <translation>골뱅이</translation>
    </message>
    <message>
      <source>at the bottom</source>
      <translation>아래쪽</translation>
    </message>
    <message>
      <source>at the top</source>
      <translation>위쪽</translation>
    </message>
    <message>
      <source>beige</source>
      <translation>베이지색</translation>
    </message>
    <message>
      <source>bitna: kept in the library as document {id}.</source>
      <translation>bitna: 서재에 {id}번 문서로 보관했습니다.</translation>
    </message>
    <message>
      <source>bitna: no text found in {path}.</source>
      <translation>bitna: {path}에서 글자를 찾지 못했습니다.</translation>
    </message>
    <message>
      <source>bitna: say which document to forget, or --all.</source>
      <translation>bitna: 지울 문서 번호를 말하거나 --all을 쓰세요.</translation>
    </message>
    <message>
      <source>bitna: say which object to forget, or --all for every one.</source>
      <translation>bitna: 잊을 물건을 말하거나, 모두 잊으려면 --all을 쓰세요.</translation>
    </message>
    <message>
      <source>bitna: say whom to forget, or --all for everyone.</source>
      <translation>bitna: 잊을 사람을 말하거나, 모두 잊으려면 --all을 쓰세요.</translation>
    </message>
    <message>
      <source>black</source>
      <translation>검은색</translation>
    </message>
    <message>
      <source>blank</source>
      <translation>빈칸</translation>
    </message>
    <message>
      <source>blue</source>
      <translation>파란색</translation>
    </message>
    <message>
      <source>brown</source>
      <translation>갈색</translation>
    </message>
    <message>
      <source>capital</source>
      <translation>대문자</translation>
    </message>
    <message>
      <source>close</source>
      <translation>가까이</translation>
    </message>
    <message>
      <source>colon</source>
      <translation>콜론</translation>
    </message>
    <message>
      <source>comma</source>
      <translation>쉼표</translation>
    </message>
    <message>
      <source>dark grey</source>
      <translation>진한 회색</translation>
    </message>
    <message>
      <source>dark {colour}</source>
      <translation>어두운 {colour}</translation>
    </message>
    <message>
      <source>dash</source>
      <translation>대시</translation>
    </message>
    <message>
      <source>dot</source>
      <translation>점</translation>
    </message>
    <message>
      <source>down</source>
      <translation>아래로</translation>
    </message>
    <message>
      <source>equals</source>
      <translation>등호</translation>
    </message>
    <message>
      <source>far away</source>
      <translation>멀리</translation>
    </message>
    <message>
      <source>fastest</source>
      <translation>가장 빠른</translation>
    </message>
    <message>
      <source>green</source>
      <translation>초록색</translation>
    </message>
    <message>
      <source>grey</source>
      <translation>회색</translation>
    </message>
    <message>
      <source>hash</source>
      <translation>샵</translation>
    </message>
    <message>
      <source>hyphen</source>
      <translation>하이픈</translation>
    </message>
    <message>
      <source>in the centre</source>
      <translation>가운데</translation>
    </message>
    <message>
      <source>largest</source>
      <translation>가장 큰</translation>
    </message>
    <message>
      <source>liblouis could not translate this text into braille with {table}.</source>
      <translation>liblouis가 {table} 표로 이 텍스트를 점자로 바꾸지 못했습니다.</translation>
    </message>
    <message>
      <source>light grey</source>
      <translation>연한 회색</translation>
    </message>
    <message>
      <source>light {colour}</source>
      <translation>밝은 {colour}</translation>
    </message>
    <message>
      <source>no zoom</source>
      <translation>확대 없음</translation>
    </message>
    <message>
      <source>none</source>
      <translation>없음</translation>
    </message>
    <message>
      <source>number sign</source>
      <translation>샵</translation>
    </message>
    <message>
      <source>olive</source>
      <translation>올리브색</translation>
    </message>
    <message>
      <source>on the left</source>
      <translation>왼쪽</translation>
    </message>
    <message>
      <source>on the right</source>
      <translation>오른쪽</translation>
    </message>
    <message>
      <source>orange</source>
      <translation>주황색</translation>
    </message>
    <message>
      <source>page {number}</source>
      <translation>{number}쪽</translation>
    </message>
    <message>
      <source>percent</source>
      <translation>퍼센트</translation>
    </message>
    <message>
      <source>pink</source>
      <translation>분홍색</translation>
    </message>
    <message>
      <source>purple</source>
      <translation>보라색</translation>
    </message>
    <message>
      <source>question mark</source>
      <translation>물음표</translation>
    </message>
    <message>
      <source>red</source>
      <translation>빨간색</translation>
    </message>
    <message>
      <source>slash</source>
      <translation>슬래시</translation>
    </message>
    <message>
      <source>slowest</source>
      <translation>가장 느린</translation>
    </message>
    <message>
      <source>smallest</source>
      <translation>가장 작은</translation>
    </message>
    <message>
      <source>star</source>
      <translation>별표</translation>
    </message>
    <message>
      <source>the X server</source>
      <translation>X 서버</translation>
    </message>
    <message>
      <source>the desktop (locks the screen)</source>
      <translation>데스크톱 (화면 잠금)</translation>
    </message>
    <message>
      <source>the desktop (opens a terminal)</source>
      <translation>데스크톱 (터미널 열기)</translation>
    </message>
    <message>
      <source>the desktop (shows the desktop)</source>
      <translation>데스크톱 (바탕 화면 보기)</translation>
    </message>
    <message>
      <source>the system</source>
      <translation>시스템</translation>
    </message>
    <message>
      <source>the system (closes windows)</source>
      <translation>시스템 (창 닫기)</translation>
    </message>
    <message>
      <source>the system (switches consoles)</source>
      <translation>시스템 (콘솔 전환)</translation>
    </message>
    <message>
      <source>the system (switches windows)</source>
      <translation>시스템 (창 전환)</translation>
    </message>
    <message>
      <source>the system keyring</source>
      <translation>시스템 키링</translation>
    </message>
    <message>
      <source>to the left</source>
      <translation>왼쪽으로</translation>
    </message>
    <message>
      <source>to the right</source>
      <translation>오른쪽으로</translation>
    </message>
    <message>
      <source>turquoise</source>
      <translation>청록색</translation>
    </message>
    <message>
      <source>underscore</source>
      <translation>밑줄</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>모르는 사람</translation>
    </message>
    <message>
      <source>unsure</source>
      <translation>불확실</translation>
    </message>
    <message>
      <source>up</source>
      <translation>위로</translation>
    </message>
    <message>
      <source>white</source>
      <translation>흰색</translation>
    </message>
    <message>
      <source>yellow</source>
      <translation>노란색</translation>
    </message>
    <message>
      <source>zoom {zoom} times</source>
      <translation>{zoom}배 확대</translation>
    </message>
    <message>
      <source>{count} documents found.</source>
      <translation>문서 {count}개를 찾았습니다.</translation>
    </message>
    <message>
      <source>{count} found.</source>
      <translation>{count}개 찾았습니다.</translation>
    </message>
    <message>
      <source>{count} or more documents found.</source>
      <translation>문서를 {count}개 이상 찾았습니다.</translation>
    </message>
    <message>
      <source>{count} pages</source>
      <translation>{count}쪽</translation>
    </message>
    <message>
      <source>{count} people.</source>
      <translation>{count}명.</translation>
    </message>
    <message>
      <source>{day} {month}</source>
      <translation>{month} {day}일</translation>
    </message>
    <message>
      <source>{day} {month} {year}</source>
      <translation>{year}년 {month} {day}일</translation>
    </message>
    <message>
      <source>{description} Key: {key}.</source>
      <translation>{description} 단축키: {key}.</translation>
    </message>
    <message>
      <source>{file} was not encrypted: anyone with a copy of it can read the faces in it. Delete it, and export again to keep an encrypted copy.</source>
      <translation>{file}은(는) 암호화되지 않은 파일입니다. 사본을 가진 사람은 누구나 그 안의 얼굴 정보를 읽을 수 있습니다. 이 파일을 지우고, 다시 내보내서 암호화된 사본을 보관하세요.</translation>
    </message>
    <message>
      <source>{first} and {second}</source>
      <translation>{first}와(과) {second}</translation>
    </message>
    <message>
      <source>{first}, then {second}</source>
      <translation>{first}, 그리고 {second}</translation>
    </message>
    <message>
      <source>{key} for {command} has no Ctrl, Alt or Windows key, so it would stop that key from typing in other programs.</source>
      <translation>{command}의 {key}에는 Ctrl, Alt, Windows 키가 없어서 다른 프로그램에서 그 키를 입력할 수 없게 됩니다.</translation>
    </message>
    <message>
      <source>{key} for {command} is already used by {owner}.</source>
      <translation>{command}의 {key}은(는) 이미 {owner}에서 쓰고 있습니다.</translation>
    </message>
    <message>
      <source>{key} is given to both {first} and {second}.</source>
      <translation>{key}이(가) {first}와(과) {second}에 함께 지정되어 있습니다.</translation>
    </message>
    <message>
      <source>{key} is not a key combination Bitna can use.</source>
      <translation>{key}은(는) 빛나가 쓸 수 있는 단축키가 아닙니다.</translation>
    </message>
    <message>
      <source>{label}: press {key} in Bitna's window, or {global_key} in any program.</source>
      <translation>{label}: 빛나 창에서는 {key}, 다른 프로그램에서는 {global_key}를 누르세요.</translation>
    </message>
    <message>
      <source>{label}: press {key}.</source>
      <translation>{label}: {key}를 누르세요.</translation>
    </message>
    <message>
      <source>{main} and {other}</source>
      <translation>{main} 및 {other}</translation>
    </message>
    <message>
      <source>{main} with {other} spots</source>
      <translation>{other} 점무늬가 있는 {main}</translation>
    </message>
    <message>
      <source>{main} with {other} stripes</source>
      <translation>{other} 줄무늬가 있는 {main}</translation>
    </message>
    <message>
      <source>{month} {year}</source>
      <translation>{year}년 {month}</translation>
    </message>
    <message>
      <source>{name} is here.</source>
      <translation>{name} 님이 왔습니다.</translation>
    </message>
    <message>
      <source>{name}, I am sure.</source>
      <translation>{name}, 확실합니다.</translation>
    </message>
    <message>
      <source>{name}, barcode {number}.</source>
      <translation>{name}, 바코드 {number}.</translation>
    </message>
    <message>
      <source>{name}, pictures: {count}</source>
      <translation>{name}, 사진 {count}장</translation>
    </message>
    <message>
      <source>{old} is now called {new}.</source>
      <translation>{old} 님의 이름을 {new}(으)로 바꿨습니다.</translation>
    </message>
    <message>
      <source>{old} is now titled {new}.</source>
      <translation>{old}의 제목을 {new}(으)로 바꿨습니다.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a picture. Choose a picture file inside it.</source>
      <translation>{path}은(는) 그림이 아니라 폴더입니다. 그 안의 그림 파일을 고르세요.</translation>
    </message>
    <message>
      <source>{path} is damaged or incomplete. Copy or scan it again.</source>
      <translation>{path}이(가) 손상되었거나 일부가 없습니다. 다시 복사하거나 스캔하세요.</translation>
    </message>
    <message>
      <source>{path} is encrypted: give its passphrase to import it.</source>
      <translation>{path}은(는) 암호화되어 있습니다. 가져오려면 암호문을 주세요.</translation>
    </message>
    <message>
      <source>{path} is not a list of objects saved by Bitna.</source>
      <translation>{path}은(는) 빛나가 저장한 물건 목록이 아닙니다.</translation>
    </message>
    <message>
      <source>{path} is not a list of people saved by Bitna.</source>
      <translation>{path}은(는) 빛나가 저장한 사람 목록이 아닙니다.</translation>
    </message>
    <message>
      <source>{path} is not a picture or video Bitna can play. Use a PNG, JPEG or TIFF picture, or an MP4 or AVI video.</source>
      <translation>{path}은(는) 빛나가 재생할 수 있는 그림이나 동영상이 아닙니다. PNG, JPEG, TIFF 그림이나 MP4, AVI 동영상을 사용하세요.</translation>
    </message>
    <message>
      <source>{path} is not an image Bitna can read. Use a photo or scan in PNG, JPEG or TIFF.</source>
      <translation>{path}은(는) 빛나가 읽을 수 있는 이미지가 아닙니다. PNG, JPEG 또는 TIFF로 된 사진이나 스캔을 사용하세요.</translation>
    </message>
    <message>
      <source>{path} is too large for Bitna to open. Use a picture of at most {megapixels} megapixels.</source>
      <translation>{path}은(는) 너무 커서 열 수 없습니다. {megapixels}메가픽셀 이하의 그림을 사용하세요.</translation>
    </message>
    <message>
      <source>{path} shows {count} faces; use a photo of {name} alone.</source>
      <translation>{path}에 얼굴이 {count}개 있습니다. {name} 님 혼자 나온 사진을 쓰세요.</translation>
    </message>
    <message>
      <source>{what} could be: {value}.</source>
      <translation>{what}: {value}일 수 있습니다.</translation>
    </message>
    <message>
      <source>{what}: {value}.</source>
      <translation>{what}: {value}.</translation>
    </message>
    <message>
      <source>{who}, {where}, {distance}.</source>
      <translation>{who}, {where}, {distance}.</translation>
    </message>
    <message>
      <source>{zoom}, {mode}.</source>
      <translation>{zoom}, {mode}.</translation>
    </message>
  </context>
</TS>
