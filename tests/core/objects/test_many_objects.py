"""Many taught objects: past SHORTLIST_VIEWS views a vocabulary shortlist picks which views
are matched; the taught objects are still named and strangers still not."""

from __future__ import annotations

import numpy as np

from benchmarks import object_scenes as scenes
from core.objects import features
from core.objects.engine import ObjectEngine
from core.objects.features import OrbFeatures
from core.objects.model import KnownViews


def test_objects_among_many_are_named_through_the_shortlist() -> None:
    rng = np.random.default_rng(5)
    table = scenes.table(rng)
    engine = ObjectEngine(OrbFeatures())
    known = KnownViews(version="many")
    designs = {
        f"package {i}": scenes.package(1000 + i) for i in range(features.SHORTLIST_VIEWS + 12)
    }
    for name, design in designs.items():
        frame = scenes.scene(design, rng, scale=1.0, tilt=5.0, background=table)
        known.views.append(engine.view(frame))
        known.names.append(name)
    index = engine.features._prepare(known)  # type: ignore[attr-defined]
    assert index.vocabulary is not None and index.matcher is None  # the words path
    for name in ("package 0", "package 30", f"package {len(designs) - 1}"):
        view = scenes.scene(
            designs[name], rng, scale=0.8, rotation=40.0, tilt=20.0, background=table
        )
        seen = engine.identify(view, known)
        assert seen and seen[0].name == name
    stranger = scenes.scene(scenes.package(9000), rng, scale=1.0, tilt=10.0, background=table)
    assert engine.identify(stranger, known) == []
