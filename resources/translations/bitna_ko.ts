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
      <source>&amp;English voice:</source>
      <translation>영어 음성(&amp;E):</translation>
    </message>
    <message>
      <source>&amp;Everything Bitna said, newest last:</source>
      <translation>빛나가 말한 모든 내용 (최근 것이 마지막)(&amp;E):</translation>
    </message>
    <message>
      <source>&amp;Forget</source>
      <translation>잊기(&amp;F)</translation>
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
      <source>&amp;Turn off global hotkey</source>
      <translation>전역 단축키 끄기(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Use global hotkeys (keys that work in every program)</source>
      <translation>전역 단축키 사용 (모든 프로그램에서 작동하는 키)(&amp;U)</translation>
    </message>
    <message>
      <source>Add the people from a saved list.</source>
      <translation>저장한 목록에서 사람을 추가합니다.</translation>
    </message>
    <message>
      <source>Added {count} people from {path}.</source>
      <translation>{path}에서 {count}명을 추가했습니다.</translation>
    </message>
    <message>
      <source>Already the {limit} size.</source>
      <translation>이미 {limit} 크기입니다.</translation>
    </message>
    <message>
      <source>Among them: {names}.</source>
      <translation>그중에: {names}.</translation>
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
      <source>Automatic</source>
      <translation>자동</translation>
    </message>
    <message>
      <source>Automatic: first camera, else the demo camera</source>
      <translation>자동: 첫 번째 카메라, 없으면 데모 카메라</translation>
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
      <source>Bitna already knows someone called {name}.</source>
      <translation>빛나는 이미 {name}(이)라는 사람을 알고 있습니다.</translation>
    </message>
    <message>
      <source>Bitna did not answer.</source>
      <translation>빛나가 응답하지 않았습니다.</translation>
    </message>
    <message>
      <source>Bitna does not know anyone called {name}.</source>
      <translation>빛나는 {name}(이)라는 사람을 모릅니다.</translation>
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
      <source>Bitna reads printed text aloud from a camera, offline.</source>
      <translation>빛나는 카메라에 비친 인쇄물을 인터넷 연결 없이 소리 내어 읽어 줍니다.</translation>
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
      <source>Black on white</source>
      <translation>흰 바탕에 검은 글자</translation>
    </message>
    <message>
      <source>Black on yellow</source>
      <translation>노란 바탕에 검은 글자</translation>
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
      <source>Darker</source>
      <translation>어둡게</translation>
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
      <source>Enhanced grey</source>
      <translation>선명한 회색</translation>
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
      <source>File: {name}</source>
      <translation>파일: {name}</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>페이지에 맞추기</translation>
    </message>
    <message>
      <source>Fit page, zoom {zoom} times.</source>
      <translation>페이지에 맞춤, {zoom}배 확대.</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>너비에 맞추기</translation>
    </message>
    <message>
      <source>Fit width, zoom {zoom} times.</source>
      <translation>너비에 맞춤, {zoom}배 확대.</translation>
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
      <source>Forget &amp;everyone</source>
      <translation>모두 잊기(&amp;E)</translation>
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
      <source>Forget everyone.</source>
      <translation>모든 사람을 잊습니다.</translation>
    </message>
    <message>
      <source>Forget everyone? This cannot be undone.</source>
      <translation>모든 사람을 잊을까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
      <source>Forget the chosen person.</source>
      <translation>고른 사람을 잊습니다.</translation>
    </message>
    <message>
      <source>Forget {name}? Bitna will no longer recognise them.</source>
      <translation>{name} 님을 잊을까요? 빛나가 더 이상 알아보지 못합니다.</translation>
    </message>
    <message>
      <source>Forgot everyone. People forgotten: {count}.</source>
      <translation>모든 사람을 잊었습니다. 잊은 사람: {count}명.</translation>
    </message>
    <message>
      <source>Forgot {name}.</source>
      <translation>{name} 님을 잊었습니다.</translation>
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
      <source>Full colour</source>
      <translation>원래 색</translation>
    </message>
    <message>
      <source>German</source>
      <translation>독일어</translation>
    </message>
    <message>
      <source>Give a person another name.</source>
      <translation>사람의 이름을 바꿉니다.</translation>
    </message>
    <message>
      <source>Give the chosen person another name.</source>
      <translation>고른 사람의 이름을 바꿉니다.</translation>
    </message>
    <message>
      <source>Global hotkey</source>
      <translation>전역 단축키</translation>
    </message>
    <message>
      <source>Global hotkeys cannot work here. Bitna's keys work in its window, and 'bitna send read' can be bound to a key in your desktop's settings.</source>
      <translation>여기서는 전역 단축키를 쓸 수 없습니다. 빛나 창 안의 단축키는 작동하며, 데스크톱 설정에서 'bitna send read' 명령을 단축키에 연결할 수 있습니다.</translation>
    </message>
    <message>
      <source>Global hotkeys need permission to read the keyboard.</source>
      <translation>전역 단축키를 쓰려면 키보드를 읽을 권한이 필요합니다.</translation>
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
      <source>Hindi</source>
      <translation>힌디어</translation>
    </message>
    <message>
      <source>Hold still: the picture is blurred.</source>
      <translation>움직이지 마세요. 사진이 흐립니다.</translation>
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
      <source>I could not get a good picture of a face. Nothing was remembered. Try again facing the camera, in good light.</source>
      <translation>얼굴 사진을 잘 찍지 못해 아무것도 기억하지 않았습니다. 밝은 곳에서 카메라를 바라보고 다시 해 보세요.</translation>
    </message>
    <message>
      <source>I will remember {name}.</source>
      <translation>{name} 님을 기억하겠습니다.</translation>
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
      <source>JAWS (starts JAWS)</source>
      <translation>JAWS (JAWS 시작)</translation>
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
      <source>Learn the face in front of the camera and ask for the person's name.</source>
      <translation>카메라 앞의 얼굴을 익히고 그 사람의 이름을 묻습니다.</translation>
    </message>
    <message>
      <source>Less contrast</source>
      <translation>대비 낮추기</translation>
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
      <source>List the people Bitna knows.</source>
      <translation>빛나가 아는 사람 목록을 보여 줍니다.</translation>
    </message>
    <message>
      <source>List, rename, add photos of, or forget the people Bitna has learned.</source>
      <translation>빛나가 익힌 사람을 보고, 이름을 바꾸고, 사진을 더하거나 잊습니다.</translation>
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
      <source>Magnifier on: zoom {zoom} times, {mode}.</source>
      <translation>확대기를 켰습니다: {zoom}배 확대, {mode}.</translation>
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
      <source>Mirror</source>
      <translation>좌우 뒤집기</translation>
    </message>
    <message>
      <source>Mirrored.</source>
      <translation>좌우를 뒤집었습니다.</translation>
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
      <source>Narrator</source>
      <translation>내레이터</translation>
    </message>
    <message>
      <source>New key for {command}</source>
      <translation>{command}의 새 단축키</translation>
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
      <source>No</source>
      <translation>아니요</translation>
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
      <source>No face found in {path}.</source>
      <translation>{path}에서 얼굴을 찾지 못했습니다.</translation>
    </message>
    <message>
      <source>No face was captured, so nothing was remembered.</source>
      <translation>찍힌 얼굴이 없어 아무것도 기억하지 않았습니다.</translation>
    </message>
    <message>
      <source>No one in view.</source>
      <translation>아무도 보이지 않습니다.</translation>
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
      <source>No usable photo: nothing was remembered.</source>
      <translation>쓸 수 있는 사진이 없어 아무것도 기억하지 않았습니다.</translation>
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
      <source>Not mirrored.</source>
      <translation>뒤집지 않았습니다.</translation>
    </message>
    <message>
      <source>Not turned.</source>
      <translation>돌리지 않았습니다.</translation>
    </message>
    <message>
      <source>Nothing is being read.</source>
      <translation>지금 읽고 있는 내용이 없습니다.</translation>
    </message>
    <message>
      <source>Nothing was remembered.</source>
      <translation>아무것도 기억하지 않았습니다.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>확인</translation>
    </message>
    <message>
      <source>One person.</source>
      <translation>한 명.</translation>
    </message>
    <message>
      <source>Orientation and script detection</source>
      <translation>방향 및 문자 종류 감지</translation>
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
      <source>Picture frozen.</source>
      <translation>화면을 멈췄습니다.</translation>
    </message>
    <message>
      <source>Picture {number} of {total} taken.</source>
      <translation>{total}장 중 {number}번째 사진을 찍었습니다.</translation>
    </message>
    <message>
      <source>Please type a name.</source>
      <translation>이름을 입력하세요.</translation>
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
      <source>Press the new key</source>
      <translation>새 단축키를 누르세요</translation>
    </message>
    <message>
      <source>Press the new key for {command}, then Enter.</source>
      <translation>{command}에 쓸 새 단축키를 누른 뒤 Enter 키를 누르세요.</translation>
    </message>
    <message>
      <source>Previous colours</source>
      <translation>이전 색</translation>
    </message>
    <message>
      <source>Print the text in an image, and speak it.</source>
      <translation>이미지 속 글자를 출력하고 소리 내어 읽습니다.</translation>
    </message>
    <message>
      <source>Problems with the keys</source>
      <translation>단축키 문제</translation>
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
      <source>Remember this person</source>
      <translation>이 사람 기억하기</translation>
    </message>
    <message>
      <source>Remembered {name}. Photos used: {count}. Pictures known in all: {total}.</source>
      <translation>{name} 님을 기억했습니다. 사용한 사진: {count}장. 모두 {total}장을 알고 있습니다.</translation>
    </message>
    <message>
      <source>Rename {name}</source>
      <translation>{name} 이름 바꾸기</translation>
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
      <source>Russian</source>
      <translation>러시아어</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>시스템과 같게</translation>
    </message>
    <message>
      <source>Save the people list to a file.</source>
      <translation>사람 목록을 파일로 저장합니다.</translation>
    </message>
    <message>
      <source>Save the spoken text as a WAV file.</source>
      <translation>읽은 내용을 WAV 파일로 저장합니다.</translation>
    </message>
    <message>
      <source>Saved {count} people to {path}.</source>
      <translation>{count}명을 {path}에 저장했습니다.</translation>
    </message>
    <message>
      <source>Say how many people are in front of the camera, who they are and where.</source>
      <translation>카메라 앞에 몇 명이 있는지, 누구인지, 어디에 있는지 알려 줍니다.</translation>
    </message>
    <message>
      <source>Say who is in a photo and where.</source>
      <translation>사진에 누가 어디에 있는지 알려 줍니다.</translation>
    </message>
    <message>
      <source>See and change the keys and global hotkeys for every command.</source>
      <translation>모든 명령의 단축키와 전역 단축키를 보고 바꿉니다.</translation>
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
      <source>Still working on the last face command.</source>
      <translation>앞의 얼굴 명령을 아직 처리하고 있습니다.</translation>
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
      <source>Take more pictures of the chosen person, so Bitna knows them better.</source>
      <translation>고른 사람의 사진을 더 찍어 빛나가 더 잘 알아보게 합니다.</translation>
    </message>
    <message>
      <source>Taller band</source>
      <translation>띠 넓게</translation>
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
      <source>Text size {size}.</source>
      <translation>글자 크기 {size}.</translation>
    </message>
    <message>
      <source>That name is too long. Use at most {count} letters.</source>
      <translation>이름이 너무 깁니다. {count}자 이하로 쓰세요.</translation>
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
      <source>The list of people Bitna knows was damaged and could not be read. It was kept as {backup}. Bitna starts a new, empty list: introduce people again, or import a saved list.</source>
      <translation>빛나가 아는 사람 목록이 손상되어 읽을 수 없었습니다. 손상된 파일은 {backup}(으)로 보관했습니다. 빛나는 빈 목록으로 새로 시작합니다. 사람을 다시 소개하거나 저장한 목록을 가져오세요.</translation>
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
      <source>The name Bitna will say when it sees this person.</source>
      <translation>빛나가 이 사람을 보았을 때 말할 이름입니다.</translation>
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
      <source>There is no command called {command}.</source>
      <translation>{command}(이)라는 명령이 없습니다.</translation>
    </message>
    <message>
      <source>There is no demo page called {page}. Use one of: {pages}.</source>
      <translation>{page}(이)라는 데모 페이지가 없습니다. 다음 중 하나를 쓰세요: {pages}.</translation>
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
      <source>Three people.</source>
      <translation>세 명.</translation>
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
      <source>USB camera {index}</source>
      <translation>USB 카메라 {index}</translation>
    </message>
    <message>
      <source>USB camera {index}: {name}</source>
      <translation>USB 카메라 {index}: {name}</translation>
    </message>
    <message>
      <source>Use the up and down arrows to choose a person, then a button below.</source>
      <translation>위아래 화살표로 사람을 고른 다음 아래 단추를 누르세요.</translation>
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
      <source>Zoom {zoom} times, {mode}.</source>
      <translation>{zoom}배 확대, {mode}.</translation>
    </message>
    <message>
      <source>Zoom {zoom} times.</source>
      <translation>{zoom}배 확대.</translation>
    </message>
    <message>
      <source>a few steps away</source>
      <translation>몇 걸음 떨어져</translation>
    </message>
    <message>
      <source>bitna: no text found in {path}.</source>
      <translation>bitna: {path}에서 글자를 찾지 못했습니다.</translation>
    </message>
    <message>
      <source>bitna: say whom to forget, or --all for everyone.</source>
      <translation>bitna: 잊을 사람을 말하거나, 모두 잊으려면 --all을 쓰세요.</translation>
    </message>
    <message>
      <source>close</source>
      <translation>가까이</translation>
    </message>
    <message>
      <source>far away</source>
      <translation>멀리</translation>
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
      <source>none</source>
      <translation>없음</translation>
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
      <source>smallest</source>
      <translation>가장 작은</translation>
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
      <source>unknown</source>
      <translation>모르는 사람</translation>
    </message>
    <message>
      <source>{count} people.</source>
      <translation>{count}명.</translation>
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
      <source>{name}, pictures: {count}</source>
      <translation>{name}, 사진 {count}장</translation>
    </message>
    <message>
      <source>{old} is now called {new}.</source>
      <translation>{old} 님의 이름을 {new}(으)로 바꿨습니다.</translation>
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
      <source>{who}, {where}, {distance}.</source>
      <translation>{who}, {where}, {distance}.</translation>
    </message>
  </context>
</TS>
