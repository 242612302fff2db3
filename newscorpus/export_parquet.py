"""Export as sharded Parquet: the JSONL fields, typed, in files of at most N rows.

pyarrow is an optional extra (``newscorpus[parquet]``), imported only when this export runs. Files are
written into a hidden folder beside the target and moved in at the end, so a reader of DIR never sees
a half-written shard, and a new export replaces the old shards instead of mixing with them.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import ModuleType
from typing import Any

from newscorpus import settings
from newscorpus.errors import MissingExtraError, WriteError
from newscorpus.store import Store

SHARD_GLOB = "part-*.parquet"


@dataclass(frozen=True)
class ParquetExport:
    rows: int
    files: list[Path]


def import_pyarrow() -> ModuleType:
    try:
        import pyarrow
        import pyarrow.parquet  # the submodule must be loaded for pyarrow.parquet.write_table below
    except ImportError as exc:
        raise MissingExtraError("Parquet export needs pyarrow: pip install 'newscorpus[parquet]'", "pyarrow") from exc
    return pyarrow


def schema(pa: ModuleType) -> Any:
    """The JSONL record's fields, in its order, with explicit types so every shard has the same schema."""
    text, integer = pa.string(), pa.int64()
    related = pa.list_(pa.struct([("title", text), ("url", text), ("snippet", text)]))
    fields = [("id", integer), ("url", text), ("site", text), ("parser", text), ("parser_version", integer)]
    fields += [(name, text) for name in ("title", "author", "source", "editor", "published_at", "body")]
    fields += [("encoding", text), ("fetched_at", text), ("cluster_id", integer)]
    fields += [("incomplete", pa.bool_()), ("related", related)]
    return pa.schema(fields)


def write_parquet(
    store: Store, out_dir: Path, shard_rows: int = settings.PARQUET_SHARD_ROWS, include_duplicates: bool = False
) -> ParquetExport:
    """The JSONL records as Parquet shards: one representative per dedup cluster unless include_duplicates."""
    pa = import_pyarrow()
    target = schema(pa)
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".partial-", dir=out_dir))
    try:
        written = [
            _write_shard(pa, target, rows, staging / f"part-{i:05d}.parquet")
            for i, rows in _chunks(store.iter_articles(include_duplicates), shard_rows)
        ]
        files = _publish(staging, out_dir)
    except OSError as exc:
        raise WriteError(f"cannot write Parquet ({exc.strerror or exc})", str(out_dir)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ParquetExport(sum(written), files)


def _chunks(records: Iterator[dict], size: int) -> Iterator[tuple[int, list[dict]]]:
    index = 0
    while chunk := list(islice(records, size)):
        yield index, chunk
        index += 1


def _write_shard(pa: ModuleType, target: Any, rows: list[dict], path: Path) -> int:
    table = pa.Table.from_pylist(rows, schema=target)
    pa.parquet.write_table(table, path, row_group_size=settings.PARQUET_ROW_GROUP_ROWS, compression="zstd")
    return len(rows)


def _publish(staging: Path, out_dir: Path) -> list[Path]:
    for old in out_dir.glob(SHARD_GLOB):
        old.unlink()
    files = []
    for shard in sorted(staging.glob(SHARD_GLOB)):
        files.append(out_dir / shard.name)
        shard.replace(files[-1])
    return files
