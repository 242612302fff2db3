"""The Ray engine's ordering: shards finishing in any order are written in plan order, within a bound."""

from __future__ import annotations

from types import SimpleNamespace

from newscorpus.warc.engines import _in_order
from newscorpus.warc.shards import Shard


def test_shards_finishing_backwards_are_yielded_in_plan_order() -> None:
    shards = [Shard(f, start, None, f"f{f}", last=True) for f in range(3) for start in (0, 100)]
    in_flight: list[Shard] = []
    peak = [0]

    def remote(shard: Shard, hosts: tuple[str, ...]) -> Shard:
        in_flight.append(shard)
        peak[0] = max(peak[0], len(in_flight))
        return shard

    def wait(refs: list[Shard], num_returns: int) -> tuple[list[Shard], list[Shard]]:
        newest = refs[-1]  # the most recently submitted finishes first
        in_flight.remove(newest)
        return [newest], refs[:-1]

    fake_ray = SimpleNamespace(wait=wait, get=lambda ref: [ref.start], exceptions=SimpleNamespace())
    got = list(_in_order(fake_ray, SimpleNamespace(remote=remote), shards, (), limit=3))
    assert [shard for shard, _ in got] == shards
    assert [outcomes for _, outcomes in got] == [[s.start] for s in shards]
    assert peak[0] <= 3
