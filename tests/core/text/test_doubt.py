"""How sure Bitna is of each word: the engine's confidence checked as a reader would."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.text import doubt, hunspell
from core.text.hunspell import HunspellLexicon, dictionary_folders
from core.text.lexicon import NullLexicon, WordListLexicon
from core.text.model import Block, Box, Cell, Line, PageText, Table, Word


def page(lines: list[list[tuple[str, float]]], languages: str = "eng") -> PageText:
    built = []
    for row, words in enumerate(lines):
        placed = tuple(
            Word(text, Box(60 * column, 30 * row, 50, 20), confidence)
            for column, (text, confidence) in enumerate(words)
        )
        built.append(Line(placed, Box.enclosing(w.box for w in placed)))
    box = Box.enclosing(line.box for line in built)
    return PageText((Block(tuple(built), box),), 400, 300, languages)


def judged(p: PageText, lexicon=None) -> dict[str, doubt.Doubt]:  # type: ignore[no-untyped-def]
    return {d.word.text: d for d in doubt.judge(p, lexicon or NullLexicon())}


def test_a_number_needs_more_confidence_than_a_word() -> None:
    found = judged(page([[("Pay", 75.0), ("962,192", 75.0), ("now", 55.0)]]))
    assert not found["Pay"].unsure and not found["Pay"].number
    assert found["962,192"].unsure and found["962,192"].number
    assert found["962,192"].reasons == ("engine",)
    assert found["now"].unsure


def test_offsets_are_the_page_texts_and_punctuation_is_never_unsure() -> None:
    p = page([[("Total", 95.0), ("—", 1.0), ("l0O", 96.0)], [("S5", 97.0), ("A4", 97.0)]])
    doubts = doubt.judge(p, NullLexicon())
    assert [p.text[d.offset : d.offset + len(d.word.text)] for d in doubts] == [
        "Total", "—", "l0O", "S5", "A4",
    ]  # fmt: skip
    found = {d.word.text: d for d in doubts}
    assert not found["—"].unsure
    # Letters among digits, or a digit-like letter before them, are how misreads look,
    # however sure the engine was; "A4" is a paper size.
    assert found["l0O"].unsure and "letters and digits" in found["l0O"].reasons
    assert found["S5"].unsure
    assert not found["A4"].unsure
    numbers = doubt.unsure_offsets(doubts, numbers=True, words=False)
    assert numbers == [found["l0O"].offset, found["S5"].offset]
    assert doubt.unsure_offsets(doubts, numbers=False, words=True) == []


def test_a_word_no_dictionary_knows_loses_confidence() -> None:
    lexicon = WordListLexicon({"en": ["the", "quick", "fox"]})
    found = judged(
        page([[("The", 85.0), ("qiuck", 85.0), ("fox", 85.0), ("Zorba", 95.0)]]), lexicon
    )
    assert not found["The"].unsure
    assert found["qiuck"].unsure and found["qiuck"].reasons == ("not a word",)
    assert found["qiuck"].confidence == 85.0 - doubt.NOT_A_WORD
    # Words broken at a line's end are looked up whole.
    broken = judged(page([[("the", 90.0), ("qui-", 90.0)], [("ck", 90.0), ("fox", 90.0)]]), lexicon)
    assert not broken["qui-"].unsure and not broken["ck"].unsure
    # A word and a number run together lost a space.
    glued = judged(page([[("Like70", 98.0), ("14th", 98.0), ("5mg", 98.0), ("AH002", 98.0)]]))
    assert glued["Like70"].unsure and not glued["14th"].unsure and not glued["5mg"].unsure
    assert not glued["AH002"].unsure  # a code in capitals and digits
    assert judged(page([[("SET1A", 98.0)]]))["SET1A"].unsure  # SETIA, I read as 1
    assert not found["Zorba"].unsure  # a name read very surely stays sure
    # No dictionary for the language: only the engine's confidence counts.
    assert not judged(page([[("qiuck", 85.0)]]))["qiuck"].unsure


def test_latin_scraps_in_a_korean_line_are_unsure() -> None:
    lexicon = WordListLexicon({"en": ["all", "kg"], "ko": ["합계", "금액"]})
    p = page([[("합계", 92.0), ("금액은", 90.0), ("yy", 96.0), ("kg", 96.0)]], "kor+eng")
    found = judged(p, lexicon)
    assert found["yy"].unsure and found["yy"].reasons == ("latin in korean",)
    assert not found["kg"].unsure
    # In an English line the same scrap is only not a word.
    english = judged(page([[("Pay", 92.0), ("now", 90.0), ("yy", 96.0)]], "kor+eng"), lexicon)
    assert english["yy"].reasons == ("not a word",)


def test_a_sure_number_in_a_garbled_line_is_not_trusted() -> None:
    # Read from a Korean webcam page in three columns: "294" was not on the page.
    lexicon = WordListLexicon({"ko": ["얼었다"], "en": ["pay", "now", "by"]})
    garbled = judged(
        page(
            [[("84", 95.0), ("OMS", 40.0), ("294", 93.0), ("타시", 30.0), ("에신이", 20.0)]], "kor"
        ),
        lexicon,
    )
    assert garbled["294"].unsure and garbled["294"].reasons == ("garbled line",)
    assert garbled["84"].unsure
    # A line that reads well keeps its numbers, and so does one with too few words to tell.
    clean = judged(page([[("Pay", 95.0), ("294", 93.0), ("now", 95.0), ("by", 95.0)]]), lexicon)
    assert not clean["294"].unsure
    short = judged(page([[("Zqx", 40.0), ("294", 93.0), ("Vbn", 40.0)]]), lexicon)
    assert not short["294"].unsure


def test_a_korean_compound_of_known_words_is_a_word() -> None:
    lexicon = WordListLexicon({"ko": ["수도", "요금"]})
    found = judged(page([[("수도요금", 80.0), ("슈도요굼", 80.0)]], "kor"), lexicon)
    assert not found["수도요금"].unsure
    assert found["슈도요굼"].unsure


def _bill(total: str) -> PageText:
    rows = [("Item", "Amount"), ("Water", "12.50"), ("Sewer", "7.25"), ("Total", total)]
    cells, lines = [], []
    for r, row in enumerate(rows):
        words = tuple(
            Word(text, Box(10 + 200 * c, 10 + 40 * r, 80, 20), 90.0) for c, text in enumerate(row)
        )
        cells.append(
            tuple(Cell(w.text, Box(200 * c, 40 * r, 200, 40)) for c, w in enumerate(words))
        )
        lines.append(Line(words, Box.enclosing(w.box for w in words)))
    block = Block(tuple(lines), Box(0, 0, 400, 160), Table(tuple(cells)))
    return PageText((block,), 400, 160, "eng")


def test_a_total_that_adds_up_vouches_for_its_column_and_one_that_does_not_flags_it() -> None:
    sure = {d.word.text: d for d in doubt.judge(_bill("19.75"), NullLexicon())}
    assert not any(d.unsure for d in sure.values())
    assert sure["19.75"].confidence == 90.0
    wrong = {d.word.text: d for d in doubt.judge(_bill("18.75"), NullLexicon())}
    assert wrong["18.75"].unsure and "total" in wrong["18.75"].reasons
    assert wrong["12.50"].unsure and wrong["7.25"].unsure
    assert not wrong["Water"].unsure
    # Off by more than one digit: taxes or fees outside the table, no verdict.
    other = {d.word.text: d for d in doubt.judge(_bill("23.10"), NullLexicon())}
    assert not any(d.unsure for d in other.values())
    assert other["23.10"].reasons == ()


def test_unsure_share_counts_words_with_letters_or_digits() -> None:
    doubts = doubt.judge(page([[("a", 10.0), ("—", 1.0), ("b", 90.0), ("c", 90.0)]]))
    assert doubt.unsure_share(doubts) == pytest.approx(1 / 3)
    assert doubt.unsure_share([]) == 0.0


needs_dictionaries = pytest.mark.skipif(
    not HunspellLexicon().available("en") or not HunspellLexicon().available("ko"),
    reason="needs Hunspell with English and Korean dictionaries (installer/setup.sh)",
)


@needs_dictionaries
def test_hunspell_knows_english_and_korean_words() -> None:
    lexicon = HunspellLexicon()
    assert lexicon.knows("receipts", "en") and lexicon.knows("HELLO", "en")
    assert lexicon.knows("colour", "en") and lexicon.knows("color", "en")
    assert lexicon.knows("tbe", "en") is False
    assert lexicon.knows("합계는", "ko") and lexicon.knows("청구서", "ko")
    assert lexicon.knows("쀍뛣", "ko") is False


@needs_dictionaries
def test_misread_words_of_a_real_page_are_unsure_with_real_dictionaries() -> None:
    p = page(
        [[("The", 91.0), ("water", 88.0), ("bill", 86.0), ("is", 90.0), ("tbe", 84.0)],
         [("납부기한", 83.0), ("합계", 85.0), ("pe", 88.0), ("100,200원", 95.0)]],
        "kor+eng",
    )  # fmt: skip
    found = judged(p, HunspellLexicon())
    assert [text for text, d in found.items() if d.unsure] == ["tbe", "pe"]


def test_without_hunspell_or_dictionaries_nothing_is_known(tmp_path: Path) -> None:
    lexicon = HunspellLexicon(folders=[tmp_path])
    assert lexicon.knows("water", "en") is None
    assert not lexicon.available("ko")
    assert dictionary_folders()  # the usual places are always looked in


def test_a_library_named_by_the_environment_comes_first_and_a_broken_one_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "libhunspell-1.7-0.dll"
    broken.write_bytes(b"MZ not a library")
    monkeypatch.setenv("BITNA_HUNSPELL_LIBRARY", str(broken))
    assert hunspell.library_candidates()[0] == str(broken)
    system = hunspell.library_candidates()[1:]
    lexicon = HunspellLexicon(folders=[Path("/usr/share/hunspell")])
    # The broken file is skipped: the system's library answers where there is one.
    assert lexicon.knows("water", "en") is (True if system and lexicon.available("en") else None)
