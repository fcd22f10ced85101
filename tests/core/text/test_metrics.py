"""Character error rate and word F1: the numbers OCR quality is held to."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.text.metrics import cer, levenshtein, normalise, word_f1, words_in_order


def textbook_levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def test_normalise_folds_whitespace_and_compatibility_forms() -> None:
    assert normalise("  Ｈｅｌｌｏ,\n\n  wor\tld \u00a0") == "Hello, wor ld"
    assert normalise("Straße ABC", casefold=True) == "strasse abc"
    assert normalise("한국어\n문장") == "한국어 문장"


def test_cer_known_values() -> None:
    assert cer("hello world", "hello world") == 0.0
    assert cer("hello world", "hello\n  world ") == 0.0  # layout is not an error
    assert cer("abcd", "abed") == pytest.approx(1 / 4)  # one substitution
    assert cer("abc", "abxc") == pytest.approx(1 / 3)  # one insertion
    assert cer("abcd", "abd") == pytest.approx(1 / 4)  # one deletion
    assert cer("abc", "") == 1.0
    assert cer("", "") == 0.0
    assert cer("", "x") == 1.0
    assert cer("ab", "abcdef") == pytest.approx(2.0)  # may exceed 1
    assert cer("ABC", "abc") == 1.0
    assert cer("ABC", "abc", casefold=True) == 0.0
    assert cer("안녕하세요", "안녕하세오") == pytest.approx(1 / 5)


def test_word_f1_is_order_free_and_counts_repeats() -> None:
    assert word_f1("the quick brown fox", "fox brown quick the") == 1.0
    assert word_f1("a b c d", "a b x") == pytest.approx(4 / 7)  # P 2/3, R 1/2
    assert word_f1("a a b", "a b b") == pytest.approx(2 / 3)
    assert word_f1("a b", "") == 0.0
    assert word_f1("", "") == 1.0
    assert word_f1("Fox", "fox") == 0.0
    assert word_f1("Fox", "fox", casefold=True) == 1.0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc 가", max_size=70), st.text(alphabet="abc 가", max_size=70))
def test_levenshtein_matches_the_textbook_table(a: str, b: str) -> None:
    assert levenshtein(a, b) == textbook_levenshtein(a, b)
    assert levenshtein(a, b) == levenshtein(b, a)


def test_cer_of_a_page_takes_well_under_a_second() -> None:
    rng = random.Random(7)
    reference = "".join(rng.choice("abcdefghij klmnopqrstuvwxyz.\n") for _ in range(3000))
    noisy = list(reference)
    for _ in range(150):
        noisy[rng.randrange(len(noisy))] = rng.choice("xyz#")
    start = time.perf_counter()
    value = cer(reference, "".join(noisy)[:2900] + "extra words")
    elapsed = time.perf_counter() - start
    assert 0.0 < value < 0.2
    assert elapsed < 0.5, f"CER of two 3000-character pages took {elapsed:.3f} s"


def test_words_in_order_counts_whole_words_in_the_references_order() -> None:
    reference = "Best before 03/2027 Shake well"
    assert words_in_order(reference, reference) == 1.0
    # Repeats and extra words cost nothing; a word misread or out of order does.
    assert words_in_order(reference, "junk Best before 03/2027 Shake well Best") == 1.0
    assert words_in_order(reference, "Best before 03/2021 Shake well") == pytest.approx(0.8)
    assert words_in_order(reference, "Shake well Best before 03/2027") == pytest.approx(0.6)
    assert words_in_order(reference, "") == 0.0
    assert words_in_order("", "anything") == 1.0


def test_words_in_order_does_not_compare_spaces() -> None:
    # Tesseract writes Korean syllables apart; the words are still read.
    assert words_in_order("유통기한 2027.03.14", "유 통 기한 2027.03.14") == 1.0
    assert words_in_order("사과 주스", "사과주스") == 1.0
