"""The video magnifier: live zoom, pan, rotation and high-contrast colour modes.

Pure NumPy and OpenCV, no Qt: `Magnifier` holds the view state, `Renderer` turns a camera
frame into a screen picture, `RenderLoop` does that on its own thread for the live view.
"""

from core.magnifier.control import Magnifier
from core.magnifier.loop import Rendered, RenderLoop
from core.magnifier.modes import COLOUR_MODES, ColourMode, Kind, mode_for
from core.magnifier.render import Renderer
from core.magnifier.state import ViewState

__all__ = [
    "COLOUR_MODES",
    "ColourMode",
    "Kind",
    "Magnifier",
    "RenderLoop",
    "Rendered",
    "Renderer",
    "ViewState",
    "mode_for",
]
