"""Export as sharded Parquet: the record's fields (record.py), typed, in files of at most N rows.

pyarrow is an optional extra (``newscorpus[parquet]``), imported only when this export runs. Files are
written into a hidden folder beside the target and moved in at the end, so a reader of DIR never sees
a half-written shard, and a new export replaces the old shards instead of mixing with them.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import ModuleType
from typing import Any

from newscorpus import record, settings
from newscorpus.errors import MissingExtraError, WriteError
from newscorpus.record import Record

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


def write_parquet(
    records: Iterable[Record], out_dir: Path, shard_rows: int = settings.PARQUET_SHARD_ROWS
) -> ParquetExport:
    """The records as Parquet shards of at most ``shard_rows`` rows in ``out_dir`` (created if missing)."""
    pa = import_pyarrow()
    target = record.arrow_schema(pa)
    if out_dir.exists() and not out_dir.is_dir():
        raise WriteError(
            "exists and is not a folder (Parquet export writes a folder of part-NNNNN files)", str(out_dir)
        )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".partial-", dir=out_dir))
    except OSError as exc:
        raise WriteError(f"cannot write Parquet ({exc.strerror or exc})", str(out_dir)) from exc
    try:
        written = [
            _write_shard(pa, target, rows, staging / f"part-{i:05d}.parquet")
            for i, rows in _chunks(iter(records), shard_rows)
        ]
        files = _publish(staging, out_dir)
    except OSError as exc:
        raise WriteError(f"cannot write Parquet ({exc.strerror or exc})", str(out_dir)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ParquetExport(sum(written), files)


def _chunks(records: Iterator[Record], size: int) -> Iterator[tuple[int, list[Record]]]:
    index = 0
    while chunk := list(islice(records, size)):
        yield index, chunk
        index += 1


def _write_shard(pa: ModuleType, target: Any, rows: list[Record], path: Path) -> int:
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
