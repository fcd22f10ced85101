"""The Read and Stop commands as a Qt-free flow: capture → recognise → show → speak.

The window and tests drive the same object. Recognition runs on the runner given (a worker
thread in the app, inline in tests); results come back as `(result, error)` and are applied
here. A generation counter makes Stop win over a recognition still running: its late result
is dropped instead of starting to speak after the user asked for silence.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.announce import Announcer, Role
from core.plumbing.errors import message_for
from core.plumbing.i18n import mark_tr, said_in, tr
from core.plumbing.workers import TaskRunner
from core.reading import navigation
from core.reading.advice import reading_advice
from core.reading.pipeline import ReadPart, ReadPipeline, ReadResult
from core.reading.presented import Headers, presented
from core.reading.spoken import (
    Sentence,
    UnsureSpeech,
    complete_until,
    sentences_of,
)
from core.reading.summary import spoken as spoken_summary
from core.reading.summary import summarise
from core.reading.table_places import CellPlace, TableText, table_text
from core.speech.base import SpeechEvent
from core.text.model import PageText
from core.text.structure import document_of

log = logging.getLogger(__name__)

#: Said as a page starts being read.
READING = mark_tr("Reading.")


@dataclass(frozen=True)
class SpokenWord:
    """A word being spoken now, as an offset and length in the page's text."""

    start: int
    length: int


#: Names for characters a spelled word may hold, said in English with the Latin letters.
CHARACTER_NAMES = {
    "-": mark_tr("hyphen"),
    "'": mark_tr("apostrophe"),
    "’": mark_tr("apostrophe"),
    ".": mark_tr("dot"),
    ",": mark_tr("comma"),
    "/": mark_tr("slash"),
    "@": mark_tr("at sign"),
    "&": mark_tr("ampersand"),
    "%": mark_tr("percent"),
    "#": mark_tr("number sign"),
    "*": mark_tr("star"),
    ":": mark_tr("colon"),
    "_": mark_tr("underscore"),
}
CAPITAL = mark_tr("capital")


class ReadingFlow:
    """Carries out Read and Stop, and tells the window what to show."""

    def __init__(
        self,
        *,
        capture: Callable[[], np.ndarray | None],
        pipeline: Callable[[], ReadPipeline],
        runner: TaskRunner,
        announcer: Announcer,
        on_page: Callable[[PageText], None] = lambda page: None,
        on_word: Callable[[SpokenWord], None] = lambda word: None,
        on_read: Callable[[PageText, np.ndarray], None] = lambda page, frame: None,
        remedies: Callable[[np.ndarray], str | None] = lambda frame: None,
    ) -> None:
        self._capture = capture
        self._pipeline = pipeline
        self._runner = runner
        self._announcer = announcer
        self._on_page = on_page
        self._on_word = on_word
        #: Called with each page read whole and not empty, and the frame it was read from
        #: (the window keeps it in the library).
        self.on_read = on_read
        #: What would have helped the reading of a frame, as the framing measures it
        #: (core.scene.framing.reading_remedies, which this layer may not import); asked
        #: only after a page with many words unsure.
        self._remedies = remedies
        self._generation = 0
        # Sentences handed to speech and not yet started, in order; and those started, by
        # utterance id. A "started" event is matched by id, or by text for speech that
        # reports inside speak() before the id is known (see _take_queued).
        self._queued: deque[Sentence] = deque()
        self._speaking: dict[int, Sentence] = {}
        #: Where in the page text speech is (the word last heard), for pause and resume.
        self.position = 0
        #: The unsure word the unsure keys last went to: the word at `position` counts as
        #: ahead of them until they have been to it (a page may start with one).
        self._unsure_at: int | None = None
        self.paused = False
        self.page: PageText | None = None
        #: The page as read, before its tables were put as they are said (for saving with
        #: its structure).
        self.read_page: PageText | None = None
        #: The Read whose first lines were handed on before the rest (see core/reading/pipeline.py).
        self._streamed = 0
        #: Reading on to the end of the page (not one sentence, line or word on request).
        self._to_end = False
        #: How far into the page text sentences have been handed to speech.
        self._queued_until = 0
        #: More of the page is still being recognised (set while regions stream in).
        self.recognising = False
        #: Which unsure words to say "unsure" before (numbers, by default).
        self.unsure = UnsureSpeech()
        #: Say a table's column headers with every cell, or once, before its rows.
        self.table_headers: Headers = "every"
        #: The table cell last moved to (block, row, column), while the position stays in it.
        self._table_at: tuple[int, int, int] | None = None
        self._queueing = False
        self._heard_any = False  # a sentence of this reading was heard to its end
        #: What to do for a better reading of this page, said once it has been read out.
        self._advice: str | None = None

    def read(self) -> None:
        """Capture the newest frame and read it aloud."""
        frame = self._capture()
        if frame is None:
            self._announcer.announce(
                tr("There is no picture from the camera yet. Wait a moment and try again."),
                Role.ERROR,
                interrupt=True,
            )
            return
        self.read_frame(frame)

    def read_frame(self, frame: np.ndarray) -> None:
        """Read `frame` aloud (one chosen by hands-free reading, or just captured)."""
        self._generation += 1
        generation = self._generation
        self._forget_sentences()
        self._announcer.announce(tr(READING), interrupt=True)
        pipeline = self._pipeline()
        self.unsure.prepare(pipeline.languages)
        self.recognising = True

        def part_read(part: ReadPart) -> None:
            if not part.final:
                self._runner.post(lambda: self._part_read(generation, part))

        lexicon = self.unsure.lexicon

        def recognise() -> tuple[ReadResult, str | None]:
            # Judged here, off the UI thread: measuring a large frame's view takes 0.1-0.3 s.
            result = pipeline.stream(frame, part_read)
            return result, reading_advice(result, lexicon, lambda: self._remedies(frame))

        self._runner.submit(
            recognise,
            lambda recognised, error: self._recognised(generation, recognised, error, frame),
        )

    def stop(self) -> None:
        """Silence speech and forget any recognition still running."""
        self._generation += 1
        self.paused = False
        self.recognising = False
        self._forget_sentences()
        if self._announcer.speech is not None:
            self._announcer.speech.stop()
        self._announcer.announce(tr("Stopped."), speak=False)

    def pause(self) -> None:
        """Pause reading at the word being spoken, or go on from where it paused."""
        if self.paused and self.page is not None:
            self._silence()
            self._announcer.announce(tr("Going on."), speak=False)
            self.speak_page(self.page, self.position)
            return
        if not self.reading:
            self._announcer.announce(tr("Nothing is being read."), speak=False)
            return
        self._hold()
        self._announcer.announce(tr("Paused."), speak=False)

    def interject(self, text: str, role: Role = Role.ERROR) -> None:
        """Say `text` at once, even in the middle of a page, then read on from the word
        reached.

        Queued behind a long page, "The camera was unplugged" would be heard minutes
        late; cutting the page off would lose the user's place in text already taken
        from the camera. So the page waits while the message is said, then goes on.
        """
        if not self.reading or self.page is None:
            self._announcer.announce(text, role)
            return
        page, position, until = self.page, self.position, self._queued_until
        self._silence()
        self._announcer.announce(text, role)
        self.speak_page(page, position, until)

    @property
    def reading(self) -> bool:
        """Whether the page is being read on (or will be, as its next part is recognised)."""
        busy = bool(self._queued or self._speaking) or self.recognising
        return self._to_end and not self.paused and busy

    def on_speech_event(self, event: SpeechEvent) -> None:
        """Map a spoken word back to the page (call on the UI thread)."""
        if event.kind == "started":
            started = self._take_queued(event)
            if started is not None:
                self._speaking[event.utterance] = started
                if self._to_end:
                    self.position = started.chunk.start
            return
        if event.kind == "error":
            self._speech_failed(event)
            return
        sentence = self._speaking.get(event.utterance)
        if sentence is None:
            if event.kind == "finished":  # failed before it started: no longer to come
                for queued in list(self._queued):
                    if queued.utterance == event.utterance:
                        self._queued.remove(queued)
            return
        if event.kind == "word" and event.mark is not None:
            start = sentence.to_page(event.mark.start)
            if self._to_end:
                self.position = start
            length = min(event.mark.length, sentence.word_length(start)) or event.mark.length
            self._on_word(SpokenWord(start, length))
        elif event.kind == "finished":
            del self._speaking[event.utterance]
            self._heard_any = self._heard_any or event.completed
            if event.completed and self._to_end and not self._queueing and self._finished_all:
                self._page_done()

    def _speech_failed(self, event: SpeechEvent) -> None:
        """A sentence could not be spoken (no sound device, say): wait at its start.

        Feeding the rest of the page to a voice nobody hears would only move the place
        through the page; held at the failed sentence, Pause goes on from there once sound
        works, and the pane shows that place. The app tells the user what went wrong.
        """
        failed = self._speaking.get(event.utterance)
        if failed is None:
            failed = next((s for s in self._queued if s.utterance == event.utterance), None)
        if failed is None or not self._to_end:
            return
        self.position = failed.chunk.start
        self._hold()

    def _take_queued(self, event: SpeechEvent) -> Sentence | None:
        """The queued sentence this "started" event is for, dropping any skipped before it.

        By utterance id when speak() has returned it; by text for speech services that
        report "started" inside speak(), before the id is known. A late event of speech
        that was stopped has an id no queued sentence has, and is ignored.
        """
        for index, queued in enumerate(self._queued):
            if queued.utterance == event.utterance:
                for _ in range(index + 1):
                    found = self._queued.popleft()
                return found
        first = self._queued[0] if self._queued else None
        if first is not None and first.utterance is None and first.spoken == event.text:
            return self._queued.popleft()
        return None

    @property
    def _finished_all(self) -> bool:
        return self._heard_any and not (self._speaking or self._queued)

    def _page_done(self) -> None:
        """Everything handed to speech was heard: the end, unless more is being recognised."""
        if self.recognising:
            return  # extend_page() goes on when the next part comes
        self._to_end = False
        self._announcer.announce(tr("End of page."), speak=False)
        if self._advice is not None:
            self._announcer.announce(self._advice, Role.STATUS)
            self._advice = None

    def _forget_sentences(self) -> None:
        self._queued.clear()
        self._speaking.clear()
        self._to_end = False
        self._heard_any = False

    def _silence(self) -> None:
        """Forget what was queued and stop the voice (before saying something else)."""
        self._forget_sentences()
        if self._announcer.speech is not None:
            self._announcer.speech.stop()

    def _hold(self) -> None:
        """Stop the voice and wait at the current position: Pause goes on from there."""
        self._silence()
        self.paused = True

    def _part_read(self, generation: int, part: ReadPart) -> None:
        """The page's first lines are recognised: show them and start reading them."""
        if generation != self._generation:
            return
        self.read_page = part.page
        page = presented(part.page, self.table_headers)
        end = complete_until(page.text, part.open_end)
        self._on_page(page)
        if self._streamed == generation:
            self.extend_page(page, end)  # more lines of the head
        else:
            self._streamed = generation
            self.speak_page(page, end=end)

    def _recognised(
        self,
        generation: int,
        recognised: tuple[ReadResult, str | None] | None,
        error: BaseException | None,
        frame: np.ndarray,
    ) -> None:
        if generation != self._generation:
            log.info("Dropping a recognition that was stopped")
            return
        self.recognising = False
        if error is not None:
            self._report(error)
            return
        assert recognised is not None
        result, self._advice = recognised  # no advice for an empty page
        self.read_page = result.page
        page = presented(result.page, self.table_headers)
        if page.is_empty:
            self._announcer.announce(
                tr("No text found. Put the page under the camera, in good light, and try again."),
                Role.ERROR,
                interrupt=True,
            )
            return
        if self._advice is not None:  # shown now; said once the page has been read out
            self._announcer.announce(self._advice, Role.STATUS, speak=False)
        self._on_page(page)
        if self._streamed == generation:
            self.extend_page(page)  # goes on after the first lines, already being read
        else:
            self.speak_page(page)
        self.recognition_done()
        self.on_read(result.page, frame)

    def speak_page(self, page: PageText, start: int = 0, end: int | None = None) -> None:
        """Speak the page from offset `start`, sentence by sentence, keeping each one's place.

        `end` stops short of the page's end (a sentence whose rest is still being read).
        """
        self._forget_sentences()
        self.paused = False
        self.page = page
        self.position = start
        self._unsure_at = None
        self._to_end = True
        self._queue(page, start, len(page.text) if end is None else end)

    def extend_page(self, page: PageText, end: int | None = None) -> None:
        """The page grew (`page.text` starts with the old text): read on into the new part.

        Speech goes on after the sentences already queued, up to `end` (default: the end);
        paused or stopped, the new text is only kept, for Pause and the navigation keys.
        """
        self.page = page
        if self._to_end and not self.paused:
            self._queue(page, self._queued_until, len(page.text) if end is None else end)

    def recognition_done(self) -> None:
        """No more of the page will come: say "End of page." if speech already got there."""
        self.recognising = False
        if self._to_end and not self.paused and self._finished_all:
            self._page_done()

    def _queue(self, page: PageText, start: int, end: int) -> None:
        """Hand the sentences of page.text[start:end] to speech, each with its place."""
        self._queued_until = max(start, end)
        self._queueing = True  # speech that reports at once must not end the page early
        try:
            for sentence in sentences_of(page, start, end, self.unsure):
                self._queued.append(sentence)
                sentence.utterance = self._announcer.announce(
                    sentence.spoken, Role.READING, language=sentence.chunk.language
                )
                if sentence.utterance is None and self._queued and self._queued[-1] is sentence:
                    self._queued.pop()  # Not spoken (no speech service): nothing to follow.
        finally:
            self._queueing = False
        if self._to_end and self._finished_all:
            self._page_done()

    # Moving around the page ------------------------------------------------------------------

    def move(self, unit: navigation.Unit, direction: int) -> None:
        """Go to the next (+1) or previous (-1) sentence, line or word.

        Reading, it goes on reading from the new sentence or line; otherwise (and always
        for a word) it says just that unit and waits there, so Pause reads on from it.
        """
        page = self._page_or_say()
        if page is None:
            return
        target = navigation.step(page.text, unit, self.position, direction)
        if target is None:
            self._at_edge(direction)
            return
        if self.reading and unit != "word":
            self.read_from(target.start)
        else:
            self._speak_unit(page, target)

    def move_unsure(self, direction: int) -> None:
        """Go to the next (+1) or previous (-1) word that `unsure` marks (unsure numbers, by
        default: what the reading pane underlines), say it as speech says it there ("unsure"
        before it) and wait at it, so Spell word spells it digit by digit."""
        page = self._page_or_say()
        if page is None:
            return
        offsets = self.unsure.offsets(page, 0, len(page.text))
        here = self.position
        been = self._unsure_at == here
        if direction > 0:
            ahead = [o for o in offsets if o > here or (o == here and not been)]
        else:
            ahead = [o for o in reversed(offsets) if o < here or (o == here and not been)]
        target = navigation.unit_at(page.text, "word", ahead[0]) if ahead else None
        if target is None:
            self._hold()
            more = tr("No more unsure words.") if offsets else tr("No unsure words.")
            self._announcer.announce(more)
            return
        self._speak_unit(page, target)
        self._unsure_at = target.start

    def go_to_start(self) -> None:
        """Go to the start of the page: read on from there, or say the first sentence."""
        self._go_to(0, tr("Start of page."))

    def go_to_end(self) -> None:
        """Go to the last sentence: read it, or say it and wait there."""
        self._go_to(-1, tr("Last sentence."))

    def read_from(self, offset: int) -> None:
        """Read on from the word at `offset` (the reading pane's caret, say)."""
        page = self._page_or_say()
        if page is None:
            return
        word = navigation.unit_at(page.text, "word", offset)
        if word is None:
            return
        if offset >= word.end:  # in a gap: the next word, if there is one
            word = navigation.step(page.text, "word", offset, +1) or word
        self._silence()
        self.speak_page(page, word.start)

    def spell_word(self) -> None:
        """Spell the word at the reading position, and wait there."""
        page = self._page_or_say()
        if page is None:
            return
        word = navigation.unit_at(page.text, "word", self.position)
        if word is None:
            return
        self._hold()
        self.position = word.start
        names = {key: said_in("en", name) for key, name in CHARACTER_NAMES.items()}
        for said, language in navigation.spelling(
            word.text(page.text), names, said_in("en", CAPITAL)
        ):
            self._announcer.announce(said, Role.READING, language=language)

    def refresh(self) -> None:
        """Reading, go on from the word last heard, so a new rate or voice is heard at once."""
        if self.reading and self.page is not None:
            self._silence()
            self.speak_page(self.page, self.position)

    def summarise(self) -> None:
        """Say what the page could be and the few things people look for first in it (who
        sent it, the amount, the due date, phone numbers), each with its line; then wait."""
        page = self._page_or_say()
        if page is None:
            return
        self._hold()
        self._announcer.announce(spoken_summary(summarise(document_of(page))))

    # Moving through a table ----------------------------------------------------------------

    def table_move(self, rows: int, columns: int) -> None:
        """Go to the cell `rows` below (above, when negative) and `columns` to the right
        (left) of the one at the reading position, and say it with its column's header."""
        found = self._table_cell()
        if found is None:
            return
        places, cell = found
        target = places.cell(cell.block, cell.row + rows, cell.column + columns)
        if target is None:
            self._hold()
            edge = {
                (1, 0): tr("Last row."),
                (-1, 0): tr("First row."),
                (0, 1): tr("Last column."),
                (0, -1): tr("First column."),
            }
            self._announcer.announce(edge.get((rows, columns), tr("Edge of table.")))
            return
        self._say_cell(target, header=columns != 0 or self.table_headers == "once")

    def table_row(self, direction: int) -> None:
        """Say the whole next (+1) or previous (-1) row of the table, and wait there."""
        found = self._table_cell()
        if found is None:
            return
        places, cell = found
        span = places.row(cell.block, cell.row + direction)
        if span is None or self.page is None:
            self._hold()
            self._announcer.announce(tr("Last row.") if direction > 0 else tr("First row."))
            return
        self._table_at = (cell.block, cell.row + direction, 0)
        self._speak_unit(self.page, span)

    def table_header(self) -> None:
        """Say the column header of the cell at the reading position."""
        found = self._table_cell()
        if found is None:
            return
        _, cell = found
        name = _header_of(cell)
        self._announcer.announce(name or tr("This column has no header."))

    def table_where(self) -> None:
        """Say where in the table the reading position is: "Row 3 of 6, column 4 of 4,
        Amount"."""
        found = self._table_cell()
        if found is None:
            return
        _, cell = found
        where = tr(
            "Row {row} of {rows}, column {column} of {columns}",
            row=cell.row + 1,
            rows=cell.rows,
            column=cell.column + 1,
            columns=len(cell.table.body[cell.row]),
        )
        name = _header_of(cell)
        self._announcer.announce(f"{where}, {name}" if name else where)

    def _table_cell(self) -> tuple[TableText, CellPlace] | None:
        """The tables of the page and the cell at the reading position; says why not when
        there is none."""
        page = self._page_or_say()
        if page is None:
            return None
        places = table_text(page)
        cell = None
        if self._table_at is not None:
            cell = places.cell(*self._table_at)
            row = places.row(cell.block, cell.row) if cell is not None else None
            if row is None or not row.start <= self.position <= row.end:
                cell = None  # the position moved on since the last move in the table
        if cell is None:
            cell = places.at(self.position)
        if cell is None:
            self._announcer.announce(tr("Not in a table."))
            return None
        return places, cell

    def _say_cell(self, cell: CellPlace, header: bool) -> None:
        """Say a cell (its header first when asked and not said with it), and wait there."""
        self._table_at = (cell.block, cell.row, cell.column)
        name = _header_of(cell) if header or cell.span is None else ""
        if cell.span is None or self.page is None:
            self._hold()
            row = table_text(self.page).row(cell.block, cell.row) if self.page else None
            if row is not None:
                self.position = row.start  # in the blank cell's row
            blank = tr("blank")
            self._announcer.announce(f"{name} {blank}" if name else blank)
            return
        said = self.page.text[cell.span.start : cell.span.end]
        self._speak_unit(self.page, cell.span, name if name and not said.startswith(name) else "")

    def _go_to(self, index: int, label: str) -> None:
        page = self._page_or_say()
        if page is None:
            return
        sentences = navigation.spans(page.text, "sentence")
        if not sentences:
            return
        target = sentences[index]
        if self.reading:
            self.read_from(target.start)
        else:
            self._speak_unit(page, target, label)

    def _speak_unit(self, page: PageText, span: navigation.Span, before: str = "") -> None:
        """Say one stretch of the page and wait at its start."""
        self._hold()
        self.position = span.start
        if before:
            self._announcer.announce(before)
        self._queue(page, span.start, span.end)

    def _at_edge(self, direction: int) -> None:
        if direction > 0:
            message = tr("No more text yet.") if self.recognising else tr("End of page.")
        else:
            message = tr("Start of page.")
        self._hold()
        self._announcer.announce(message)

    def _page_or_say(self) -> PageText | None:
        if self.page is None or not self.page.text.strip():
            self._announcer.announce(tr("There is no page yet. Press Read first."))
            return None
        return self.page

    def _report(self, error: BaseException) -> None:
        generic = tr("Reading failed because of an error in Bitna. Please try again.")
        message = message_for(error, generic, log=log, doing="Reading")
        self._announcer.announce(message, Role.ERROR, interrupt=True)


def _header_of(cell: CellPlace) -> str:
    """The column header over a cell ("" for none)."""
    table = cell.table
    column = sum(each.span for each in table.body[cell.row][: cell.column])
    names = table.headers()
    return names[column] if column < len(names) else ""
