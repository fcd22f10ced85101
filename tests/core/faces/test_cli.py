"""`bitna faces …` through its own parser and run(), with the real engine and a data folder."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
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

    PeopleStore.open().add("Ann", [np.ones(128)], "m")
    secret = tmp_path / "passphrase.txt"
    secret.write_text("a long passphrase\n", encoding="utf-8")
    assert bitna_faces("export", str(tmp_path / "p.json"), "--passphrase-file", str(secret)) == 0
    assert "Saved 1 people to" in capsys.readouterr().out
    default_path().write_bytes(b"garbage" * 100)
    assert bitna_faces("list") == 0
    captured = capsys.readouterr()
    assert "damaged" in captured.err and "Ann" not in captured.out
    assert bitna_faces("import", str(tmp_path / "p.json"), "--passphrase-file", str(secret)) == 0
    assert "not encrypted" not in capsys.readouterr().out
    assert bitna_faces("list") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Ann\t1"


def test_a_wrong_passphrase_file_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.faces.store import PeopleStore

    PeopleStore.open().add("Ann", [np.ones(128)], "m")
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text("a long passphrase", encoding="utf-8")
    wrong.write_text("another passphrase", encoding="utf-8")
    assert bitna_faces("export", str(tmp_path / "p.json"), "--passphrase-file", str(right)) == 0
    PeopleStore.open().forget("Ann")
    capsys.readouterr()
    assert bitna_faces("import", str(tmp_path / "p.json"), "--passphrase-file", str(wrong)) == 1
    assert "The passphrase does not open this file" in capsys.readouterr().err
    assert PeopleStore.open().people() == []


def test_without_a_passphrase_file_or_a_terminal_export_stops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert bitna_faces("export", str(tmp_path / "p.json")) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    assert not (tmp_path / "p.json").exists()


def test_at_a_terminal_the_passphrase_is_asked_twice_for_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.faces.store import PeopleStore

    PeopleStore.open().add("Ann", [np.ones(128)], "m")
    answers: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": answers.pop(0))
    answers[:] = ["a long passphrase", "a long passphrasE"]
    assert bitna_faces("export", str(tmp_path / "p.json")) == 1
    assert "not the same" in capsys.readouterr().err
    assert not (tmp_path / "p.json").exists()
    answers[:] = ["a long passphrase", "a long passphrase"]
    assert bitna_faces("export", str(tmp_path / "p.json")) == 0
    PeopleStore.open().forget_all()
    answers[:] = ["a long passphrase"]  # once for import
    assert bitna_faces("import", str(tmp_path / "p.json")) == 0
    assert answers == []
    assert [person.name for person in PeopleStore.open().people()] == ["Ann"]


def test_a_plain_list_from_before_encryption_imports_with_a_note(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # no passphrase is needed
    plain = Path(__file__).parent / "data" / "people-v1-export.json"
    assert bitna_faces("import", str(plain)) == 0
    out = capsys.readouterr().out
    assert "Added 2 people from" in out
    assert "people-v1-export.json was not encrypted" in out


def test_key_says_where_the_key_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    from core.plumbing.paths import data_dir

    assert bitna_faces("key") == 0
    assert capsys.readouterr().out.strip() == (
        f"The key that encrypts the faces is kept in a key file in {data_dir()}."
    )


def test_a_lost_key_is_an_error_message_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.faces.store import PeopleStore
    from core.plumbing.paths import data_dir

    PeopleStore.open().add("Ann", [np.ones(128)], "m")
    (data_dir() / "people.key").unlink()
    secret = tmp_path / "passphrase.txt"
    secret.write_text("a long passphrase", encoding="utf-8")
    assert bitna_faces("export", str(tmp_path / "p.json"), "--passphrase-file", str(secret)) == 1
    err = capsys.readouterr().err
    assert err.startswith("bitna: The list of people cannot be unlocked")
    assert "Traceback" not in err
    assert bitna_faces("forget", "--all") == 0
    assert bitna_faces("list") == 0
