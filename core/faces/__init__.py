"""Who is there: find faces, say where they are, and name the people the user taught Bitna.

Only `mediapipe_detector` imports mediapipe and only `dlib_embedder` imports dlib; the rest
works on plain numpy arrays, so it is tested with the fakes and runs where those are absent.
"""
