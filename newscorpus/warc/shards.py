"""Cutting archives into record ranges, and running the per-record work over one range."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newscorpus.dedup import Sketcher
from newscorpus.scrapers.registry import Registry
from newscorpus.warc.outcome import Outcome, Rejected
from newscorpus.warc.reader import iter_records
from newscorpus.warc.records import RecordOptions, process


@dataclass(frozen=True, order=True)
class Shard:
    """Records of file number ``file_index`` whose offsets lie in [start, end); end None = to EOF.

    Shards sort in writing order: by file as given on the command line, then by offset.
    """

    file_index: int
    start: int
    end: int | None
    path: str
    last: bool  # the file's final shard: its completion completes the file


def plan_shards(file_index: int, path: Path, offsets: Sequence[int], per_shard: int) -> list[Shard]:
    """Consecutive ranges of ``per_shard`` records; a file with no readable record is one shard."""
    starts = list(offsets[::per_shard]) or [0]
    ends: list[int | None] = [*starts[1:], None]
    return [Shard(file_index, start, end, str(path), last=end is None) for start, end in zip(starts, ends, strict=True)]


def whole_file(file_index: int, path: Path) -> Shard:
    return Shard(file_index, 0, None, str(path), last=True)


def iter_shard(shard: Shard, registry: Registry, sketcher: Sketcher, options: RecordOptions) -> Iterator[Outcome]:
    """Every record of the shard, parsed or rejected, in offset order. Pages name ``shard.path`` as origin."""
    for record in iter_records(Path(shard.path), shard.start, shard.end):
        if isinstance(record, Rejected):
            yield record
        else:
            yield process(record, shard.path, registry, sketcher, options)
