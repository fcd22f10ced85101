"""Put who is there into one sentence: how many, who, where, how near.

Positions are said from the camera's point of view, which is the user's when the camera
looks where they look (a document camera turned to the room, a camera on glasses). Set
`mirrored` for a camera that faces the user, whose left is then the picture's right.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.faces.model import SeenFace
from core.plumbing.i18n import mark_tr, tr

CLOSE = 0.25
"""A face this share of the frame height or more is close: within about an arm's length
with a usual webcam (a 16 cm face filling a quarter of a 45° view is ~0.8 m away)."""
FAR = 0.10
"""A face under this share is far away: about two metres or more with a usual webcam."""
MAX_DESCRIBED = 6
"""Past this many faces, the rest are counted, not described one by one."""

_COUNTS = (
    mark_tr("No one in view."),
    mark_tr("One person."),
    mark_tr("Two people."),
    mark_tr("Three people."),
    mark_tr("Four people."),
    mark_tr("Five people."),
    mark_tr("Six people."),
)


def count_sentence(count: int) -> str:
    """ "Two people." and so on."""
    if count < len(_COUNTS):
        return tr(_COUNTS[count])
    return tr("{count} people.", count=count)


def side(relative_x: float, *, mirrored: bool = False) -> str:
    """ "on the left", "in the centre" or "on the right" for a horizontal position 0–1."""
    x = 1.0 - relative_x if mirrored else relative_x
    if x < 1 / 3:
        return tr("on the left")
    if x > 2 / 3:
        return tr("on the right")
    return tr("in the centre")


def distance(relative_height: float) -> str:
    """ "close", "a few steps away" or "far away", from how much of the frame a face fills."""
    if relative_height >= CLOSE:
        return tr("close")
    if relative_height < FAR:
        return tr("far away")
    return tr("a few steps away")


def describe(faces: Sequence[SeenFace], *, mirrored: bool = False) -> str:
    """One sentence for the user, people in order from their left to their right."""
    ordered = sorted(
        faces,
        key=lambda seen: (
            (1 - seen.face.relative_centre_x) if mirrored else seen.face.relative_centre_x
        ),
    )
    parts = [count_sentence(len(ordered))]
    for seen in ordered[:MAX_DESCRIBED]:
        who = seen.name or tr("Someone you have not introduced")
        parts.append(
            tr(
                "{who}, {where}, {distance}.",
                who=who,
                where=side(seen.face.relative_centre_x, mirrored=mirrored),
                distance=distance(seen.face.relative_height),
            )
        )
    rest = ordered[MAX_DESCRIBED:]
    if rest:
        names = [seen.name for seen in rest if seen.name]
        parts.append(tr("And {count} more.", count=len(rest)))
        if names:
            parts.append(tr("Among them: {names}.", names=", ".join(names)))
    return " ".join(parts)
