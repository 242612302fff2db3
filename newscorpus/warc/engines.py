"""Engines run the per-record work over shards and hand outcomes to the single writer in shard order.

``local`` streams each file as one shard in this process. ``ray`` cuts files into record ranges, runs
them as Ray tasks on however many CPUs the cluster has, and writes finished shards in order, holding
back a shard that finished before an earlier one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from newscorpus import settings
from newscorpus.dedup import Sketcher
from newscorpus.errors import MissingExtraError, NewscorpusError
from newscorpus.scrapers.registry import Registry
from newscorpus.warc.ledger import ArchiveFile
from newscorpus.warc.outcome import Outcome
from newscorpus.warc.reader import record_offsets
from newscorpus.warc.records import RecordOptions
from newscorpus.warc.shards import Shard, iter_shard, plan_shards, whole_file
from newscorpus.warc.writer import Writer


@dataclass(frozen=True)
class EngineOptions:
    host_suffixes: tuple[str, ...] = ()
    shard_records: int = settings.WARC_SHARD_RECORDS
    ray_address: str | None = None  # None: start a local cluster for this run
    ray_workers: int | None = None  # CPUs of that local cluster; None: all of this machine's
    site: str | None = None  # force a site rule on every record

    @property
    def records(self) -> RecordOptions:
        return RecordOptions(self.host_suffixes, self.site)


def run_local(files: Sequence[tuple[int, ArchiveFile]], options: EngineOptions, writer: Writer) -> None:
    registry, sketcher = Registry.load(), Sketcher()
    writer.report.shards_total += len(files)
    for index, archive in files:
        shard = whole_file(index, archive.path)
        writer.write(shard, iter_shard(shard, registry, sketcher, options.records), archive)


def run_ray(files: Sequence[tuple[int, ArchiveFile]], options: EngineOptions, writer: Writer) -> None:
    ray = import_ray()
    archives = dict(files)
    shards = sorted(
        shard
        for index, archive in files
        for shard in plan_shards(index, archive.path, record_offsets(archive.path), options.shard_records)
    )
    writer.report.shards_total += len(shards)
    with ray_session(ray, options):
        task = ray.remote(num_cpus=1)(shard_task)
        limit = max(1, int(ray.cluster_resources().get("CPU", 1)) * settings.WARC_PENDING_SHARDS_PER_CPU)
        for shard, outcomes in _in_order(ray, task, shards, options.records, limit):
            writer.write(shard, outcomes, archives[shard.file_index])


def shard_task(shard: Shard, options: RecordOptions) -> list[Outcome]:
    """The Ray task body: decode, parse and sketch every record of one shard, in a worker process."""
    return list(iter_shard(shard, Registry.load(), Sketcher(), options))


def import_ray() -> ModuleType:
    try:
        import ray
    except ImportError as exc:
        raise MissingExtraError("the ray engine needs Ray: pip install 'newscorpus[ray]'", "ray") from exc
    return ray


@contextmanager
def ray_session(ray: ModuleType, options: EngineOptions) -> Iterator[None]:
    """Join the given cluster, or start a local one; leave alone a session the caller already started."""
    if ray.is_initialized():
        yield
        return
    ray.init(
        address=options.ray_address,
        num_cpus=options.ray_workers if options.ray_address is None else None,
        include_dashboard=False,
        logging_level=logging.WARNING,
        log_to_driver=False,
    )
    try:
        yield
    finally:
        ray.shutdown()


def _in_order(
    ray: ModuleType, task: Any, shards: list[Shard], options: RecordOptions, limit: int
) -> Iterator[tuple[Shard, list[Outcome]]]:
    """Finished shards in plan order; at most ``limit`` shards are running or waiting to be written."""
    running: dict[Any, Shard] = {}
    finished: dict[Shard, list[Outcome]] = {}
    submitted = written = 0
    while written < len(shards):
        while submitted < len(shards) and len(running) + len(finished) < limit:
            running[task.remote(shards[submitted], options)] = shards[submitted]
            submitted += 1
        if shards[written] not in finished:
            done, _ = ray.wait(list(running), num_returns=1)
            finished[running.pop(done[0])] = _get(ray, done[0])
            continue
        yield shards[written], finished.pop(shards[written])
        written += 1


def _get(ray: ModuleType, ref: Any) -> list[Outcome]:
    try:
        return ray.get(ref)
    except ray.exceptions.RayTaskError as exc:
        # Our own typed errors (an archive that vanished mid-run) keep their meaning across processes.
        if isinstance(exc.cause, NewscorpusError):
            raise exc.cause from None
        raise
