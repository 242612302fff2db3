"""Generate a WARC set from realistic pages: the demo portal's and ../shared/pages, with syndication.

Each story is a template page (its real markup, scripts and charset) whose article paragraphs and
title are replaced by text drawn from the pages' own characters, so stories differ as real ones do
while the parsers see real layouts. Some stories are republished by another site (another template,
a source line added, the last paragraph dropped) in a *different* file: near-duplicates that only a
corpus-wide dedup can find. Each file also holds the records a crawl archive has besides articles:
a warcinfo, request records, redirects and non-HTML responses.

    python -m bench.make_warc OUT_DIR --records 50000 --files 8
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
DEMO_DIR = ROOT / "newscorpus" / "demo_site"
SHARED_DIR = ROOT.parent / "shared" / "pages"
GOLDEN_DIR = ROOT / "tests" / "golden"
DEMO_HOST = "https://news.demo-portal.cn"
# Share of stories laid on ../shared/pages templates (100-400 KB pages, 30x slower to parse than the
# demo portal's): enough to exercise real layouts and charsets without a 50k-record set taking an hour.
SHARED_SHARE = 0.1
SYNDICATED_SHARE = 0.25  # stories republished by one or two other sites
NOISE_SHARE = 0.04  # request records, redirects and non-HTML responses among the records
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LAST_NUMBER = re.compile(r"(\d+)(?!.*\d)")


@dataclass(frozen=True)
class Template:
    url: str
    text: str  # decoded page
    codec: str
    title: str | None
    slots: tuple[str, ...]  # paragraphs found verbatim in the markup, to be replaced


@dataclass(frozen=True)
class Story:
    number: int
    title: str
    paragraphs: tuple[str, ...]


def load_templates(registry: Registry) -> tuple[list[Template], list[Template]]:
    """(demo templates, shared-page templates); a page without replaceable paragraphs is left out."""
    demo = [_template(p, f"{DEMO_HOST}/{p.relative_to(DEMO_DIR)}", registry) for p in _demo_pages()]
    shared = [_template(p, url, registry) for p, url in _shared_pages()]
    return [t for t in demo if t.slots], [t for t in shared if t.slots]


def _demo_pages() -> list[Path]:
    return sorted(p for p in DEMO_DIR.rglob("*.html") if p.name != "index.html")


def _shared_pages() -> Iterator[tuple[Path, str]]:
    if not SHARED_DIR.is_dir():
        return
    for golden in sorted(GOLDEN_DIR.rglob("*.json")):
        meta = json.loads(golden.read_text(encoding="utf-8"))
        if meta.get("url") and (SHARED_DIR / meta["page"]).is_file():
            yield SHARED_DIR / meta["page"], meta["url"]


def _template(path: Path, url: str, registry: Registry) -> Template:
    decoded = decode_html(path.read_bytes())
    article = parse_html(decoded.text, url, registry)
    slots = tuple(p for p in article.paragraphs if len(p) >= 8 and _markup(p) in decoded.text)
    title = article.title if article.title and _markup(article.title) in decoded.text else None
    return Template(url, decoded.text, decoded.encoding, title, slots)


def _markup(text: str) -> str:
    return html.escape(text, quote=False)


def vocabulary(templates: list[Template]) -> str:
    """The CJK characters of the pages themselves, with their frequencies (as a string to sample)."""
    return "".join(ch for t in templates for p in t.slots for ch in _CJK.findall(p))


def make_story(number: int, template: Template, chars: str, rng: random.Random) -> Story:
    paragraphs = tuple(_sentence(rng, chars, max(12, min(len(p), 400))) for p in template.slots)
    return Story(number, _sentence(rng, chars, 16), paragraphs)


def _sentence(rng: random.Random, chars: str, length: int) -> str:
    body = "".join(rng.choices(chars, k=length))
    return "，".join(body[i : i + 20] for i in range(0, len(body), 20)) + "。"


def render(story: Story, template: Template, syndicated_from: str | None) -> tuple[str, bytes]:
    """The story in the template's markup and charset, under a URL of the template's site."""
    text = template.text
    paragraphs = list(story.paragraphs)
    if syndicated_from is not None:
        paragraphs[0] = f"（来源：{syndicated_from}）{paragraphs[0]}"
        if len(paragraphs) > 3:
            paragraphs[-1] = ""
    for slot, new in zip(template.slots, _fit(paragraphs, len(template.slots)), strict=True):
        text = text.replace(_markup(slot), _markup(new), 1)
    if template.title:
        text = text.replace(_markup(template.title), _markup(story.title))
    return _story_url(template.url, story.number), text.encode(template.codec, errors="xmlcharrefreplace")


def _fit(paragraphs: list[str], slots: int) -> list[str]:
    return (paragraphs + [""] * slots)[:slots]


def _story_url(url: str, number: int) -> str:
    base, _, query = url.partition("?")
    if _LAST_NUMBER.search(base):
        return _LAST_NUMBER.sub(lambda m: f"{int(m.group(1)) + number}", base, count=1) + (f"?{query}" if query else "")
    return f"{url}{'&' if query else '?'}story={number}"


class _SeededWriter(WARCWriter):
    """warcio's writer with record IDs and dates counted instead of drawn from uuid4 and the clock, so a
    seed gives byte-identical files: a test that cuts one member at a fixed place then sees the same
    bytes after the cut on every run (a flaky test once hid an engine difference there)."""

    def __init__(self, handle: io.BufferedWriter, file: int) -> None:
        super().__init__(handle, gzip=True)
        self._file, self._count = file, 0

    def _make_warc_id(self) -> str:  # type: ignore[override]
        self._count += 1
        return f"<urn:uuid:{uuid.UUID(int=(self._file << 64) + self._count)}>"

    def curr_warc_date(self) -> str:
        return f"2023-11-01T{self._count // 3600 % 24:02d}:{self._count // 60 % 60:02d}:{self._count % 60:02d}Z"


class WarcSet:
    """N gzipped WARC files written side by side; records are appended to one file at a time."""

    def __init__(self, out_dir: Path, files: int) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.paths = [out_dir / f"news-{i:03d}.warc.gz" for i in range(files)]
        self._handles = [p.open("wb") for p in self.paths]
        self._writers = [_SeededWriter(h, i) for i, h in enumerate(self._handles)]
        self.records = 0
        for i, writer in enumerate(self._writers):
            writer.write_record(writer.create_warcinfo_record(self.paths[i].name, {"software": "bench.make_warc"}))
            self.records += 1

    def response(self, file: int, url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html") -> None:
        headers = [("Content-Type", ctype), ("Content-Length", str(len(body)))]
        if status.startswith("301"):
            headers.append(("Location", url + "#moved"))
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        writer = self._writers[file]
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
        self.records += 1

    def request(self, file: int, url: str) -> None:
        http = StatusAndHeaders(f"GET {url} HTTP/1.1", [("User-Agent", "bench")], is_http_request=True)
        writer = self._writers[file]
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=http))
        self.records += 1

    def close(self) -> None:
        for handle in self._handles:
            handle.close()


def generate(out_dir: Path, records: int, files: int, seed: int = 8, shared_share: float = SHARED_SHARE) -> list[Path]:
    """Write ``files`` WARC files holding about ``records`` records in all; returns their paths."""
    rng = random.Random(seed)
    demo, shared = load_templates(Registry.load())
    chars = vocabulary(demo + shared)
    warcs = WarcSet(out_dir, files)
    number = 0
    while warcs.records < records:
        number += 1
        pool = shared if shared and rng.random() < shared_share else demo
        template = rng.choice(pool)
        story = make_story(number, template, chars, rng)
        home = rng.randrange(files)
        url, body = render(story, template, None)
        warcs.response(home, url, body)
        _noise(warcs, rng, home, url)
        if rng.random() < SYNDICATED_SHARE:
            _syndicate(warcs, rng, story, template, home, demo + shared)
    warcs.close()
    return warcs.paths


def _syndicate(warcs: WarcSet, rng: random.Random, story: Story, origin: Template, home: int, pool: list) -> None:
    for _ in range(rng.randint(1, 2)):
        other = rng.choice([t for t in pool if t is not origin] or pool)
        file = rng.choice([f for f in range(len(warcs.paths)) if f != home] or [home])
        url, body = render(story, other, syndicated_from=origin.url.split("/")[2])
        warcs.response(file, url, body)


def _noise(warcs: WarcSet, rng: random.Random, file: int, url: str) -> None:
    if rng.random() >= NOISE_SHARE:
        return
    kind = rng.randrange(3)
    if kind == 0:
        warcs.request(file, url)
    elif kind == 1:
        warcs.response(file, url.replace("://", "://m.", 1), b"", status="301 Moved Permanently")
    else:
        warcs.response(file, url + ".json", b'{"comments": []}', ctype="application/json")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--shared-share", type=float, default=SHARED_SHARE)
    args = parser.parse_args()
    paths = generate(args.out_dir, args.records, args.files, args.seed, args.shared_share)
    print(f"wrote {len(paths)} files, {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB, to {args.out_dir}")


if __name__ == "__main__":
    main()
