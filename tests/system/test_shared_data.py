"""The rule for tests that need ../shared/data: skip where it is absent, fail in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import conftest


@pytest.fixture
def no_shared_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shared data looked for where there is none."""
    absent = tmp_path / "shared" / "data"
    monkeypatch.setattr(conftest, "SHARED_DATA", absent)
    return absent


@pytest.mark.parametrize("ci", ["true", "TRUE", "1"])
def test_missing_shared_data_fails_in_ci(
    no_shared_data: Path, monkeypatch: pytest.MonkeyPatch, ci: str
) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception) as failed:
        conftest.need_shared_data()
    message = str(failed.value)
    assert "shared test data is missing" in message
    assert "CI needs it" in message
    assert str(no_shared_data) in message


@pytest.mark.parametrize("ci", [None, "", "false", "0"])
def test_missing_shared_data_skips_outside_ci(
    no_shared_data: Path, monkeypatch: pytest.MonkeyPatch, ci: str | None
) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception) as skipped:
        conftest.need_shared_data()
    assert str(no_shared_data) in str(skipped.value)


@pytest.mark.parametrize("ci", [None, "true"])
def test_present_shared_data_is_given_in_and_outside_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ci: str | None
) -> None:
    present = tmp_path / "shared" / "data"
    present.mkdir(parents=True)
    monkeypatch.setattr(conftest, "SHARED_DATA", present)
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    assert conftest.need_shared_data() == present


def test_the_fixture_and_the_rule_look_in_one_place(shared_data: Path) -> None:
    """Every test reaches ../shared/data through the `shared_data` fixture."""
    assert shared_data == conftest.SHARED_DATA == conftest.ROOT.parent / "shared" / "data"
    assert (shared_data / "documents").is_dir()
