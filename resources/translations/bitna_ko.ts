<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
  <context>
    <name>bitna</name>
    <message>
      <source>&amp;Bitna</source>
      <translation>빛나(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Camera:</source>
      <translation>카메라(&amp;C):</translation>
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
      <source>&amp;Interface language:</source>
      <translation>화면 언어(&amp;I):</translation>
    </message>
    <message>
      <source>&amp;Korean voice:</source>
      <translation>한국어 음성(&amp;K):</translation>
    </message>
    <message>
      <source>Append everything Bitna says to this file.</source>
      <translation>빛나가 말하는 모든 내용을 이 파일에 덧붙입니다.</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>아랍어</translation>
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
      <source>Bitna</source>
      <translation>빛나</translation>
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
      <source>Bitna reads printed text aloud from a camera, offline.</source>
      <translation>빛나는 카메라에 비친 인쇄물을 인터넷 연결 없이 소리 내어 읽어 줍니다.</translation>
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
      <source>Black on white</source>
      <translation>흰 바탕에 검은 글자</translation>
    </message>
    <message>
      <source>Black on yellow</source>
      <translation>노란 바탕에 검은 글자</translation>
    </message>
    <message>
      <source>C&amp;olours:</source>
      <translation>색상(&amp;O):</translation>
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
      <source>Chinese (Simplified)</source>
      <translation>중국어 (간체)</translation>
    </message>
    <message>
      <source>Chinese (Traditional)</source>
      <translation>중국어 (번체)</translation>
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
      <source>Close</source>
      <translation>닫기</translation>
    </message>
    <message>
      <source>Close Bitna.</source>
      <translation>빛나를 닫습니다.</translation>
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
      <source>Dutch</source>
      <translation>네덜란드어</translation>
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
      <source>File: {name}</source>
      <translation>파일: {name}</translation>
    </message>
    <message>
      <source>Folder: {name}</source>
      <translation>폴더: {name}</translation>
    </message>
    <message>
      <source>French</source>
      <translation>프랑스어</translation>
    </message>
    <message>
      <source>German</source>
      <translation>독일어</translation>
    </message>
    <message>
      <source>Hindi</source>
      <translation>힌디어</translation>
    </message>
    <message>
      <source>Install it with: {command}</source>
      <translation>다음 명령으로 설치하세요: {command}</translation>
    </message>
    <message>
      <source>Italian</source>
      <translation>이탈리아어</translation>
    </message>
    <message>
      <source>Japanese</source>
      <translation>일본어</translation>
    </message>
    <message>
      <source>Keep settings and data in this folder.</source>
      <translation>설정과 데이터를 이 폴더에 보관합니다.</translation>
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
      <source>List the cameras Bitna can see.</source>
      <translation>빛나가 찾은 카메라를 나열합니다.</translation>
    </message>
    <message>
      <source>Live picture from {source}.</source>
      <translation>{source}의 실시간 화면.</translation>
    </message>
    <message>
      <source>Log what Bitna does.</source>
      <translation>빛나가 하는 일을 기록합니다.</translation>
    </message>
    <message>
      <source>My screen reader</source>
      <translation>내 화면 낭독기</translation>
    </message>
    <message>
      <source>Next demo page</source>
      <translation>다음 데모 페이지</translation>
    </message>
    <message>
      <source>No audio output device was found. Connect speakers or headphones, or check the sound settings. The text is still shown on screen.</source>
      <translation>소리를 낼 장치를 찾지 못했습니다. 스피커나 헤드폰을 연결하거나 소리 설정을 확인하세요. 글자는 계속 화면에 표시됩니다.</translation>
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
      <source>No text found. Put the page under the camera, in good light, and try again.</source>
      <translation>글자를 찾지 못했습니다. 밝은 곳에서 페이지를 카메라 아래에 놓고 다시 해 보세요.</translation>
    </message>
    <message>
      <source>None of the pictures in {path} could be read. Use PNG, JPEG or TIFF files.</source>
      <translation>{path} 안의 그림을 하나도 읽을 수 없습니다. PNG, JPEG 또는 TIFF 파일을 사용하세요.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>확인</translation>
    </message>
    <message>
      <source>Orientation and script detection</source>
      <translation>방향 및 문자 종류 감지</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>포르투갈어</translation>
    </message>
    <message>
      <source>Press Read to recognise the page under the camera.</source>
      <translation>읽기를 누르면 카메라 아래의 페이지를 인식합니다.</translation>
    </message>
    <message>
      <source>Print the text in an image, and speak it.</source>
      <translation>이미지 속 글자를 출력하고 소리 내어 읽습니다.</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>끝내기</translation>
    </message>
    <message>
      <source>Read</source>
      <translation>읽기</translation>
    </message>
    <message>
      <source>Read the last page again, or repeat the last message.</source>
      <translation>마지막 페이지나 안내를 다시 읽습니다.</translation>
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
      <source>Reinstall Bitna, which includes Tesseract.</source>
      <translation>Tesseract가 들어 있는 빛나를 다시 설치하세요.</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>다시 듣기</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>러시아어</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>시스템과 같게</translation>
    </message>
    <message>
      <source>Save the spoken text as a WAV file.</source>
      <translation>읽은 내용을 WAV 파일로 저장합니다.</translation>
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
      <source>Show everything Bitna has said, newest last.</source>
      <translation>빛나가 말한 모든 내용을 보여 줍니다. 최근 것이 마지막입니다.</translation>
    </message>
    <message>
      <source>Show the next sample page on the demo camera.</source>
      <translation>데모 카메라에 다음 예시 페이지를 보여 줍니다.</translation>
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
      <source>Speak the text aloud.</source>
      <translation>글자를 소리 내어 읽습니다.</translation>
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
      <source>Status</source>
      <translation>상태</translation>
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
      <source>The camera is back.</source>
      <translation>카메라가 다시 연결되었습니다.</translation>
    </message>
    <message>
      <source>The camera stopped sending pictures. Check its cable; Bitna keeps trying.</source>
      <translation>카메라 화면이 끊겼습니다. 케이블을 확인하세요. 빛나가 계속 다시 연결을 시도합니다.</translation>
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
      <source>The file or folder {path} does not exist. Check the name, or choose another camera source.</source>
      <translation>파일 또는 폴더 {path}이(가) 없습니다. 이름을 확인하거나 다른 카메라를 고르세요.</translation>
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
      <source>The language of Bitna's menus and messages.</source>
      <translation>빛나의 메뉴와 안내에 쓰는 언어.</translation>
    </message>
    <message>
      <source>The language of the printed text.</source>
      <translation>인쇄된 글자의 언어.</translation>
    </message>
    <message>
      <source>The sound file {path} could not be saved. Check that the folder exists and that there is free space.</source>
      <translation>소리 파일 {path}을(를) 저장하지 못했습니다. 폴더가 있는지, 저장 공간이 남아 있는지 확인하세요.</translation>
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
      <source>There is no camera or file called {spec}. Use auto, demo, a camera number, or the path of a picture, video or folder.</source>
      <translation>{spec}(이)라는 카메라나 파일이 없습니다. auto, demo, 카메라 번호, 또는 그림·동영상·폴더의 경로를 쓰세요.</translation>
    </message>
    <message>
      <source>There is no demo page called {page}. Use one of: {pages}.</source>
      <translation>{page}(이)라는 데모 페이지가 없습니다. 다음 중 하나를 쓰세요: {pages}.</translation>
    </message>
    <message>
      <source>There is no picture from the camera yet. Wait a moment and try again.</source>
      <translation>아직 카메라 화면이 없습니다. 잠시 기다렸다가 다시 해 보세요.</translation>
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
      <source>Use the up and down arrows to go through what Bitna said.</source>
      <translation>위아래 화살표 키로 빛나가 말한 내용을 살펴보세요.</translation>
    </message>
    <message>
      <source>Vietnamese</source>
      <translation>베트남어</translation>
    </message>
    <message>
      <source>Which camera Bitna reads from.</source>
      <translation>빛나가 읽을 카메라.</translation>
    </message>
    <message>
      <source>White on black</source>
      <translation>검은 바탕에 흰 글자</translation>
    </message>
    <message>
      <source>Yellow on black</source>
      <translation>검은 바탕에 노란 글자</translation>
    </message>
    <message>
      <source>Your settings could not be saved: {reason}</source>
      <translation>설정을 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
      <source>bitna: no text found in {path}.</source>
      <translation>bitna: {path}에서 글자를 찾지 못했습니다.</translation>
    </message>
    <message>
      <source>{description} Key: {key}.</source>
      <translation>{description} 단축키: {key}.</translation>
    </message>
    <message>
      <source>{first} and {second}</source>
      <translation>{first}와(과) {second}</translation>
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
  </context>
</TS>
