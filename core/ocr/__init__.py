"""Optical character recognition: the result model, the engine contract and its engines.

The Tesseract engine lives in `core.ocr.tesseract` and is imported from there, so merely
importing the model does not load pytesseract.
"""

from core.ocr.base import EngineInfo, OcrEngine
from core.ocr.model import Block, Box, Line, PageText, Word, page_from_text

__all__ = ["Block", "Box", "EngineInfo", "Line", "OcrEngine", "PageText", "Word", "page_from_text"]
