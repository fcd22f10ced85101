"""Put what Identify found into words: the objects named, then the codes read.

Nothing reached the threshold and no code was read: "I don't know this object." Never a
guess. A barcode the user named and the same object seen by sight are said once.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.objects.codes import speak_code
from core.objects.model import CodeRead, Recognition
from core.plumbing.i18n import tr


def recognition_sentence(recognition: Recognition) -> str:
    """ "Corn flakes, I am sure." or "Probably corn flakes." """
    if recognition.sure:
        return tr("{name}, I am sure.", name=recognition.name)
    return tr("Probably {name}.", name=recognition.name)


def describe(recognitions: Sequence[Recognition], codes: Sequence[CodeRead]) -> str:
    """One short paragraph for the Identify command."""
    sentences = [recognition_sentence(r) for r in recognitions]
    seen = {r.name.casefold() for r in recognitions}
    for code in codes:
        if code.name and code.name.casefold() in seen:
            continue
        sentences.append(speak_code(code))
    if not sentences:
        return tr("I don't know this object.")
    return " ".join(sentences)


def with_names(codes: Sequence[CodeRead], names: dict[str, str]) -> list[CodeRead]:
    """The codes, each with the name the user taught for it, where there is one."""
    return [CodeRead(code.kind, code.text, names.get(code.text.strip())) for code in codes]
