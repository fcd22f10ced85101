"""Recognised text as data: the page model every engine returns and every reader uses
(`model`), which script a text is in (`script`), and how close a reading is to the truth
(`metrics`, for tests and benchmarks)."""
