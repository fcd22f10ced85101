from __future__ import annotations

from core.reading.sentences import split_for_speech


def test_chunks_map_back_to_the_page_text() -> None:
    text = "Dear reader,\nthank you. It came\ntoday! Is it?\n\n안녕하세요. 반갑습니다\n\nNo stop"
    chunks = split_for_speech(text)
    assert [c.text for c in chunks] == [
        "Dear reader, thank you.",
        "It came today!",
        "Is it?",
        "안녕하세요.",
        "반갑습니다",
        "No stop",
    ]
    for chunk in chunks:
        assert text[chunk.start : chunk.end].replace("\n", " ") == chunk.text
    assert [c.language for c in chunks] == ["en", "en", "en", "ko", "ko", "en"]


def test_nothing_lost_or_repeated() -> None:
    text = "One. Two three.\nFour\n\nFive."
    spoken = " ".join(c.text for c in split_for_speech(text))
    assert spoken.split() == text.split()
