"""Name the main colour(s) in the middle of the view, in plain words, whatever the lamp.

1. White balance. A lamp tints everything: white paper looks orange under a bulb and blue
   in shade. When paper (or any white or grey card) is in view around the object, its colour
   *is* the lamp's, so dividing by it makes it neutral (and sets "white" to the paper's
   brightness). Paper is taken to be present when the brightest tenth of the border region
   is large, even and plausibly lamp-coloured. Without it, the grey-world rule (the average
   of the whole view is grey) is the fallback, with the correction limited so a scene that
   is simply all one colour is not turned grey.
2. The middle third of the view (where the user holds the object) is grouped into at most
   three colours (k-means in CIE Lab, merged when closer than a just-visible difference).
3. Each colour is named from lightness, chroma and hue (CIE LCh): black, grey, white, or a
   hue name with "dark" or "light", and brown, pink and olive where people use those words.
4. A second colour covering a fifth or more is said too, as stripes when it forms several
   long bands, as spots when it forms many small blobs, and otherwise with "and".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import cv2
import numpy as np

from core.plumbing.i18n import current_language, mark_tr, tr

log = logging.getLogger(__name__)

CENTRE = 1 / 3
"""The middle region's share of the view's width and height."""
MIN_SHARE = 0.2
"""A second colour must cover this share of the middle region to be mentioned."""
MERGE_DISTANCE = 12.0
"""Clusters closer than this in Lab (a clearly visible difference is about 10) are one."""
MAX_GAIN = 2.5

_NAMES = {
    "black": mark_tr("black"),
    "dark grey": mark_tr("dark grey"),
    "grey": mark_tr("grey"),
    "light grey": mark_tr("light grey"),
    "white": mark_tr("white"),
    "red": mark_tr("red"),
    "orange": mark_tr("orange"),
    "yellow": mark_tr("yellow"),
    "olive": mark_tr("olive"),
    "green": mark_tr("green"),
    "turquoise": mark_tr("turquoise"),
    "blue": mark_tr("blue"),
    "purple": mark_tr("purple"),
    "pink": mark_tr("pink"),
    "brown": mark_tr("brown"),
    "beige": mark_tr("beige"),
}
_DARK = mark_tr("dark {colour}")
_DARK_BELOW = {"green": 38.0, "turquoise": 38.0, "blue": 28.0, "purple": 22.0}
"""Lightness under which a hue is "dark": blue and purple are dark by nature, so lower."""
_LIGHT = mark_tr("light {colour}")


@dataclass(frozen=True)
class ColourPart:
    """One colour found in the middle: its English name key, modifier, and share."""

    base: str
    shade: str  # "", "dark" or "light"
    share: float
    lab: tuple[float, float, float]

    @property
    def key(self) -> str:
        """The English name ("dark blue"), as the benchmark scores it."""
        return f"{self.shade} {self.base}".strip()

    def spoken(self) -> str:
        """The name in the UI language."""
        base = tr(_NAMES[self.base])
        if self.shade == "dark":
            return tr(_DARK, colour=base)
        if self.shade == "light":
            return tr(_LIGHT, colour=base)
        return base


@dataclass(frozen=True)
class ColourReport:
    """The colours in the middle of the view, largest first, and how they are arranged."""

    parts: tuple[ColourPart, ...]
    pattern: str  # "", "stripes", "spots" or "and"
    reference: str  # "paper" or "average": how the white balance was found

    @property
    def key(self) -> str:
        if not self.parts:
            return ""
        if len(self.parts) == 1 or not self.pattern:
            return self.parts[0].key
        joiner = {"stripes": "with {} stripes", "spots": "with {} spots", "and": "and {}"}
        return f"{self.parts[0].key} {joiner[self.pattern].format(self.parts[1].key)}"

    def sentence(self) -> str:
        """ "Dark blue with white stripes." in the UI language."""
        if not self.parts:
            return tr("I cannot tell the colour: the picture is too dark.")
        main = self.parts[0].spoken()
        if len(self.parts) == 1 or not self.pattern:
            text = main
        else:
            other = self.parts[1].spoken()
            if self.pattern == "stripes":
                text = tr("{main} with {other} stripes", main=main, other=other)
            elif self.pattern == "spots":
                text = tr("{main} with {other} spots", main=main, other=other)
            else:
                text = tr("{main} and {other}", main=main, other=other)
        text = text[:1].upper() + text[1:] if current_language() == "en" else text
        return text + "."


# White balance ---------------------------------------------------------------------------
def _linear(image: np.ndarray) -> np.ndarray:
    values = image.astype(np.float32) / 255.0
    return np.where(values <= 0.04045, values / 12.92, ((values + 0.055) / 1.055) ** 2.4)


def _srgb(linear: np.ndarray) -> np.ndarray:
    values = np.clip(linear, 0, 1)
    encoded = np.where(values <= 0.0031308, values * 12.92, 1.055 * values ** (1 / 2.4) - 0.055)
    return np.clip(encoded * 255 + 0.5, 0, 255).astype(np.uint8)


def _border_mask(height: int, width: int) -> np.ndarray:
    mask = np.ones((height, width), bool)
    y0, y1 = int(height * 0.3), int(height * 0.7)
    x0, x1 = int(width * 0.3), int(width * 0.7)
    mask[y0:y1, x0:x1] = False
    return mask


def white_reference(linear: np.ndarray) -> tuple[np.ndarray, str]:
    """The lamp's colour in linear BGR (scaled so paper maps to white), and where it came from."""
    height, width = linear.shape[:2]
    border = linear[_border_mask(height, width)]
    luminance = border @ np.array([0.0722, 0.7152, 0.2126], np.float32)
    usable = luminance < 0.97  # clipped pixels lost their colour
    if usable.sum() > 100:
        cut = np.quantile(luminance[usable], 0.9)
        bright = border[usable & (luminance >= cut)]
        mean = bright.mean(axis=0)
        spread = bright.std(axis=0) / np.maximum(mean, 1e-6)
        ratio = mean.max() / max(float(mean.min()), 1e-6)
        # Paper: bright (not a dark room), even (one surface), and a lamp's tint, not a
        # saturated colour (a red cloth's brightest tenth is still red).
        if cut > 0.12 and float(spread.max()) < 0.25 and ratio < 4.0:
            return mean / 0.85, "paper"  # paper is about 85 % reflective
    mean = linear.reshape(-1, 3).mean(axis=0)
    grey = float(mean.mean())
    gains = np.clip(grey / np.maximum(mean, 1e-6), 1 / MAX_GAIN, MAX_GAIN)
    return grey / gains / max(grey, 1e-6), "average"


def balanced(image: np.ndarray) -> tuple[np.ndarray, str]:
    """The picture with the lamp's tint removed (BGR uint8), and the reference used."""
    linear = _linear(image)
    white, reference = white_reference(linear)
    corrected = linear / np.maximum(white, 1e-6)[None, None, :]
    return _srgb(corrected), reference


# Naming ----------------------------------------------------------------------------------
def name_lab(lightness: float, a: float, b: float) -> tuple[str, str]:
    """(base, shade) for one colour in CIE Lab (L 0–100)."""
    chroma = float(np.hypot(a, b))
    hue = float(np.degrees(np.arctan2(b, a)) % 360)
    if chroma < 12 or (chroma < 18 and lightness > 85):
        if lightness < 22:
            return "black", ""
        if lightness < 42:
            return "dark grey", ""
        if lightness < 68:
            return "grey", ""
        if lightness < 86:
            return "light grey", ""
        return "white", ""
    if lightness < 14:
        return "black", ""
    if 20 <= hue < 100 and lightness > 72 and chroma < 30:
        return "beige", ""
    if hue < 20 or hue >= 345 or 20 <= hue < 48:
        if lightness > 65:
            return "pink", ""
        if 20 <= hue < 48 and lightness < 45 and chroma < 45:
            return "brown", ""
        return "red", "dark" if lightness < 36 else ""
    if hue < 72:
        return ("brown", "") if lightness < 55 else ("orange", "")
    if hue < 105:
        if lightness < 55:
            return ("brown", "") if hue < 88 else ("olive", "")
        return "yellow", ""
    if hue < 170:
        base = "green"
    elif hue < 225:
        base = "turquoise"
    elif hue < 315:
        base = "blue"
    elif lightness < 62:
        base = "purple"
    else:
        return "pink", ""
    if lightness < _DARK_BELOW[base]:
        return base, "dark"
    if lightness > 72:
        return base, "light"
    return base, ""


def _lab(bgr: np.ndarray) -> np.ndarray:
    """CIE Lab with L in 0–100 and a, b around 0 (float32, from 8-bit BGR)."""
    lab = cv2.cvtColor(bgr.reshape(-1, 1, 3), cv2.COLOR_BGR2LAB).reshape(-1, 3).astype(np.float32)
    return np.column_stack([lab[:, 0] * 100 / 255, lab[:, 1] - 128, lab[:, 2] - 128])


def _clusters(lab: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Up to three Lab centres and each sample's label, similar centres merged."""
    k = 3
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 0.5)
    cv2.setRNGSeed(7)
    _, labels, centres = cv2.kmeans(
        lab,
        k,
        None,
        criteria,
        3,
        cv2.KMEANS_PP_CENTERS,  # type: ignore[call-overload, unused-ignore]
    )
    labels = labels.ravel()
    merged = True
    while merged and len(centres) > 1:
        merged = False
        for i in range(len(centres)):
            for j in range(i + 1, len(centres)):
                if np.linalg.norm(centres[i] - centres[j]) < MERGE_DISTANCE:
                    labels[labels == j] = i
                    labels[labels > j] -= 1
                    centres[i] = lab[labels == i].mean(axis=0)
                    centres = np.delete(centres, j, axis=0)
                    merged = True
                    break
            if merged:
                break
    return centres, labels


def _pattern(mask: np.ndarray) -> str:
    """ "stripes", "spots" or "and" for where the second colour lies in the middle.

    Stripes: crossing the middle one way meets the colour again and again (two bands or
    more), and crossing it the other way hardly changes. Spots: many separate small blobs.
    """
    cleaned = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    down = np.abs(np.diff(cleaned.astype(np.int8), axis=0)).sum(axis=0)
    across = np.abs(np.diff(cleaned.astype(np.int8), axis=1)).sum(axis=1)
    many, few = sorted((float(np.median(down)), float(np.median(across))), reverse=True)
    if many >= 4 and few <= 2:
        return "stripes"
    _, _, stats, _ = cv2.connectedComponentsWithStats(cleaned, connectivity=8)
    areas = stats[1:, cv2.CC_STAT_AREA]
    if int((areas >= 4).sum()) >= 5:
        return "spots"
    return "and"


def describe_colours(image: np.ndarray) -> ColourReport:
    """The colours in the middle of a BGR picture, after removing the lamp's tint."""
    scale = 640 / max(image.shape[:2])
    if scale < 1:  # colour needs no detail: a small copy is as good and far quicker
        image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    corrected, reference = balanced(image)
    height, width = corrected.shape[:2]
    y0, x0 = int(height * (1 - CENTRE) / 2), int(width * (1 - CENTRE) / 2)
    middle = corrected[y0 : height - y0, x0 : width - x0]
    step = max(1, int(np.sqrt(middle.shape[0] * middle.shape[1] / 6000)))
    small = np.ascontiguousarray(middle[::step, ::step])
    small = cv2.medianBlur(small, 3)
    lab = _lab(small)
    if float(np.median(_lab(middle[::step, ::step])[:, 0])) < 4:
        return ColourReport((), "", reference)
    centres, labels = _clusters(lab)
    shares = np.bincount(labels, minlength=len(centres)) / labels.size
    # Largest first; neighbouring shades with the same name are one colour to a listener.
    named: dict[str, tuple[ColourPart, list[int]]] = {}
    for index in np.argsort(-shares):
        base, shade = name_lab(*centres[index])
        lab_centre = (float(centres[index][0]), float(centres[index][1]), float(centres[index][2]))
        part = ColourPart(base, shade, float(shares[index]), lab_centre)
        if part.key in named:
            first, clusters = named[part.key]
            named[part.key] = (
                ColourPart(base, first.shade, first.share + part.share, first.lab),
                [*clusters, int(index)],
            )
        else:
            named[part.key] = (part, [int(index)])
    ranked = sorted(named.values(), key=lambda entry: -entry[0].share)
    kept = [ranked[0], *[entry for entry in ranked[1:] if entry[0].share >= MIN_SHARE][:1]]
    pattern = ""
    if len(kept) == 2:
        pattern = _pattern(np.isin(labels, kept[1][1]).reshape(small.shape[:2]))
    shares_said = [(entry[0].key, round(entry[0].share, 2)) for entry in ranked]
    log.debug("Colours %s (%s white)", shares_said, reference)
    return ColourReport(tuple(entry[0] for entry in kept), pattern, reference)
