"""Visual words: a frame matched against a thousand taught objects in the time of ten.

Comparing a frame's keypoints with every stored one gets slower with every object taught.
Instead, as DBoW does for binary features: words are trained on the stored keypoints
(k-majority, the k-means of bit strings), every stored keypoint is filed under its nearest
word and every frame keypoint under its QUERY_WORDS nearest. The views sharing the most
rare words with the frame make a shortlist, and a frame keypoint is compared only with the
shortlisted keypoints filed under its words. The cost then follows the shortlist, not the
number of objects (benchmarks/README.md#objects-scale).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import cv2
import numpy as np

log = logging.getLogger(__name__)

WORDS = 2048
TRAINING_SAMPLE = 100_000
"""Stored keypoints the words are trained on (all of them when there are fewer)."""
TRAINING_ROUNDS = 4
QUERY_WORDS = 3
"""Words a frame keypoint is filed under: one loses the matches that fell across a word's
border, three keep most of them."""
SHORTLIST = 40
"""Views whose keypoints are compared with the frame's."""
_SEED = 0


@dataclass(frozen=True)
class Nearest:
    """For each frame keypoint that has one: its nearest stored keypoint, how far (bits)
    that is, and how far the nearest keypoint of any *other* object is (256 when none)."""

    query: np.ndarray
    row: np.ndarray
    distance: np.ndarray
    other: np.ndarray


def _nearest_words(descriptors: np.ndarray, words: np.ndarray, k: int) -> np.ndarray:
    """The `k` nearest words of every descriptor, shape (rows, k)."""
    matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
    found = np.zeros((descriptors.shape[0], k), np.int64)
    for neighbours in matcher.knnMatch(descriptors, words, k=k):
        for rank, match in enumerate(neighbours):
            found[match.queryIdx, rank] = match.trainIdx
    return found


def _train(descriptors: np.ndarray, words: int) -> np.ndarray:
    """k-majority: each word becomes the bitwise majority of the keypoints nearest to it."""
    rng = np.random.default_rng(_SEED)
    sample = descriptors[
        rng.choice(descriptors.shape[0], min(TRAINING_SAMPLE, descriptors.shape[0]), False)
    ]
    centres = np.ascontiguousarray(sample[rng.choice(sample.shape[0], words, False)])
    bits = np.unpackbits(sample, axis=1)
    for _ in range(TRAINING_ROUNDS):
        label = _nearest_words(sample, centres, 1)[:, 0]
        order = np.argsort(label, kind="stable")
        counts = np.bincount(label, minlength=words)
        filled = np.flatnonzero(counts)
        sums = np.add.reduceat(bits[order], np.searchsorted(label[order], filled), axis=0)
        majority = np.packbits((2 * sums > counts[filled, None]).astype(np.uint8), axis=1)
        centres[filled] = majority  # a word nothing chose keeps its centre
    return centres


def _spans(starts: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each key, the positions starts[key]..starts[key+1]; and each position's key's
    index, so that a list of keys expands to the rows filed under them."""
    lengths = starts[keys + 1] - starts[keys]
    offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.repeat(starts[keys], lengths) + offsets, np.repeat(np.arange(keys.size), lengths)


class Vocabulary:
    """The words of one list of taught views, and each stored keypoint's word."""

    def __init__(self, descriptors: np.ndarray, view_of: np.ndarray, object_of: np.ndarray) -> None:
        self.descriptors = descriptors.view(np.uint64)  # 256 bits as four words, for XOR
        self.view_of = view_of
        self.object_of = object_of
        self.views = int(view_of.max()) + 1
        self.starts = np.searchsorted(view_of, np.arange(self.views + 1))
        self.words = _train(descriptors, min(WORDS, descriptors.shape[0]))
        self.count = self.words.shape[0]
        # 16-bit, so that sorting a frame's rows by word is a radix sort.
        self.word_of = _nearest_words(descriptors, self.words, 1)[:, 0].astype(np.int16)
        # Which views hold each word, and how rare it is (inverse document frequency).
        held = np.unique(self.word_of.astype(np.int64) * self.views + view_of)
        self.holder_starts = np.searchsorted(held // self.views, np.arange(self.count + 1))
        self.holders = held % self.views
        self.weight = np.log(self.views / np.maximum(np.diff(self.holder_starts), 1))
        self.view_sizes = np.sqrt(np.maximum(np.diff(self.starts), 1)).astype(np.float64)
        log.info("%d words trained over %d keypoints", self.count, descriptors.shape[0])

    def shortlist(self, words: np.ndarray) -> np.ndarray:
        """The SHORTLIST views sharing the most (weighted) words with the frame, sorted."""
        words = np.unique(words)
        rows, which = _spans(self.holder_starts, words)
        votes = np.bincount(
            self.holders[rows], weights=self.weight[words][which], minlength=self.views
        )
        if self.views <= SHORTLIST:
            return np.arange(self.views)
        return np.sort(np.argpartition(-votes / self.view_sizes, SHORTLIST)[:SHORTLIST])

    def nearest(self, descriptors: np.ndarray) -> Nearest:
        """The nearest shortlisted keypoint of every frame keypoint, within its words."""
        words = _nearest_words(descriptors, self.words, min(QUERY_WORDS, self.count))
        views = self.shortlist(words[:, 0])
        # The shortlisted rows, sorted by word, with where each word's rows start.
        rows, _ = _spans(self.starts, views)
        rows = rows[np.argsort(self.word_of[rows], kind="stable")]
        word_starts = np.searchsorted(self.word_of[rows], np.arange(self.count + 1))
        positions, pair = _spans(word_starts, words.ravel())
        query = pair // words.shape[1]  # pairs come grouped by frame keypoint
        stored = rows[positions]
        if not stored.size:
            empty = np.zeros(0, np.int64)
            return Nearest(empty, empty, empty, empty)
        own = np.ascontiguousarray(descriptors).view(np.uint64)
        # np.take and four column sums: several times faster than indexing and .sum(axis=1).
        bits = np.bitwise_count(
            np.take(own, query, axis=0) ^ np.take(self.descriptors, stored, axis=0)
        )
        distance = bits[:, 0].astype(np.int64) + bits[:, 1] + bits[:, 2] + bits[:, 3]
        first = np.flatnonzero(np.r_[True, query[1:] != query[:-1]])
        best = np.minimum.reduceat((distance << 40) | stored, first)
        row = best & ((1 << 40) - 1)
        group = np.diff(np.r_[first, query.size])
        others = self.object_of[stored] != np.repeat(self.object_of[row], group)
        other = np.minimum.reduceat(np.where(others, distance, 256), first)
        return Nearest(query[first], row, best >> 40, other)
