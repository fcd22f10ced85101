"""Optical character recognition: the engine contract and its engines.

Engines return the page model of `core.text.model`. Tesseract (`core.ocr.tesseract`) reads
every page; PP-OCR (`core.ocr.ppocr`) reads photographed Latin text. Each is imported
from its own module, so importing the contract loads neither library.
"""

from core.ocr.base import EngineInfo, OcrEngine

__all__ = ["EngineInfo", "OcrEngine"]
