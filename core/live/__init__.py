"""Live text: speak the text of whatever is held under the camera as it comes into view.

- `model`: a line seen in a frame (`SeenLine`) and what was said (`Heard`);
- `regions`: where a frame's text lies, found cheaply, and its lines read by Tesseract;
- `motion`: how the view moved between two frames, and whether anything new is in it;
- `tracks`: each line followed from read to read by place and content, said once per
  appearance;
- `label`: a bottle's or tin's label turned under the camera, unwrapped and joined;
- `dates`: expiry dates ("best before", "유통기한") found and said on their own;
- `engine`: the mode itself, fed frame by frame (no threads of its own but one reader);
- `loop`: the thread that feeds it the camera's newest frames.
"""
