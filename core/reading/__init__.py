"""The read path: from a captured frame to text spoken and shown.

`pipeline` recognises a frame through the stages in `stages/`; `flow` speaks the page as it
arrives and keeps the place; `sentences`, `navigation`, `reflow` and `export` turn the page
into what is said, moved through, shown and saved; `commands` names what the user can ask.
docs/architecture.md follows a frame through it.
"""
