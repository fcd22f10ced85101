"""Read and Stop as a Qt-free flow, with the recording fakes for OCR and speech."""

from __future__ import annotations

from core.announce import Announcer, Role
from core.ocr.fakes import RecordingOcr
from core.plumbing.errors import OcrUnavailableError
from core.plumbing.workers import InlineRunner
from core.reading.flow import ReadingFlow
from core.reading.pipeline import ReadPipeline
from core.speech.base import SpeechEvent, WordMark
from core.speech.fakes import RecordingSpeech
from core.text.model import PageText, page_from_text
from tests.conftest import marked_frame

FRAME = marked_frame()


class HeldRunner:
    """Keeps submitted work until the test lets it finish (a slow recognition)."""

    def __init__(self) -> None:
        self.pending: list = []

    def submit(self, work, done) -> None:
        self.pending.append((work, done))

    def finish(self) -> None:
        for work, done in self.pending:
            done(work(), None)
        self.pending.clear()

    def post(self, function) -> None:
        function()  # posts come from work, which runs here in finish()

    def shutdown(self) -> None:
        pass


def make_flow(ocr, runner=None, frame=FRAME):
    speech = RecordingSpeech()
    announcer = Announcer(speech)
    pages: list[PageText] = []
    flow = ReadingFlow(
        capture=lambda: frame,
        pipeline=lambda: ReadPipeline(ocr, "eng+kor"),
        runner=runner or InlineRunner(),
        announcer=announcer,
        on_page=pages.append,
    )
    return flow, speech, announcer, pages


def test_read_shows_and_speaks_every_sentence_in_order() -> None:
    text = "Dear reader. Your books are ready.\n\n책이 준비되었습니다."
    ocr = RecordingOcr([page_from_text(text)])
    flow, speech, announcer, pages = make_flow(ocr)
    flow.read()
    assert pages and pages[0].text == text
    spoken = [t for t, _ in speech.spoken]
    assert spoken == ["Reading.", "Dear reader.", "Your books are ready.", "책이 준비되었습니다."]
    assert [lang for _, lang in speech.spoken][-1] == "ko"
    assert ocr.calls[0][1] == "eng+kor"


def test_no_text_is_said_clearly() -> None:
    flow, speech, announcer, pages = make_flow(RecordingOcr([PageText.empty(160, 120)]))
    flow.read()
    assert not pages
    last = announcer.last()
    assert last is not None and last.role is Role.ERROR and "No text found" in last.text


def test_engine_errors_reach_the_user() -> None:
    class Broken(RecordingOcr):
        def recognize(self, image, languages="eng", layout=None):
            raise OcrUnavailableError("Install Korean.")

    flow, speech, announcer, pages = make_flow(Broken())
    flow.read()
    assert announcer.last().text == "Install Korean."
    assert speech.spoken[-1][0] == "Install Korean."


def test_no_frame_yet() -> None:
    flow, speech, announcer, pages = make_flow(RecordingOcr(), frame=None)
    flow.read()
    assert "no picture" in announcer.last().text.lower()


def test_stop_wins_over_a_recognition_still_running() -> None:
    runner = HeldRunner()
    flow, speech, announcer, pages = make_flow(RecordingOcr([page_from_text("Late text.")]), runner)
    flow.read()
    flow.stop()
    runner.finish()
    assert not pages
    assert "Late text." not in [t for t, _ in speech.spoken]
    assert announcer.last().text == "Stopped."
    assert speech.stops >= 1


def test_end_of_page_is_shown_when_the_last_sentence_is_spoken() -> None:
    speech = RecordingSpeech()
    announcer = Announcer(speech)
    words = []
    flow = ReadingFlow(
        capture=lambda: FRAME,
        pipeline=lambda: ReadPipeline(RecordingOcr([page_from_text("One. Two.")]), "eng"),
        runner=InlineRunner(),
        announcer=announcer,
        on_word=words.append,
    )
    speech.add_listener(flow.on_speech_event)
    flow.read()
    assert announcer.last().text == "End of page."
    assert not announcer.last().spoken


class QuietSpeech(RecordingSpeech):
    """Records what is spoken but sends no events: the test plays the speech thread."""

    def _emit(self, event) -> None:
        pass


def quiet_flow(text: str) -> tuple[ReadingFlow, QuietSpeech, Announcer]:
    """A flow reading `text`, whose speech sends no events: the test plays them."""
    speech = QuietSpeech()
    announcer = Announcer(speech)
    flow = ReadingFlow(
        capture=lambda: FRAME,
        pipeline=lambda: ReadPipeline(RecordingOcr([page_from_text(text)]), "eng"),
        runner=InlineRunner(),
        announcer=announcer,
    )
    return flow, speech, announcer


def test_pause_and_go_on_from_the_word_last_heard() -> None:
    text = "First sentence here. Second one follows."
    flow, speech, announcer = quiet_flow(text)
    flow.read()
    assert [t for t, _ in speech.spoken][-2:] == ["First sentence here.", "Second one follows."]
    # Utterance 1 was "Reading."; the sentences are 2 and 3.
    flow.on_speech_event(SpeechEvent("started", 2, "First sentence here."))
    flow.on_speech_event(SpeechEvent("finished", 2, "First sentence here."))
    flow.on_speech_event(SpeechEvent("started", 3, "Second one follows."))
    flow.on_speech_event(SpeechEvent("word", 3, "Second one follows.", WordMark(7, 3, 100)))
    assert flow.position == text.index("one")
    flow.pause()
    assert flow.paused and announcer.last().text == "Paused."
    assert speech.stops >= 1
    flow.pause()
    assert not flow.paused
    assert speech.spoken[-1][0] == "one follows."


def test_a_message_during_reading_is_said_at_once_and_reading_goes_on() -> None:
    text = "First sentence here. Second one follows."
    flow, speech, announcer = quiet_flow(text)
    flow.interject("Nothing read yet: said as usual.")
    assert speech.spoken[-1][0] == "Nothing read yet: said as usual."
    stops = speech.stops
    flow.read()
    flow.on_speech_event(SpeechEvent("started", 3, "First sentence here."))
    flow.on_speech_event(SpeechEvent("word", 3, "First sentence here.", WordMark(6, 8, 100)))
    flow.interject("The camera was unplugged.")
    assert speech.stops > stops  # the sentence being said is cut
    spoken = [t for t, _ in speech.spoken]
    assert spoken[-3:] == ["The camera was unplugged.", "sentence here.", "Second one follows."]
    assert announcer.last(Role.ERROR).text == "The camera was unplugged."
    assert flow.reading and flow.position == text.index("sentence")


def test_pause_with_nothing_being_read() -> None:
    flow, speech, announcer, pages = make_flow(RecordingOcr())
    flow.pause()
    assert not flow.paused
    assert announcer.last().text == "Nothing is being read."
