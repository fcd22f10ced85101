"""Teaching, recognising and forgetting objects: the real ORB engine on pictures written to
files and read back through the file source, the store, and `bitna objects …`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import cv2
import numpy as np
import pytest

from benchmarks import object_scenes as scenes
from core.objects.engine import MATCH_THRESHOLD, ObjectEngine, create_engine
from core.objects.fakes import NullFeatures
from core.objects.model import ObjectsStoreError
from core.objects.store import ObjectsStore
from core.plumbing.imageio import load_image
from tests.core.objects.conftest import bitna, through_file_source


@pytest.fixture(scope="module")
def pictures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two packages and a note on one table: teaching views, other views, strangers."""
    folder = tmp_path_factory.mktemp("objects")
    rng = np.random.default_rng(3)
    table = scenes.table(rng)
    tea = scenes.package(21, with_barcode=True)
    soap, stranger = scenes.package(22), scenes.package(23)
    front, back = scenes.banknote(5, 0), scenes.banknote(5, 1)
    frames = {
        "tea-teach": scenes.scene(tea, rng, background=table),
        "tea-turned": scenes.scene(
            tea, rng, scale=1.6, rotation=140, tilt=30, blur=1.0, light=0.7, background=table
        ),
        "tea-small": scenes.scene(tea, rng, scale=0.6, rotation=-40, tilt=20, background=table),
        "soap-teach": scenes.scene(soap, rng, background=table),
        "soap-other": scenes.scene(soap, rng, scale=1.3, rotation=75, tilt=25, background=table),
        "stranger": scenes.scene(stranger, rng, scale=1.2, rotation=20, tilt=15, background=table),
        "table": table,
        "note-front": scenes.scene(front, rng, scale=1.2, background=table),
        "note-back": scenes.scene(back, rng, scale=1.2, background=table),
        "note-back-turned": scenes.scene(
            back, rng, scale=1.0, rotation=170, tilt=25, background=table
        ),
    }
    paths = {}
    for name, frame in frames.items():
        paths[name] = folder / f"{name}.png"
        cv2.imwrite(str(paths[name]), frame)
    return paths


def frame(pictures: dict[str, Path], name: str, tmp_path: Path) -> np.ndarray:
    return through_file_source(load_image(pictures[name]), tmp_path / f"{name}-copy.png")


def test_teach_recognise_and_refuse_to_guess(pictures, tmp_path) -> None:
    engine = create_engine()
    store = ObjectsStore.open(tmp_path / "objects.db")
    store.add("Green tea", [engine.view(frame(pictures, "tea-teach", tmp_path))], engine.model_id)
    store.add("Soap", [engine.view(frame(pictures, "soap-teach", tmp_path))], engine.model_id)
    known = store.known(engine.model_id)
    for name, expected in (
        ("tea-turned", "Green tea"),
        ("tea-small", "Green tea"),
        ("soap-other", "Soap"),
    ):
        seen = engine.identify(frame(pictures, name, tmp_path), known)
        assert [r.name for r in seen][:1] == [expected], name
        assert seen[0].inliers >= MATCH_THRESHOLD
    # An untaught package on the same table, and the bare table, get no name at all.
    assert engine.identify(frame(pictures, "stranger", tmp_path), known) == []
    assert engine.identify(frame(pictures, "table", tmp_path), known) == []


def test_banknote_taught_from_both_sides_is_named_from_either(pictures, tmp_path) -> None:
    engine = create_engine()
    store = ObjectsStore.open(tmp_path / "objects.db")
    views = [engine.view(frame(pictures, side, tmp_path)) for side in ("note-front", "note-back")]
    store.add("Five", views, engine.model_id)
    store.add("Soap", [engine.view(frame(pictures, "soap-teach", tmp_path))], engine.model_id)
    seen = engine.identify(
        frame(pictures, "note-back-turned", tmp_path), store.known(engine.model_id)
    )
    assert [r.name for r in seen] == ["Five"]


def test_real_photos_are_not_named(pictures, tmp_path, shared_data: Path) -> None:
    engine = create_engine()
    store = ObjectsStore.open(tmp_path / "objects.db")
    store.add("Green tea", [engine.view(frame(pictures, "tea-teach", tmp_path))], engine.model_id)
    known = store.known(engine.model_id)
    photos = sorted((shared_data / "faces" / "no_faces").glob("*"))
    photos += sorted((shared_data / "documents" / "scans").glob("*.tif"))[:2]
    assert photos
    for photo in photos:
        assert engine.identify(load_image(photo), known) == [], photo.name


def test_a_plain_surface_cannot_be_taught(tmp_path) -> None:
    plain = np.full((720, 1280, 3), 180, np.uint8)
    with pytest.raises(ObjectsStoreError, match="enough detail"):
        create_engine().view(plain)
    with pytest.raises(ObjectsStoreError):
        ObjectEngine(NullFeatures()).view(plain)


def test_store_rename_forget_export_import(tmp_path, pictures) -> None:
    engine = create_engine()
    store = ObjectsStore.open(tmp_path / "objects.db")
    view = engine.view(frame(pictures, "tea-teach", tmp_path))
    store.add("Green  tea ", [view], engine.model_id, codes=["8801234567893"])
    store.add("green tea", [view], engine.model_id)  # same name: one object, two views
    assert [(o.name, o.views) for o in store.objects()] == [("Green tea", 2)]
    assert store.code_names() == {"8801234567893": "Green tea"}
    known = store.known(engine.model_id)
    assert np.array_equal(known.views[0].descriptors, view.descriptors)
    assert np.allclose(known.views[0].points, view.points)
    store.add("Soap", [view], engine.model_id)
    with pytest.raises(ObjectsStoreError, match="already knows"):
        store.rename("Soap", "GREEN TEA")
    store.rename("Green tea", "Barley tea")
    assert store.code_names() == {"8801234567893": "Barley tea"}
    exported = tmp_path / "objects.json"
    assert store.export_json(exported) == 2
    assert json.loads(exported.read_text())["format"] == "bitna-objects"
    assert store.forget("barley TEA")
    assert not store.forget("Barley tea")
    assert store.code_names() == {}  # forgetting an object forgets its barcode names
    assert store.known(engine.model_id).names == ["Soap"]
    assert store.forget_all() == 1 and store.objects() == []
    other = ObjectsStore.open(tmp_path / "other.db")
    assert other.import_json(exported) == 2
    assert [(o.name, o.views) for o in other.objects()] == [("Barley tea", 2), ("Soap", 1)]
    assert other.code_names() == {"8801234567893": "Barley tea"}
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "bitna-objects", "objects": [{"name": "x", "views": [1]}]}')
    with pytest.raises(ObjectsStoreError, match="not a list of objects"):
        other.import_json(bad)
    assert len(other.objects()) == 2  # nothing half-imported


def test_damaged_store_is_set_aside(tmp_path) -> None:
    path = tmp_path / "objects.db"
    path.write_bytes(b"this is not a database" * 100)
    store = ObjectsStore.open(path)
    assert store.notice and "damaged" in store.notice
    assert store.backup is not None and store.backup.exists()
    assert store.objects() == []
    assert sqlite3.connect(path).execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_command_line_teach_what_forget(pictures, capsys) -> None:
    assert bitna("objects", "teach", "Green tea", str(pictures["tea-teach"])) == 0
    assert "Remembered Green tea" in capsys.readouterr().out
    assert bitna("objects", "what", str(pictures["tea-turned"])) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split("\t")[0] == "Green tea"
    assert int(out[0].split("\t")[1]) >= MATCH_THRESHOLD
    assert out[-1].startswith("Green tea")
    assert bitna("objects", "what", str(pictures["stranger"])) == 0
    assert capsys.readouterr().out.strip() == "I don't know this object."
    assert bitna("objects", "list") == 0
    assert capsys.readouterr().out.strip() == "Green tea\t1"
    assert bitna("objects", "forget", "Green tea") == 0
    assert bitna("objects", "forget", "Green tea") == 1
    assert "does not know" in capsys.readouterr().err
    assert bitna("objects", "what", str(pictures["tea-turned"])) == 0
    # Forgotten: the package's barcode is still read, but no longer named.
    said = capsys.readouterr().out.strip()
    assert "Green tea" not in said and said.startswith("Barcode 8 8 0")


def test_command_line_reports_a_missing_image(tmp_path, capsys) -> None:
    assert bitna("objects", "teach", "X", str(tmp_path / "nothing.png")) == 1
    assert "nothing.png" in capsys.readouterr().err
