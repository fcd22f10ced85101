"""The scene watcher: movement, stillness, steadiness, and the same page told from a new one."""

from __future__ import annotations

import cv2
import numpy as np

from benchmarks.scene_videos import desk, place
from core.scene.watcher import PageSignature, SceneWatcher, shrink


def view(
    page: np.ndarray, dx: int = 0, dy: int = 0, gain: float = 1.0, seed: int = 0
) -> np.ndarray:
    frame = desk()
    place(frame, page, 200 + dx, 50 + dy)
    noise = np.random.default_rng(seed).normal(0, 2, (*frame.shape[:2], 1))
    return np.clip(frame * gain + noise, 0, 255).astype(np.uint8)


def test_a_still_view_becomes_steady_once_after_the_delay(pages: list[np.ndarray]) -> None:
    watcher = SceneWatcher(delay=0.25)
    states = [watcher.observe(view(pages[0], seed=n), n / 15) for n in range(15)]
    assert states[0].moving  # nothing to compare the first frame with
    steady_at = [n for n, state in enumerate(states) if state.became_steady]
    assert steady_at == [4]  # 4/15 s >= 0.25 s, and only once
    assert all(state.steady for state in states[4:]) and not any(s.steady for s in states[:4])


def test_a_page_pushed_slowly_is_moving_even_when_each_step_is_tiny(
    pages: list[np.ndarray],
) -> None:
    watcher = SceneWatcher(delay=0.25)
    states = [watcher.observe(view(pages[0], dx=n), n / 15) for n in range(30)]  # 1 px a frame
    assert not any(state.became_steady for state in states[1:])


def test_light_dimming_is_not_movement(pages: list[np.ndarray]) -> None:
    watcher = SceneWatcher(delay=0.25)
    gains = np.linspace(1.0, 0.55, 20)
    states = [watcher.observe(view(pages[0], gain=g, seed=n), n / 15) for n, g in enumerate(gains)]
    assert not any(state.moving for state in states[1:])


def test_sensitivity_sets_how_small_a_movement_counts(pages: list[np.ndarray]) -> None:
    first = view(pages[0])
    fingertip = first.copy()
    cv2.rectangle(fingertip, (60, 300), (120, 360), (125, 160, 210), -1)  # on the desk
    moved = {}
    for sensitivity in (1, 3, 5):
        watcher = SceneWatcher(sensitivity=sensitivity)
        watcher.observe(first, 0.0)
        moved[sensitivity] = watcher.observe(fingertip, 0.1).moving
    assert moved == {1: False, 3: False, 5: True}


def test_the_same_page_nudged_or_relit_matches_and_another_page_does_not(
    pages: list[np.ndarray],
) -> None:
    read = PageSignature.of(view(pages[0]))
    assert PageSignature.of(view(pages[0], dx=9, dy=-6, seed=3)).same_page(read)
    assert PageSignature.of(view(pages[0], gain=0.6, seed=4)).same_page(read)
    for other in pages[1:3]:  # (pages[3], testocr.png, is the same text as pages[0])
        assert not PageSignature.of(view(other)).same_page(read)
    assert not PageSignature.of(desk()).same_page(read)


def test_thumbnails_keep_the_frames_shape() -> None:
    frame = np.zeros((1080, 1920, 3), np.uint8)
    cv2.rectangle(frame, (480, 270), (1440, 810), (255, 255, 255), -1)
    thumb = shrink(frame, 160)
    assert thumb.shape == (90, 160)
    assert thumb[45, 80] == 255 and thumb[5, 5] == 0
