"""Authors by variation (issue 13): take every labelled byline the parser already gets RIGHT and reprint its
credit the ways other CMSs and years do, then count how many variants keep the author.

Cases: every tune byline string (``tests/fixtures/bylines/*.jsonl`` rows not held out, every tune blind batch's
``strings.jsonl``) and every labelled page of the tune split and of the tune blind batches (``longtail`` and
``portals``) whose author main reads right. Held-out pages and still-blind batches are never read.
Families (each scored apart): label words, separators, wrappers, markup, order on the bar, position, several
authors, a unit before the name, traditional labels. Every variant keeps its expected value by the README's
byline rules (names only, several joined by one space). Deterministic: one seeded RNG picks the samples.

Run: ``python -m bench.byline_vary`` (``--strings-only``, ``--per 3`` variants per case and family,
``--show FAMILY`` prints the lost variants of one family).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from bench.blind import TUNE_BATCHES, held_out, labelled
from bench.pages import load_pages
from bench.splits import ROOT
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

FIXTURES = ROOT / "tests" / "fixtures"
SEED = 13
PROBE = "欧阳修远"  # a name no page carries: swapped in to find the occurrence the parser reads
SECOND = ("李晓明", "王芳", "陈静", "刘洋", "赵敏")
LABELS = ("作者", "文", "撰文", "记者", "文字", "撰稿", "文图", "文/图", "编译", "口述", "整理", "本报记者")
# Labels a CMS prints before an account or a unit credited as the writer (no reporter's title).
ACCOUNT_LABELS = ("作者", "文", "撰文", "撰稿", "作者 ")
LATIN_LABELS = ("By ", "Author: ", "作者：", "文/", "撰文：")
TRADITIONAL = ("記者", "作者", "撰文", "撰稿", "文圖", "編譯", "本報記者", "文字")
SEPARATORS = ("：", ":", "｜", "|", "丨", "/", "／", "—", "\u3000", "\xa0", " ", "")
WRAPPERS = (("(", ")"), ("（", "）"), ("【", "】"), ("[", "]"), ("「", "」"))
JOINERS = ("、", "，", ",", " ", "和", "与", " 实习生 ", " 通讯员 ", "\u3000")
NOBODY = ("本网编辑部", "本站编辑", "编辑部", "本刊编辑部", "本报评论员", "佚名", "未知", "本站原创")
NAME_SHAPES = ("欧阳晓峰", "买买提·艾力", "司马南", "王一", "阿依古丽·吐尔逊", "诸葛明远", "上官婉清", "李娜娜")
# A unit, a bureau's dateline or an outlet's desk before the reporter.
UNITS = (
    "全媒体记者 ",
    "本报见习记者 ",
    "本报讯 记者 ",
    "新华社北京5月12日电 记者 ",
    "海报新闻记者 ",
    "本报记者 ",
    "新华社记者 ",
    "人民日报记者 ",
    "北京日报记者 ",
    "本报特约记者 ",
    "特约评论员 ",
    "本报通讯员 ",
    "央视记者 ",
    "澎湃新闻记者 ",
)
CONTEXT_TRADITIONAL = {"来源": "來源", "责任编辑": "責任編輯", "编辑": "編輯", "时间": "時間", "发布": "發布"}
# A label (with its separator) printed just before the names in the case's own text.
_LABEL_BEFORE = re.compile(
    r"(?<![\u4e00-\u9fff\w・·/])(?:(?:作者|文)\s*[：:/／]\s*)?(?:本报记者|记者|作者|撰文|撰稿|文字|文/图|文图|通讯员|采写|编译|整理|口述|By|Author|文)\s*[：:/／｜|丨]?\s*$"
)
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A unit credited as the writer ("宣传部", "德育处"): no person, so no reporter's title and no co-writer.
_UNIT = re.compile(r"(?:部|处|局|室|委|组|科|院|办|中心|支部|小组)$")
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


@dataclass(frozen=True)
class Variant:
    family: str
    text: str  # the byline string, or the page's html
    want: str
    case: str
    url: str | None = None
    shown: str = ""  # the varied credit in its line, for --show


def _credit(label: str, sep: str, names: str) -> str:
    return f"{label}{sep}{names}"


def credit_variants(names: list[str], rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """(family, credit, expected) for one credited writer or several: the label-and-names span reprinted."""
    body = " ".join(names)
    want = " ".join(names)
    if all(_LATIN_NAME.fullmatch(name) for name in names):
        for label in LATIN_LABELS:
            yield "1 label", label + body, want
        return
    if not all(_HAN_NAME.fullmatch(name) and not _UNIT.search(name) for name in names):
        # An account, a unit or a nickname: only a writer's label, never a reporter's title or outlet.
        for label in ACCOUNT_LABELS:
            sep = "/" if label == "文" else ("" if label.endswith(" ") else "：")
            yield "1 label", _credit(label, sep, body), want
        for sep in SEPARATORS[:7]:
            yield "2 separator", _credit("作者", sep, body), want
        return
    for label in LABELS:
        sep = "/" if label == "文" else "："
        yield "1 label", _credit(label, sep, body), want
    for label in TRADITIONAL:
        yield "T traditional", _credit(label, "：", body), want
    for sep in SEPARATORS:
        label = rng.choice(("作者", "记者"))
        yield "2 separator", _credit(label, sep, body), want
    for padded in ("作\u3000者：", "作 者：", "作　者:　"):
        yield "2 separator", padded + body, want  # a table's label padded to a four-character column
    for left, right in WRAPPERS:
        label, sep = rng.choice((("作者", "："), ("记者", " "), ("文", "/"), ("撰文", "：")))
        yield "3 wrapper", f"{left}{label}{sep}{body}{right}", want
    for left, right in (("【", "】"), ("[", "]"), ("〔", "〕")):
        yield "3 wrapper", f"{left}作者{right}{body}", want  # the label bracketed ("【作者】张三 【时间】…")
    if len(names) == 1 and _HAN_NAME.fullmatch(names[0]):
        for joiner in JOINERS:
            other = rng.choice([name for name in SECOND if name != names[0]])
            label = "记者 " if joiner.strip() in {"实习生", "通讯员"} else rng.choice(("作者：", "记者 ", "文/"))
            yield "7 several", f"{label}{names[0]}{joiner}{other}", f"{names[0]} {other}"
        third = [name for name in SECOND if name != names[0]][:2]
        yield "7 several", f"作者：{names[0]} {third[0]} {third[1]}", " ".join([names[0], *third])
        yield "7 several", f"记者 {names[0]} 通讯员 {third[0]} {third[1]}", " ".join([names[0], *third])
        yield "7 several", f"记者 {names[0]}、{third[0]} 实习生 {third[1]}", " ".join([names[0], *third])
    for unit in UNITS:
        yield "8 unit", f"{unit}{body}", want
    for desk in NOBODY:
        # The site's own desk or a placeholder where the writer stood: no author shown (README: null).
        yield "N nobody", f"{rng.choice(('作者：', '文/', '撰文：', '作者 '))}{desk}", ""
    for shape in NAME_SHAPES:
        # Another writer of another shape in the same credit: a compound surname, an ethnic name, two characters.
        label = rng.choice(("作者：", "记者 ", "文/", "本报记者 "))
        yield "9 name", f"{label}{shape}", shape


def _span(text: str, names: list[str]) -> tuple[int, int] | None:
    """Where the label and names stand in ``text``: from the label before the first name to the last name."""
    start = text.find(names[0])
    end = text.find(names[-1], start) if start >= 0 else -1
    if start < 0 or end < 0:
        return None
    label = _LABEL_BEFORE.search(text[:start])
    return (label.start() if label else start, end + len(names[-1]))


def string_cases() -> Iterator[tuple[str, str, str]]:
    """(case name, text, author) of every tune byline string whose author the parser reads right."""
    files = sorted((FIXTURES / "bylines").glob("*.jsonl"))
    files += [FIXTURES / name / "strings.jsonl" for name in sorted(TUNE_BATCHES)]
    for path in files:
        if held_out(path) or not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line) if line.strip() else {}
            if "text" not in row or row.get("split") == "heldout" or not row.get("author"):
                continue
            if (parse_line(row["text"]).author or "") == row["author"]:
                yield f"{path.parent.name}/{path.name}:{number}", row["text"], row["author"]


_TIME = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?: \d{1,2}:\d{2}(?::\d{2})?)?")
_OUTLET = re.compile(r"(?:网|報|报|社|新闻|新聞|客户端|电视台|日报|晚报|时报)$")
BARE_BAR_CHARS = 120  # a bar's whole text: longer is a block, not a bar
BAR_SEPARATORS = (" ", "\u3000", " | ", " / ", " · ", "  ", "\xa0\xa0")


def bare_bar_variants(text: str, author: str, rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """An unlabelled bar (``张三 2024-05-15 08:58 新华网``) printed with other separators and orders: the name
    standing alone beside the time is still the author (README: without a label)."""
    time = _TIME.search(text)
    if time is None or "：" in text or ":" in text.replace(time.group(), "") or author not in text.split():
        return
    parts = [part for part in text.replace(time.group(), " ").split() if part]
    others = [part for part in parts if part != author]
    # Only a name beside the time and outlets: a role word there ("林晓雨 作者", "X 头条号") binds to the name.
    if len(parts) > 3 or not all(_OUTLET.search(part) for part in others):
        return
    for separator in BAR_SEPARATORS:
        yield "U bare bar", separator.join([author, time.group(), *others]), author
        yield "U bare bar", separator.join([time.group(), *others, author]), author
    yield "U bare bar", f"{time.group()} {rng.choice(('来源：新华网', '来源：人民网'))} {author}", author


def string_variants(rng: random.Random, per: int) -> Iterator[Variant]:
    for case, text, author in string_cases():
        bare_family = [Variant(f, v, w, case) for f, v, w in bare_bar_variants(text, author, rng)]
        yield from rng.sample(bare_family, min(per, len(bare_family)))
        names = author.split()
        span = _span(text, names)
        if span is None or not _LABEL_BEFORE.search(text[: text.find(names[0])]):
            continue
        before, after = text[: span[0]], text[span[1] :]
        by_family: dict[str, list[Variant]] = {}
        # Inside a dateline's brackets ("新京报讯（记者 X）") no CMS prints a second bracket.
        bracketed = before.rstrip().endswith(("（", "(", "【", "["))
        for family, credit, want in credit_variants(names, rng):
            if bracketed and family == "3 wrapper":
                continue
            if family == "N nobody":
                by_family.setdefault(family, []).append(Variant(family, credit, want, case))
                continue  # alone: the case's other credits would name someone
            pad_before = before if not before or before.endswith((" ", "\u3000")) else before + " "
            pad_after = after if not after or after.startswith((" ", "\u3000", "）", ")")) else " " + after
            varied = pad_before + credit + pad_after
            if family == "T traditional":
                for simple, traditional in CONTEXT_TRADITIONAL.items():
                    varied = varied.replace(simple, traditional)
            by_family.setdefault(family, []).append(Variant(family, varied, want, case))
        for variants in by_family.values():
            yield from rng.sample(variants, min(per, len(variants)))


def page_cases(registry: Registry) -> Iterator[tuple[str, str, str | None, str, list[str]]]:
    """(case, html, url, author, paragraphs) of every tune page with one credited writer read right."""
    pages = [(p.name, p.html, p.url, p.golden) for p in load_pages() if p.split == "tune" and p.set != "dev"]
    for name in sorted(TUNE_BATCHES):
        for folder in ("longtail", "portals"):
            for data, page in labelled(FIXTURES / name / folder):
                pages.append(
                    (f"{name}/{page.name}", page.read_text(encoding="utf-8", errors="replace"), data.get("url"), data)
                )
    for case, html, url, golden in pages:
        author = golden.get("author")
        if not author or " " in author:
            continue
        if (parse_html(html, url, registry).author or "") == author:
            yield case, html, url, author, list(golden.get("paragraphs") or [])


def _read_at(html: str, url: str | None, registry: Registry, author: str) -> int | None:
    """The html offset of the author's occurrence the parser reads (swapping it in alone changes the author)."""
    start = html.find("<body")
    for match in re.finditer(re.escape(author), html):
        at = match.start()
        if at < start or html.rfind(">", 0, at) < html.rfind("<", 0, at):
            continue
        probe = html[:at] + PROBE + html[at + len(author) :]
        if PROBE in (parse_html(probe, url, registry).author or ""):
            return at
    return None


def _paragraph_at(html: str, paragraphs: list[str], last: bool) -> int | None:
    """The offset of the tag opening the story's first (or last) paragraph."""
    for text in reversed(paragraphs) if last else paragraphs:
        key = text.strip()[:12]
        at = html.rfind(key) if last else html.find(key)
        if len(key) >= 6 and at > 0:
            return html.rfind("<", 0, at)
    return None


def _alone_in_element(html: str, at: int, length: int) -> bool:
    """The name is its element's whole text and no word stands right before that element (an account's link)."""
    if html[at - 1 : at] != ">" or html[at + length : at + length + 1] != "<":
        return False
    opened = html.rfind("<", 0, at)
    before = html[html.rfind(">", 0, opened) + 1 : opened].strip()
    return not before or not re.search(r"[\u4e00-\u9fff]$", before)


def bare_page_variants(html: str, author: str) -> Iterator[tuple[str, str]]:
    """A name standing alone in its element of a short bar (an account's link, ``<span class="author">``)
    reprinted the ways other templates order that bar: moved first or last, a separator between the parts,
    wrapped once more, a labelled source added. The bar's other parts are kept as they are."""
    from selectolax.lexbor import LexborHTMLParser

    for move in ("first", "last", "pipe", "wrap", "source"):
        tree = LexborHTMLParser(html)
        node = next(
            (
                n
                for n in tree.css("body *")
                if n.child is not None
                and n.child.tag == "-text"
                and n.child.next is None
                and (n.text() or "").strip() == author
                and n.parent is not None
                and len(n.parent.text() or "") <= BARE_BAR_CHARS
                and len([c for c in n.parent.iter() if c.tag != "-text"]) >= 2
            ),
            None,
        )
        if node is None:
            return
        parent = node.parent
        siblings = [c for c in parent.iter() if c.tag != "-text"]
        if move == "first" and siblings[0] is not node:
            siblings[0].insert_before(node)
            node.decompose()
        elif move == "last" and siblings[-1] is not node:
            siblings[-1].insert_after(node)
            node.decompose()
        elif move == "pipe":
            for sibling in siblings[:-1]:
                sibling.insert_after(" | ")
        elif move == "wrap":
            node.replace_with(LexborHTMLParser(f"<em>{node.html}</em>").css_first("em"))
        elif move == "source":
            siblings[-1].insert_after(LexborHTMLParser("<span>来源：新华网</span>").css_first("span"))
        else:
            continue
        yield move, tree.html or ""


def page_variants(registry: Registry, rng: random.Random, per: int) -> Iterator[Variant]:
    for case, html, url, author, paragraphs in page_cases(registry):
        at = _read_at(html, url, registry, author)
        if at is None:
            continue
        node_start = html.rfind(">", 0, at) + 1
        label = _LABEL_BEFORE.search(html[node_start:at])
        begin = node_start + label.start() if label else at
        end = at + len(author)
        head, tail = html[:begin], html[end:]
        by_family: dict[str, list[Variant]] = {}

        def add(
            family: str,
            varied: str,
            want: str = author,
            begin: int = begin,
            bucket: dict[str, list[Variant]] = by_family,
            case: str = case,
            url: str | None = url,
        ) -> None:
            at = varied.find(want.split()[0], max(0, begin - 400))
            shown = re.sub(r"\s+", " ", varied[max(0, at - 80) : at + 60])
            bucket.setdefault(family, []).append(Variant(family, varied, want, case, url, shown))

        # Only a credit the page labels is reprinted in place; an unlabelled name (an account's link, a poet,
        # a wire's dateline) is only moved into the story as a labelled credit line (family 6).
        # Inside a bracketed dateline ("新京报讯（记者 X）") a CMS prints no tools, times, line breaks or brackets.
        bracketed = head.rstrip().endswith(("（", "(", "【", "[")) or tail.lstrip().startswith(("）", ")", "】", "]"))
        for family, credit, want in credit_variants([author], rng) if label else ():
            if not (bracketed and family == "3 wrapper") and family != "N nobody":
                add(family, head + credit + tail, want)
        profile = f'<a href="/author/{rng.randint(100, 999)}.html">{author}</a>'
        for markup in (
            f"作者：{profile}",
            f'作者：<span class="name">{author}</span>',
            f"作者：<strong>{author}</strong>",
            f"记者 <em>{author}</em>",
            f'作者：<font color="#666666">{author}</font>',
            f"<span>作者：</span><span>{author}</span>",
            f"作者：<br>{author}",
            f"<em>作者</em>：{author}",
            f'<span class="label">文/</span><a href="/u/{rng.randint(1000, 9999)}">{author}</a>',
            f'<span>作者：</span><a rel="author" href="/author/{rng.randint(10, 99)}">{author}</a>',
            f"<label>作者：</label><span>{author}</span>",
            f"<b>作者</b><span>{author}</span>",
            f'作者：<span itemprop="author">{author}</span>',
            f"作者：{author[0]}<b>{author[1:]}</b>",
            f"作者：&nbsp;{author}",
            f"作者&nbsp;&nbsp;{author}",
            f"记者&nbsp;{author}&nbsp;&nbsp;",
            f'<span class="author">作者：{author}</span><span class="sep">|</span>',
        ):
            if label and not (bracketed and "<br>" in markup):
                add("4 markup", head + markup + tail)
        for before, after in (
            ("2023-05-12 10:20 ", ""),
            ("", " 2023-05-12 10:20"),
            ("来源：人民网 ", ""),
            ("", " 来源：新华网"),
            ("", " 浏览次数：1236"),
            ("【字号 大 中 小】 ", ""),
            ("", " 【打印】 【关闭】"),
            ("发布时间：2021-03-12 ", " 阅读：208"),
        ):
            if label and not bracketed:
                add("5 order", head + before + "作者：" + author + after + tail)
        stripped = head + tail
        if not label and not _alone_in_element(html, at, len(author)):
            stripped = ""  # an unlabelled name inside a credit ("記者<a>X</a>／台北報導"): moving it breaks that
        for last, line in (
            (False, f"<p>作者：{author}</p>"),
            (False, f"<p>本报记者 {author}</p>" if _HAN_NAME.fullmatch(author) else f"<p>撰文：{author}</p>"),
            (True, f"<p>（作者：{author}）</p>"),
            (True, f"<p>（作者：{author}　责任编辑：张伟）</p>"),
            (True, f"<p>文/{author}</p>"),
        ):
            where = _paragraph_at(stripped, paragraphs, last)
            if where is None or where < len(head):
                continue
            if last:
                close = stripped.find(">", stripped.find("</", where)) + 1
                add("6 position", stripped[:close] + line + stripped[close:])
            else:
                add("6 position", stripped[:where] + line + stripped[where:])
        if not label and _alone_in_element(html, at, len(author)):
            for move, varied in bare_page_variants(html, author):
                add("U bare bar", varied, author, begin, by_family, f"{case} [{move}]")
        for variants in by_family.values():
            yield from rng.sample(variants, min(per, len(variants)))


def score(variants: Iterator[Variant], read: object, show: str | None) -> Counter:
    tally: Counter = Counter()
    for variant in variants:
        got = read(variant)  # type: ignore[operator]
        kept = " ".join((got or "").split()) == variant.want
        tally[(variant.family, kept)] += 1
        if show and variant.family.startswith(show) and not kept:
            shown = variant.shown or variant.text
            print(f"  LOST {variant.family} {variant.case}: {shown!r} want {variant.want!r} got {got!r}")
    return tally


def table(title: str, tally: Counter) -> list[str]:
    rows = [f"{title}: family | kept / variants"]
    for family in sorted({family for family, _ in tally}):
        kept, lost = tally[(family, True)], tally[(family, False)]
        rows.append(f"  {family:14} {kept}/{kept + lost} = {kept / (kept + lost):.2f}")
    kept = sum(n for (_, ok), n in tally.items() if ok)
    rows.append(f"  {'all':14} {kept}/{sum(tally.values())}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.byline_vary", description=__doc__.splitlines()[0])
    parser.add_argument("--per", type=int, default=3, help="variants sampled per case and family")
    parser.add_argument("--strings-only", action="store_true")
    parser.add_argument("--show", help="print the lost variants of the families starting so")
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    strings = score(string_variants(rng, args.per), lambda v: parse_line(v.text).author, args.show)
    print("\n".join(table("strings", strings)))
    if not args.strings_only:
        registry = Registry.load()
        pages = score(
            page_variants(registry, rng, args.per), lambda v: parse_html(v.text, v.url, registry).author, args.show
        )
        print("\n".join(table("pages", pages)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
