"""``entrypoints.startup.settle_heap``: what `andes serve` does once started (issue 23), and only
there: an app built in a test leaves the collector as it found it."""
from __future__ import annotations

import gc

from entrypoints.startup import GC_YOUNG_THRESHOLD, settle_heap


def test_settling_freezes_what_is_held_and_collects_the_young_generation_less_often():
    threshold = gc.get_threshold()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, *threshold[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_an_app_built_without_asking_does_not_settle(tmp_path):
    from starlette.testclient import TestClient

    from bootstrap import Settings, build_container, close_resources
    from entrypoints.http_app import create_app

    container = build_container(Settings(store="sqlite", vector_store="memory", embeddings="hashing",
                                         llm_provider="offline", data_dir=str(tmp_path)))
    threshold = gc.get_threshold()
    try:
        app = create_app(container, works=False)
        with TestClient(app) as client:
            assert client.get("/health").status_code in (200, 503)
        assert app.state.gate.ready                              # it started, and did not settle
        assert gc.get_freeze_count() == 0 and gc.get_threshold() == threshold
    finally:
        close_resources(container)
