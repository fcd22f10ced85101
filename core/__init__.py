"""Bitna's engine: frame sources, OCR, speech, commands and settings, with no Qt in sight.

Everything here runs headless, so the command line, tests and benchmarks use the same
code as the window does.
"""

__version__ = "0.1.0"
