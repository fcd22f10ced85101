from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from core.settings import SCHEMA_VERSION, Settings, load_settings, save_settings, settings_file


def test_defaults_when_nothing_saved(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.json") == Settings()


def test_round_trip_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(camera="demo:ko", speech_rate=220, theme="black-on-white")
    save_settings(settings, path)
    assert load_settings(path) == settings
    assert json.loads(path.read_text())["version"] == SCHEMA_VERSION
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_bad_values_fall_back_to_defaults_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "theme": "pink",
                "speech_rate": 9999,
                "camera": 3,
                "reading_font_size": 40,
                "unknown": True,
            }
        )
    )
    settings = load_settings(path)
    assert settings.theme == Settings().theme
    assert settings.speech_rate == Settings().speech_rate
    assert settings.camera == "auto"
    assert settings.reading_font_size == 40


def test_damaged_file_gives_defaults_and_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ not json")
    assert load_settings(path) == Settings()
    assert (tmp_path / "settings.json.damaged").read_text() == "{ not json"


def test_default_location_follows_data_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BITNA_DATA_DIR", str(tmp_path))
    assert settings_file() == tmp_path / "settings.json"


def test_leftovers_of_a_killed_write_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    old = tmp_path / ".settings.json.abc123"
    fresh = tmp_path / ".settings.json.def456"
    old.write_text("half")
    fresh.write_text("being written")
    os.utime(old, (0, 0))
    save_settings(Settings(), path)
    assert not old.exists() and fresh.exists()
