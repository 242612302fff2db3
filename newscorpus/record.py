"""The article record, defined once: `parse --jsonl`, `export` (JSONL, CSV, Parquet) and the API all use it.

Each field names its type, where `export` reads it in corpus.db, and whether `parse` (an Article with no
database behind it) has it. The SQL select, the Arrow schema, the CSV header and ``Article.to_record()``
are all derived from ``FIELDS``, so adding a field is one line here (plus its column in schema.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newscorpus.models import Article

Record = dict[str, Any]


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    RELATED = "related"  # the list of {title, url, snippet}, from the `related` table


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    # The column `export` reads, as `table.column` ("a" = articles, "p" = pages, "d" = article_dedup);
    # None for `related`, which comes from its own table.
    column: str | None
    in_parse: bool = True  # also in `parse --jsonl` / Article.to_record()


FIELDS: tuple[Field, ...] = (
    Field("id", Kind.INT, "a.id", in_parse=False),
    Field("url", Kind.TEXT, "a.url"),
    Field("site", Kind.TEXT, "a.site"),
    Field("parser", Kind.TEXT, "a.parser"),
    Field("parser_version", Kind.INT, "a.parser_version", in_parse=False),
    Field("title", Kind.TEXT, "a.title"),
    Field("author", Kind.TEXT, "a.author"),
    Field("source", Kind.TEXT, "a.source"),
    Field("editor", Kind.TEXT, "a.editor"),
    Field("published_at", Kind.TEXT, "a.published_at"),
    Field("body", Kind.TEXT, "a.body"),
    Field("confidence", Kind.FLOAT, "a.confidence"),
    Field("encoding", Kind.TEXT, "p.encoding", in_parse=False),
    Field("fetched_at", Kind.TEXT, "p.fetched_at", in_parse=False),
    Field("cluster_id", Kind.INT, "d.cluster_id", in_parse=False),
    Field("incomplete", Kind.BOOL, "a.incomplete"),
    Field("related", Kind.RELATED, None),
)

SCALARS: tuple[Field, ...] = tuple(f for f in FIELDS if f.column is not None)
RELATED_KEYS = ("title", "url", "snippet")

_CONVERT: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: str,
    Kind.INT: int,
    Kind.FLOAT: float,
    Kind.BOOL: bool,  # SQLite stores 0/1; the record says true/false
}


def names() -> list[str]:
    return [f.name for f in FIELDS]


def select_columns(available: Callable[[str], bool]) -> str:
    """The scalar fields as a SELECT list, in record order. A column this corpus does not have yet (an
    older or read-only corpus.db that no migration has touched) is selected as NULL, never an error."""
    return ", ".join(f.column if available(f.column) else "NULL" for f in SCALARS if f.column)


def from_row(row: Sequence[Any], related: list[dict[str, Any]]) -> Record:
    """A record from the scalar values of ``select_columns`` (in order) and the article's related items."""
    record: Record = {}
    values = iter(row)
    for f in FIELDS:
        if f.kind is Kind.RELATED:
            record[f.name] = related
        else:
            value = next(values)
            record[f.name] = None if value is None else _CONVERT[f.kind](value)
    return record


def article_record(article: Article) -> Record:
    """What `parse --jsonl` prints for one page: the fields an Article has without a database."""
    record: Record = {}
    for f in FIELDS:
        if not f.in_parse:
            continue
        if f.kind is Kind.RELATED:
            record[f.name] = [{"title": i.title, "url": i.url, "snippet": i.snippet} for i in article.related]
        else:
            record[f.name] = getattr(article, f.name)
    return record


def arrow_schema(pa: Any) -> Any:
    """The record as an Arrow schema, fields in record order, so every Parquet shard has the same one."""
    types = {Kind.TEXT: pa.string(), Kind.INT: pa.int64(), Kind.FLOAT: pa.float64(), Kind.BOOL: pa.bool_()}
    types[Kind.RELATED] = pa.list_(pa.struct([(key, pa.string()) for key in RELATED_KEYS]))
    return pa.schema([(f.name, types[f.kind]) for f in FIELDS])


def csv_row(record: Record) -> list[str]:
    """One CSV line: empty for null, true/false for booleans, the related list as a JSON string."""
    return [_csv_cell(f.kind, record[f.name]) for f in FIELDS]


def _csv_cell(kind: Kind, value: Any) -> str:
    if kind is Kind.RELATED:
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    if kind is Kind.BOOL:
        return "true" if value else "false"
    return str(value)
