"""The stages a recognised page goes through, each a module with one entry function that
takes the page and gives it back; `core.reading.pipeline` lists them in order."""
