"""Hands-free reading: watch the live picture, read each new page once it is steady.

- `watcher`: cheap per-frame motion and stillness on a tiny copy of each frame, and a
  signature that tells a new page from the one already read;
- `framing`: what is wrong with the view (no page, cut off, too far, dark, glare, tilted)
  and what to say about it, built on `core.document`'s page finding and measurements;
- `autocapture`: the mode that reads each new steady page exactly once;
- `book`: a reading session of pages, two-page spreads split left then right;
- `loop`: the thread that feeds the newest camera frames to auto-capture;
- `commands`: the commands of all of it.
"""
