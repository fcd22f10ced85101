"""WCAG 2.2 AAA, computed from each theme's own colours."""

from __future__ import annotations

import pytest

from core.themes import THEMES, contrast_ratio


def test_known_ratios() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_text_is_at_least_7_to_1(theme) -> None:
    assert contrast_ratio(theme.foreground, theme.background) >= 7
    assert contrast_ratio(theme.highlight_foreground, theme.highlight_background) >= 7
    assert contrast_ratio(theme.error_foreground, theme.background) >= 7


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_focus_ring_stands_out_3_to_1(theme) -> None:
    # The ring is drawn where a control's border was, between the window and the control,
    # both of which are the theme's background.
    assert contrast_ratio(theme.focus, theme.background) >= 3
