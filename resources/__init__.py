"""Data files Bitna ships: demo pages, translations, models, sounds."""
