"""`bitna faces …` through its own parser and run(), with the real engine and a data folder."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from core.faces import cli


def bitna_faces(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="bitna")
    cli.add_parsers(parser.add_subparsers(dest="command"))
    return cli.run(parser.parse_args(["faces", *argv]))


def test_enroll_who_list_forget(shared_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = shared_data / "faces" / "people"
    assert (
        bitna_faces(
            "enroll",
            "Kit",
            str(people / "kit_harington_john1.jpeg"),
            str(people / "kit_harington_john2.jpeg"),
        )
        == 0
    )
    assert bitna_faces("enroll", "Rose", str(people / "rose_leslie_img1.jpg")) == 0
    capsys.readouterr()
    assert bitna_faces("who", str(people / "kit_with_rose.jpg")) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [
        ["Rose", "on the left"],
        ["Kit", "in the centre"],
    ]
    x, y, w, h = map(int, lines[0].split("\t")[3].split(","))
    assert 0 <= x < 250 and w > 20 and h > 20
    assert bitna_faces("list") == 0
    assert capsys.readouterr().out.splitlines() == ["Kit\t2", "Rose\t1"]
    assert bitna_faces("forget", "kit") == 0
    assert bitna_faces("forget", "kit") == 1
    assert "does not know anyone called kit" in capsys.readouterr().err
    assert bitna_faces("who", str(people / "kit_with_rose.jpg")) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == [
        "Rose",
        "unknown",
    ]


def test_enroll_refuses_photos_without_exactly_one_face(
    shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    faces = shared_data / "faces"
    assert (
        bitna_faces(
            "enroll",
            "Nobody",
            str(faces / "no_faces" / "coffee.png"),
            str(faces / "people" / "kit_with_rose.jpg"),
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "No face found" in err and "shows 2 faces" in err and "nothing was remembered" in err
    assert bitna_faces("list") == 0
    assert capsys.readouterr().out == ""


def test_export_import_and_damaged_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from core.faces.store import PeopleStore, default_path

    PeopleStore.open().add("Ann", [__import__("numpy").ones(128)], "m")
    assert bitna_faces("export", str(tmp_path / "p.json")) == 0
    default_path().write_bytes(b"garbage" * 100)
    assert bitna_faces("list") == 0
    captured = capsys.readouterr()
    assert "damaged" in captured.err and "Ann" not in captured.out
    assert bitna_faces("import", str(tmp_path / "p.json")) == 0
    assert bitna_faces("list") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Ann\t1"
