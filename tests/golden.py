"""Loading golden JSON (tests/golden/<site>/<stem>.json) and the page it describes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .conftest import ROOT, SHARED_PAGES

GOLDEN_DIR = ROOT / "tests" / "golden"


@dataclass(frozen=True)
class Golden:
    path: Path
    data: dict

    @property
    def page(self) -> Path:
        return SHARED_PAGES / self.data["page"]

    @property
    def site(self) -> str:
        return self.data["site"]

    @property
    def id(self) -> str:
        return self.data["page"]


def load_goldens(*, generic: bool | None = None) -> list[Golden]:
    """All goldens; ``generic=True`` only long-tail pages, ``False`` only pages of site rules."""
    # tests/golden/dev/ holds labels of ../shared/dev/pages in another shape (no paragraphs): see golden_dev.py.
    paths = sorted(p for p in GOLDEN_DIR.glob("*/*.json") if p.parent.name != "dev")
    goldens = [Golden(p, json.loads(p.read_text(encoding="utf-8"))) for p in paths]
    if generic is None:
        return goldens
    return [g for g in goldens if (g.site == "generic") == generic]
