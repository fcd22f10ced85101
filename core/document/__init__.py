"""Document imaging: from a camera frame to a flat, upright, evenly lit page and its layout.

A document camera does not deliver a scan. These stages turn a frame into what Tesseract
reads best, and say where the text blocks are and in which order a person reads them:

- `page`: find the sheet on the desk and flatten its perspective;
- `lighting`: even out shadows and uneven light, keeping coloured ink dark;
- `textsize`: measure the text and choose the scale Tesseract reads best;
- `skew`: straighten small tilts and find sideways pages;
- `dewarp`: straighten the curved lines of a curled book page;
- `layout`: text blocks, columns, pictures left out, reading order as data;
- `prepare`: all of it in order, as one `PreparedPage`.

Only OpenCV and numpy are used, so the stage is engine-agnostic; OCR happens elsewhere.
"""

from core.document.layout import Region, find_regions
from core.document.prepare import PreparedPage, prepare_page

__all__ = ["PreparedPage", "Region", "find_regions", "prepare_page"]
