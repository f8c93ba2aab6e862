"""The Ray executor on a real local Ray cluster gives the same records as the local one."""

import pytest

from dateline.executors import LocalExecutor
from dateline.pipeline import Options
from dateline.readers import page_from_bytes

ray = pytest.importorskip("ray")

BODY = ("Binnenland\n\nDijk bij {town} versterkt\n\n{town_up} (ANP). Het waterschap heeft de dijk bij {town} "
        "versterkt. Volgens de dijkgraaf was het werk nodig na de storm van vorig jaar.\n\n"
        "De werkzaamheden duurden drie maanden.\n")


@pytest.fixture(scope="module")
def ray_cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_matches_local_and_keeps_errors(ray_cluster):
    from dateline.executors.ray_executor import RayExecutor

    towns = ["Kampen", "Zwolle", "Deventer", "Arnhem", "Nijmegen"]
    pages = [page_from_bytes(BODY.format(town=t, town_up=t.upper()).encode(), f"{t}.txt") for t in towns]
    pages.append(page_from_bytes(b"\x00\x00\x01\x02" * 64, "junk.bin"))
    # Templates are learned per shard; with tiny shards they would differ by design.
    opts = Options(analyse=False, learn_templates=False)
    local = sorted(LocalExecutor(opts).run(pages), key=lambda r: r["source"]["path"])
    ex = RayExecutor(opts, shard_size=2, max_in_flight=2)
    on_ray = sorted(ex.run(pages), key=lambda r: r["source"]["path"])
    assert on_ray == local
    assert [r["status"] for r in on_ray].count("error") == 1
    assert ex.stats.as_dict()["documents"] == 6
