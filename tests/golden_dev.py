"""Loading the hand labels of the dev pages (tests/golden/dev/<stem>.json for ../shared/dev/pages/<stem>.html)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .conftest import ROOT

DEV_LABEL_DIR = ROOT / "tests" / "golden" / "dev"
DEV_PAGES = ROOT.parent / "shared" / "dev" / "pages"


@dataclass(frozen=True)
class DevLabel:
    path: Path
    data: dict

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def page(self) -> Path:
        """The saved page; its ``NAME.json`` next to it holds the body truth (``content``)."""
        return DEV_PAGES / f"{self.stem}.html"

    @property
    def benchmark(self) -> dict:
        """The benchmark's own ``NAME.json``: ``url`` and ``content`` (the body truth)."""
        return json.loads((DEV_PAGES / f"{self.stem}.json").read_text(encoding="utf-8"))


def load_dev_labels() -> list[DevLabel]:
    return [DevLabel(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(DEV_LABEL_DIR.glob("*.json"))]
