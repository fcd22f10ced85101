"""Every user-facing string is marked for translation and has a Korean translation."""

from __future__ import annotations

import re
import string

import pytest

from core.plumbing.i18n import load_catalogue, set_language, tr
from resources.translations.update import marked_strings


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_strings_are_found() -> None:
    assert "Read" in marked_strings()


def test_every_marked_string_has_a_korean_translation() -> None:
    korean = load_catalogue("ko")
    missing = sorted(s for s in marked_strings() if s not in korean)
    assert not missing, "No Korean translation for:\n" + "\n".join(missing)


@pytest.mark.parametrize("source", sorted(marked_strings()))
def test_translation_keeps_the_fields_and_is_korean(source: str) -> None:
    translation = load_catalogue("ko").get(source)
    if translation is None:
        pytest.skip("reported by the test above")
    assert fields(translation) == fields(source)
    words = re.sub(r"\{\w+\}", "", source)  # field names are not words to translate
    if re.search("[A-Za-z]{3}", words) and source not in {"English"}:
        assert re.search("[\uac00-\ud7af]", translation), f"{source!r} → {translation!r}"


def test_switching_language() -> None:
    assert set_language("ko") == "ko"
    assert tr("Read") == "읽기"
    assert set_language("en") == "en"
    assert tr("Read") == "Read"
