"""Moving through the page by sentence, line and word; spelling; start, end, cursor; unsure words.

The text geometry (core/reading/navigation.py) is tested on its own, and the moves through the
Qt-free ReadingFlow with the recording speech fakes: `QuietSpeech` keeps what was said
and sends no events, so a page stays "being read" until the test plays the events, like
the real speech thread does a moment later.
"""

from __future__ import annotations

import contextlib
import queue
import shutil
import subprocess
import time

import pytest

from core.announce import Announcer
from core.ocr.fakes import RecordingOcr
from core.plumbing.i18n import said_in
from core.plumbing.workers import InlineRunner
from core.reading import navigation
from core.reading.flow import ReadingFlow, SpokenWord
from core.reading.pipeline import ReadPipeline
from core.reading.spoken import UNSURE, UnsureSpeech
from core.speech.base import SpeechEvent, WordMark
from core.speech.fakes import RecordingOutput, RecordingSpeech
from core.text.lexicon import NullLexicon
from core.text.model import Block, Box, Line, PageText, Word, page_from_text
from tests.conftest import marked_frame

TEXT = (
    "Dear reader. Your books are ready at the desk.\n"
    "Please come before Friday.\n"
    "\n"
    "빛나 도서관입니다. Thank you."
)
FRAME = marked_frame()


class QuietSpeech(RecordingSpeech):
    """Records what is spoken but sends no events: the test plays the speech thread."""

    def _emit(self, event) -> None:
        pass


def make_flow(speech=None, text: str = TEXT, *, listen: bool = True):
    speech = speech if speech is not None else QuietSpeech()
    announcer = Announcer(speech)
    words: list[SpokenWord] = []
    flow = ReadingFlow(
        capture=lambda: FRAME,
        pipeline=lambda: ReadPipeline(RecordingOcr([page_from_text(text)]), "eng"),
        runner=InlineRunner(),
        announcer=announcer,
        on_word=words.append,
    )
    if listen:
        speech.add_listener(flow.on_speech_event)
    return flow, speech, announcer, words


def said(speech: RecordingSpeech, since: int = 0) -> list[str]:
    return [text for text, _ in speech.spoken[since:]]


# --- the text's units ---------------------------------------------------------------------


def test_sentences_lines_and_words_have_exact_offsets() -> None:
    sentences = navigation.spans(TEXT, "sentence")
    assert [span.text(TEXT) for span in sentences] == [
        "Dear reader.",
        "Your books are ready at the desk.",
        "Please come before Friday.",
        "빛나 도서관입니다.",
        "Thank you.",
    ]
    lines = navigation.spans(TEXT, "line")
    assert [span.text(TEXT) for span in lines] == [
        "Dear reader. Your books are ready at the desk.",
        "Please come before Friday.",
        "빛나 도서관입니다. Thank you.",
    ]
    words = navigation.spans(TEXT, "word")
    assert [span.text(TEXT) for span in words][:3] == ["Dear", "reader.", "Your"]
    assert words[-1].text(TEXT) == "you."


def test_units_of_a_growing_text_only_get_more() -> None:
    """Regions are appended while reading: what was found before stays where it was."""
    first = "First part. It ends here."
    grown = first + "\n\nSecond part, recognised later. Last."
    for unit in navigation.UNITS:
        before, after = navigation.spans(first, unit), navigation.spans(grown, unit)
        assert after[: len(before)] == before, unit
        assert len(after) > len(before)


def test_step_finds_neighbours_and_stops_at_the_edges() -> None:
    start = TEXT.index("books")
    nxt = navigation.step(TEXT, "sentence", start, +1)
    assert nxt is not None and nxt.text(TEXT) == "Please come before Friday."
    prev = navigation.step(TEXT, "sentence", start, -1)
    assert prev is not None and prev.text(TEXT) == "Dear reader."
    assert navigation.step(TEXT, "sentence", 0, -1) is None
    assert navigation.step(TEXT, "word", len(TEXT) - 1, +1) is None
    assert navigation.step("", "line", 0, +1) is None


def test_word_offsets_match_the_page_text() -> None:
    page = page_from_text(TEXT)
    for offset, word in navigation.word_offsets(page):
        assert page.text[offset : offset + len(word.text)] == word.text


def test_spelling_says_letters_and_hangul_syllables() -> None:
    names = {"-": "hyphen"}
    assert navigation.spelling("Bitna,", names, "capital") == [("capital b, i, t, n, a", "en")]
    assert navigation.spelling("빛나는", names, "capital") == [("빛, 나, 는", "ko")]
    assert navigation.spelling("e-mail", names, "capital") == [("e, hyphen, m, a, i, l", "en")]
    assert navigation.spelling("TV를", names, "capital") == [
        ("capital t, capital v", "en"),
        ("를", "ko"),
    ]


# --- moving through the page --------------------------------------------------------------


def test_next_sentence_while_reading_goes_on_reading_from_there() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.read()
    assert flow.reading
    stops = speech.stops
    before = len(speech.spoken)
    flow.move("sentence", +1)  # from "Dear reader."
    assert speech.stops > stops  # what was playing is cut off at once
    assert said(speech, before)[0].startswith("Your books are ready")
    assert said(speech, before)[-1] == "Thank you."  # and it reads on to the end
    assert flow.reading and not flow.paused
    assert flow.position == TEXT.index("Your")


def test_previous_sentence_while_reading_reads_on_from_the_one_before() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.read()
    flow.position = TEXT.index("Friday")  # the word last heard
    before = len(speech.spoken)
    flow.move("sentence", -1)
    assert said(speech, before)[0] == "Your books are ready at the desk."
    assert flow.reading


def test_moving_while_paused_says_just_that_unit_and_waits_there() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.read()
    flow.pause()
    assert flow.paused
    before = len(speech.spoken)
    flow.move("sentence", +1)
    assert said(speech, before) == ["Your books are ready at the desk."]
    assert flow.paused and not flow.reading
    assert flow.position == TEXT.index("Your")
    flow.move("sentence", +1)
    before = len(speech.spoken)
    flow.move("sentence", +1)
    assert said(speech, before) == ["빛나 도서관입니다."]
    assert speech.spoken[-1][1] == "ko"  # the Korean sentence gets the Korean voice
    # Pause (the same key) now reads on from that sentence.
    before = len(speech.spoken)
    flow.pause()
    assert said(speech, before) == ["빛나 도서관입니다.", "Thank you."]
    assert flow.reading


def test_moving_after_stop_says_the_unit_and_pause_reads_on() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.read()
    flow.stop()
    before = len(speech.spoken)
    flow.move("line", +1)
    assert said(speech, before) == ["Please come before Friday."]
    before = len(speech.spoken)
    flow.pause()
    assert said(speech, before)[0] == "Please come before Friday."


def test_line_moves_read_on_while_reading_and_say_the_line_while_paused() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.read()
    before = len(speech.spoken)
    flow.move("line", +1)
    assert said(speech, before)[0] == "Please come before Friday."
    assert said(speech, before)[-1] == "Thank you." and flow.reading
    flow.pause()
    before = len(speech.spoken)
    flow.move("line", +1)
    assert said(speech, before) == ["빛나 도서관입니다.", "Thank you."]  # one line, two languages
    before = len(speech.spoken)
    flow.move("line", -1)
    assert said(speech, before) == ["Please come before Friday."]
    assert flow.paused


def test_word_moves_say_the_word_and_pause_reading() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.read()
    flow.position = TEXT.index("books")
    before = len(speech.spoken)
    flow.move("word", +1)
    assert said(speech, before) == ["are"]
    assert flow.paused and flow.position == TEXT.index("are")
    before = len(speech.spoken)
    flow.move("word", -1)
    flow.move("word", -1)
    assert said(speech, before) == ["books", "Your"]
    before = len(speech.spoken)
    flow.pause()  # reads on from the word reached
    assert said(speech, before)[0] == "Your books are ready at the desk."


def test_spell_word_spells_the_current_word_and_pauses() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.read()
    flow.position = TEXT.index("Friday")
    before = len(speech.spoken)
    flow.spell_word()
    assert speech.spoken[before:] == [("capital f, r, i, d, a, y", "en")]
    assert flow.paused
    flow.position = TEXT.index("도서관")
    before = len(speech.spoken)
    flow.spell_word()
    assert speech.spoken[before:] == [("도, 서, 관, 입, 니, 다", "ko")]


def test_start_and_end() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.read()
    flow.pause()
    before = len(speech.spoken)
    flow.go_to_end()
    assert said(speech, before) == ["Last sentence.", "Thank you."]
    assert flow.position == TEXT.index("Thank")
    before = len(speech.spoken)
    flow.move("sentence", +1)
    assert said(speech, before) == ["End of page."]
    before = len(speech.spoken)
    flow.go_to_start()
    assert said(speech, before) == ["Start of page.", "Dear reader."]
    assert flow.position == 0
    before = len(speech.spoken)
    flow.move("word", -1)
    assert said(speech, before) == ["Start of page."]
    # While reading, "start" reads on from the top, and "end" from the last sentence.
    flow.position = TEXT.index("Please")
    flow.pause()
    assert flow.reading
    before = len(speech.spoken)
    flow.go_to_start()
    assert said(speech, before)[0] == "Dear reader." and flow.reading
    before = len(speech.spoken)
    flow.go_to_end()
    assert said(speech, before) == ["Thank you."] and flow.reading


def test_read_from_an_offset_starts_at_that_word() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.read()
    flow.stop()
    before = len(speech.spoken)
    flow.read_from(TEXT.index("ooks"))  # inside "books": from the word's start
    assert said(speech, before)[:2] == [
        "books are ready at the desk.",
        "Please come before Friday.",
    ]
    assert flow.reading and flow.position == TEXT.index("books")


def test_navigation_without_a_page_says_so() -> None:
    flow, speech, announcer, _ = make_flow()
    for move in (
        lambda: flow.move("sentence", +1),
        flow.spell_word,
        flow.go_to_start,
        lambda: flow.read_from(3),
    ):
        move()
        assert announcer.last().text == "There is no page yet. Press Read first."


def test_word_highlight_and_position_follow_speech_after_a_move() -> None:
    flow, speech, announcer, words = make_flow()
    flow.read()
    flow.move("sentence", +1)
    first = "Your books are ready at the desk."
    # RecordingSpeech numbers utterances from 1, in the order they were spoken.
    started = [u for u, (t, _) in enumerate(speech.spoken, 1) if t == first][-1]
    flow.on_speech_event(SpeechEvent("started", started, first))
    flow.on_speech_event(SpeechEvent("word", started, first, WordMark(5, 5, 100)))
    assert words[-1] == SpokenWord(TEXT.index("books"), 5)
    assert flow.position == TEXT.index("books")


def test_a_late_event_of_stopped_speech_is_ignored() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.read()  # "Reading." is 1, the sentences 2..5
    flow.move("sentence", +1)  # sentences again, from 6
    # The old first sentence's "started" arrives late: it must not move the position.
    flow.on_speech_event(SpeechEvent("started", 2, "Dear reader."))
    assert flow.position == TEXT.index("Your")


# --- a page that grows while it is read ----------------------------------------------------


def test_a_growing_page_is_read_on_and_navigated() -> None:
    first = "First part. It ends here."
    grown = first + "\n\nSecond part. Last one."
    flow, speech, announcer, _ = make_flow()
    flow.recognising = True
    flow.speak_page(page_from_text(first))
    assert said(speech) == ["First part.", "It ends here."]
    flow.extend_page(page_from_text(grown))
    assert said(speech)[2:] == ["Second part.", "Last one."]  # queued after, not again
    flow.pause()
    flow.position = grown.index("ends")
    before = len(speech.spoken)
    flow.move("sentence", +1)
    assert said(speech, before) == ["Second part."]


def test_end_of_page_waits_for_the_last_part() -> None:
    flow, speech, announcer, _ = make_flow(RecordingSpeech())  # reports at once
    flow.recognising = True
    flow.speak_page(page_from_text("Only part so far."))
    assert announcer.last().text != "End of page."  # more is being recognised
    assert flow.reading  # and reading goes on when it comes
    flow.extend_page(page_from_text("Only part so far.\n\nThe rest."))
    assert said(speech)[-1] == "The rest."
    flow.recognition_done()
    assert announcer.last().text == "End of page."
    assert not flow.reading


def test_next_at_the_end_of_a_page_still_being_recognised() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.recognising = True
    flow.speak_page(page_from_text("Only part so far."))
    flow.pause()
    flow.move("sentence", +1)
    assert announcer.last().text == "No more text yet."


# --- unsure words -------------------------------------------------------------------------


def _page(words: list[tuple[str, float]]) -> PageText:
    box = Box(0, 0, 10, 10)
    line = Line(tuple(Word(text, box, confidence) for text, confidence in words), box)
    return PageText((Block((line,), box),), 100, 20, "eng")


def test_unsure_words_are_announced_only_when_asked() -> None:
    page = _page([("The", 96), ("qiuck", 31), ("fox", 91), ("ran.", 88)])
    flow, speech, announcer, words = make_flow()
    flow.speak_page(page)
    assert said(speech) == ["The qiuck fox ran."]
    flow.unsure = UnsureSpeech(words=True, lexicon=NullLexicon())
    flow.speak_page(page)
    spoken = said(speech)[-1]
    assert spoken == "The unsure qiuck fox ran."
    # Word marks in the spoken text map back to the page; "unsure" marks the word after.
    utterance = len(speech.spoken)
    flow.on_speech_event(SpeechEvent("started", utterance, spoken))
    flow.on_speech_event(SpeechEvent("word", utterance, spoken, WordMark(4, 6, 10)))
    assert words[-1] == SpokenWord(page.text.index("qiuck"), 5)
    flow.on_speech_event(SpeechEvent("word", utterance, spoken, WordMark(11, 5, 20)))
    assert words[-1] == SpokenWord(page.text.index("qiuck"), 5)
    flow.on_speech_event(SpeechEvent("word", utterance, spoken, WordMark(17, 3, 30)))
    assert words[-1] == SpokenWord(page.text.index("fox"), 3)


def test_unsure_is_said_in_the_sentence_language_and_skips_punctuation() -> None:
    page = _page([("빛나는", 40), ("—", 5), ("좋다.", 95)])
    flow, speech, announcer, _ = make_flow()
    flow.unsure = UnsureSpeech(words=True, lexicon=NullLexicon())
    flow.speak_page(page)
    marker = said_in("ko", UNSURE)
    assert speech.spoken[-1] == (f"{marker} 빛나는 — 좋다.", "ko")


# --- with the real speech engine ----------------------------------------------------------


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
def test_next_sentence_cuts_the_real_voice_and_goes_on_from_there() -> None:
    from core.speech.pyttsx3_synth import Pyttsx3Synthesizer
    from core.speech.speaker import Speaker

    output = RecordingOutput(realtime=True)
    speaker = Speaker(Pyttsx3Synthesizer(), output)
    text = (
        "This first sentence is long enough to be cut off in the middle by the key. "
        "The second one is heard in full. The end."
    )
    flow, _, announcer, words = make_flow(speaker, text, listen=False)
    # Events come on the speech thread; the app hands them to the UI thread, as here.
    events: queue.Queue[SpeechEvent] = queue.Queue()
    speaker.add_listener(events.put)

    def pump(seconds: float, until=lambda: False) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not until():
            with contextlib.suppress(queue.Empty):
                flow.on_speech_event(events.get(timeout=0.01))

    try:
        flow.speak_page(page_from_text(text))
        pump(10, until=lambda: bool(words))
        pump(0.5)  # half a second into the first sentence
        flow.move("sentence", +1)
        pump(30, until=lambda: not speaker.is_busy and events.empty())
    finally:
        speaker.close()
    durations = [round(audio.duration, 1) for audio in output.played]
    assert len(output.played) == 3, durations  # the first, cut; then the second and the end
    assert output.completed == [False, True, True]
    assert announcer.last().text == "End of page."
    assert words and words[-1].start == text.index("end.")


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
def test_spelled_letters_are_said_by_their_names() -> None:
    """The speech engine says "a" in a spelling as the letter "ay" (eI), not the article."""
    (spelled, language), *_ = navigation.spelling("Bitna", {}, "capital")
    phonemes = subprocess.run(
        ["espeak-ng", "-v", language, "-q", "-x", spelled],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    # capital, b, i, t, n, a: one word each, "a" as the letter (eI), "i" as "eye" (aI).
    assert len(phonemes) == 6, phonemes
    assert phonemes[2] == "'aI" and phonemes[-1] == "'eI", phonemes


# --- unsure words, one by one ---------------------------------------------------------------

BILL = [("Pay", 96), ("120.50", 70), ("by", 95), ("12/05.", 99), ("Call", 95), ("555-1O23.", 95)]


def test_next_and_previous_unsure_go_through_the_unsure_numbers() -> None:
    page = _page(BILL)
    text = page.text
    flow, speech, announcer, _ = make_flow()
    flow.unsure = UnsureSpeech(lexicon=NullLexicon())  # numbers only, as by default
    flow.speak_page(page)
    before = len(speech.spoken)
    flow.move_unsure(+1)
    assert said(speech, before) == ["unsure 120.50"]
    assert flow.paused and flow.position == text.index("120.50")
    before = len(speech.spoken)
    flow.move_unsure(+1)  # past the sure date to the misread phone number
    assert said(speech, before) == ["unsure 555-1O23."]
    assert flow.position == text.index("555")
    flow.move_unsure(+1)
    assert announcer.last().text == "No more unsure words."
    assert flow.position == text.index("555")  # it stays where it was
    before = len(speech.spoken)
    flow.move_unsure(-1)
    assert said(speech, before) == ["unsure 120.50"]
    flow.move_unsure(-1)
    assert announcer.last().text == "No more unsure words."
    before = len(speech.spoken)
    flow.pause()  # reads on from the unsure number
    assert said(speech, before) == ["unsure 120.50 by 12/05.", "Call unsure 555-1O23."]


def test_an_unsure_word_where_reading_stands_is_reached_too() -> None:
    # A page of one misread number (what a blank sheet once gave): reading ends on it, and
    # both keys must still go to it, once.
    for direction in (+1, -1):
        flow, speech, announcer, _ = make_flow()
        flow.unsure = UnsureSpeech(lexicon=NullLexicon())
        flow.speak_page(_page([("962192", 60)]))
        before = len(speech.spoken)
        flow.move_unsure(direction)
        assert said(speech, before) == ["unsure 962192"]
        flow.move_unsure(direction)
        assert announcer.last().text == "No more unsure words."
    # A page starting with one: the first press goes to it, not past it.
    flow, speech, announcer, _ = make_flow()
    flow.unsure = UnsureSpeech(lexicon=NullLexicon())
    flow.speak_page(_page([("120.50", 70), *BILL[2:]]))
    before = len(speech.spoken)
    flow.move_unsure(+1)
    assert said(speech, before) == ["unsure 120.50"]
    flow.move_unsure(+1)
    assert said(speech, before)[-1] == "unsure 555-1O23."


def test_spell_word_after_next_unsure_spells_the_number_digit_by_digit() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.unsure = UnsureSpeech(lexicon=NullLexicon())
    flow.speak_page(_page(BILL))
    flow.move_unsure(+1)
    before = len(speech.spoken)
    flow.spell_word()
    assert said(speech, before) == ["1, 2, 0, dot, 5, 0"]


def test_no_unsure_words_or_none_marked_says_so() -> None:
    flow, speech, announcer, _ = make_flow()
    flow.unsure = UnsureSpeech(lexicon=NullLexicon())
    flow.speak_page(_page([("Pay", 96), ("120.50", 99)]))
    flow.move_unsure(+1)
    assert announcer.last().text == "No unsure words."
    flow.unsure = UnsureSpeech(numbers=False, lexicon=NullLexicon())  # turned off
    flow.speak_page(_page(BILL))
    flow.move_unsure(-1)
    assert announcer.last().text == "No unsure words."
    flow.speak_page(_page([]))
    flow.move_unsure(+1)
    assert announcer.last().text == "There is no page yet. Press Read first."
