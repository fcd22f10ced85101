"""Document imaging: from a camera frame to a flat, upright, evenly lit page and its layout.

A document camera does not deliver a scan. These stages turn a frame into what the
recognisers read best, say where the text blocks are and in which order a person reads
them, and cut and order the pieces the recognisers are given and give back:

- `page`: find the sheet on the desk and flatten its perspective;
- `lighting`: even out shadows and uneven light, keeping coloured ink dark;
- `textsize`: measure the text and choose the scale Tesseract reads best;
- `skew`: straighten small tilts and find sideways pages;
- `dewarp`: straighten the curved lines of a curled book page;
- `layout`: text blocks, columns, pictures left out, reading order as data;
- `prepare`: all of it in order, as one `PreparedPage` (and the quick first look at a
  frame, the `Glance`);
- `head`: the page's first lines, cut out so they are read (and spoken) first;
- `fast_head`: the same lines found on the glance and cut straight out of the frame,
  before the whole page is prepared;
- `sheet`: pieces of a page stacked on one sheet, so one Tesseract run reads them all,
  and the lines read given back to their pieces;
- `arrange`: lines found one by one (by the photo engine) put in reading order.

Only OpenCV and numpy are used, besides the page model of `core.text.model`, so these
stages are engine-agnostic; OCR happens elsewhere.
"""

from core.document.layout import Region, find_regions
from core.document.prepare import PreparedPage, prepare_page

__all__ = ["PreparedPage", "Region", "find_regions", "prepare_page"]
