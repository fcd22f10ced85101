"""Visual words: a frame keypoint finds its stored twin through its words, the distances
it reports are true Hamming distances, and the words are the same on every build."""

from __future__ import annotations

import numpy as np
import pytest

from core.objects import vocabulary
from core.objects.vocabulary import Vocabulary


def _hamming(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.unpackbits(a[:, None, :] ^ b[None, :, :], axis=2).sum(axis=2)


def _store(views: int, rows: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    descriptors = rng.integers(0, 256, (views * rows, 32), dtype=np.uint8)
    view_of = np.repeat(np.arange(views, dtype=np.int32), rows)
    return descriptors, view_of, view_of // 2  # two views an object


def test_a_keypoint_seen_again_finds_its_stored_twin() -> None:
    descriptors, view_of, object_of = _store(views=60, rows=100, seed=1)
    words = Vocabulary(descriptors, view_of, object_of)
    rng = np.random.default_rng(2)
    # 100 keypoints of view 7 seen again with 10 of 256 bits changed.
    twins = np.flatnonzero(view_of == 7)[:100]
    query = descriptors[twins].copy()
    for row in query:
        flips = rng.choice(256, 10, replace=False)
        bits = np.unpackbits(row)
        bits[flips] ^= 1
        row[:] = np.packbits(bits)
    found = words.nearest(query)
    recovered = dict(zip(found.query.tolist(), found.row.tolist(), strict=True))
    assert sum(recovered.get(i) == twin for i, twin in enumerate(twins.tolist())) >= 90
    truth = _hamming(query[found.query], descriptors)
    assert np.array_equal(found.distance, truth[np.arange(found.query.size), found.row])
    # Searching within words can miss a nearer keypoint, never report one that is nearer.
    assert np.all(found.distance >= truth.min(axis=1))
    others = np.where(object_of[None, :] != object_of[found.row][:, None], truth, 256)
    assert np.all(found.other >= others.min(axis=1))


def test_words_are_trained_the_same_on_every_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocabulary, "WORDS", 64)
    descriptors, view_of, object_of = _store(views=50, rows=40, seed=3)
    first = Vocabulary(descriptors, view_of, object_of)
    again = Vocabulary(descriptors, view_of, object_of)
    assert first.count == 64
    assert np.array_equal(first.words, again.words)
    # Every stored keypoint is filed under the word nearest to it.
    nearest = _hamming(descriptors, first.words).min(axis=1)
    own = _hamming(descriptors, first.words)[np.arange(len(descriptors)), first.word_of]
    assert np.array_equal(own, nearest)


def test_the_shortlist_holds_the_views_sharing_the_frames_words() -> None:
    descriptors, view_of, object_of = _store(views=80, rows=60, seed=4)
    words = Vocabulary(descriptors, view_of, object_of)
    chosen = words.shortlist(words.word_of[view_of == 33].astype(np.int64))
    assert 33 in chosen.tolist()
    assert chosen.size == vocabulary.SHORTLIST
