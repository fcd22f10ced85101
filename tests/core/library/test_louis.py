"""liblouis through ctypes: the tables Bitna offers are there, long texts are not cut."""

from __future__ import annotations

import pytest

from core.library import brf, louis

pytestmark = pytest.mark.skipif(not louis.available(), reason="liblouis is not installed")


@pytest.mark.parametrize("table", sorted(brf.TABLES.values()))
def test_every_offered_table_translates(table: str) -> None:
    braille = louis.translate("Water bill 수도요금", table)
    assert braille and braille.isascii()


def test_a_long_text_is_translated_whole_and_comes_back() -> None:
    # Numbers grow in braille (a number sign each): the output outgrows a first guess.
    text = " ".join(f"item {n} costs {n * 3}.50" for n in range(3000))
    braille = louis.translate(text, "en-ueb-g1.ctb")
    assert len(braille) > len(text)
    assert louis.back_translate(braille, "en-ueb-g1.ctb") == text
    # A character no English table knows is written as its code, five times longer.
    unknown = louis.translate("漢字" * 2000, "en-ueb-g1.ctb")
    assert len(unknown) >= 4000 * 5


def test_a_missing_table_says_what_to_install() -> None:
    with pytest.raises(louis.BrailleUnavailableError, match="liblouis-data"):
        louis.translate("text", "no-such-table.ctb")
    assert louis.version().count(".") == 2
