"""The library: everything read, kept offline to be found again, read on and exported."""
