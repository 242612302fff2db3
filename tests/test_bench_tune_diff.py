"""bench.tune_diff: the tune dump reads pages and strings as the parser does, and the diff names what a change
fixed and broke by the labels."""

from __future__ import annotations

import json
from pathlib import Path

from bench import tune_diff

_PARAGRAPHS = [
    "记者从市园林局获悉，城区口袋公园建设将在年内分阶段推进，首批三处已于上月建成开放，周边市民反响良好。",
    "这三处口袋公园分别位于解放路、人民街和滨江路的街角空地，面积都不大，但设置了座椅、健身器材和儿童游乐设施。",
    "据介绍，下一步将结合老旧小区改造，在更多街角空地增设绿化和休憩设施，让居民出门五分钟就能找到休闲去处。",
    "市园林局有关负责人表示，口袋公园的选址充分听取了社区居民的意见，后续管理养护也将交由属地街道负责。",
]


def _batch(root: Path) -> Path:
    batch = root / "blind90n"
    (batch / "portals").mkdir(parents=True)
    page = (
        "<html><head><meta charset='utf-8'><title>城区新增三处口袋公园</title></head>"
        "<body><h1>城区新增三处口袋公园</h1>"
        "<div class='info'>2021-05-18 10:20 来源：江城晚报 作者：林海</div>"
        + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)
        + "</body></html>"
    )
    (batch / "portals" / "a.html").write_text(page, encoding="utf-8")
    label = {
        "page": "portals/a.html",
        "url": "https://www.jcwb.test/2021/0518/1.html",
        "author": "林海",
        "source": "江城晚报",
        "editor": None,
        "published_at": "2021-05-18T10:20:00+08:00",
        "paragraphs": _PARAGRAPHS,
        "related": [],
    }
    (batch / "portals" / "a.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    rows = [{"text": "来源：江城晚报 作者：林海", "author": "林海", "source": "江城晚报", "editor": None}]
    (batch / "strings.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return batch


def test_the_dump_reads_pages_and_strings_as_the_parser_does(tmp_path: Path) -> None:
    dumped = tune_diff.dump_batch(_batch(tmp_path))
    page = dumped["pages"]["blind90n/portals/a"]
    assert (page["author"], page["source"], page["f1"]) == ("林海", "江城晚报", 1.0)
    assert dumped["strings"]["blind90n#0"] == {"author": "林海", "source": "江城晚报", "editor": None}


def test_the_diff_names_fixed_and_broken_fields_by_the_labels(tmp_path: Path) -> None:
    batch = _batch(tmp_path)
    now = tune_diff.dump_batch(batch)
    start = json.loads(json.dumps(now))
    start["pages"]["blind90n/portals/a"]["author"] = None  # the start code missed the author
    start["pages"]["blind90n/portals/a"]["f1"] = 0.5
    now["strings"]["blind90n#0"]["source"] = "晚报"  # the change broke a string's source
    lines, fixed, broken = tune_diff.compare(start, now, tmp_path)
    assert (fixed, broken) == (1, 1)
    assert "FIXED n blind90n/portals/a author: None -> '林海' want '林海'" in lines
    assert any(line.startswith("BROKE n blind90n#0 source") for line in lines)
    assert "F1 UP n blind90n/portals/a: 0.5 -> 1.0" in lines


def test_a_time_is_compared_at_its_instant(tmp_path: Path) -> None:
    batch = _batch(tmp_path)
    now = tune_diff.dump_batch(batch)
    start = json.loads(json.dumps(now))
    # The same instant written in another offset is no change; an hour off is a break, the label's instant a fix.
    start["pages"]["blind90n/portals/a"]["published_at"] = "2021-05-18T02:20:00+00:00"
    assert tune_diff.compare(start, now, tmp_path)[1:] == (0, 0)
    now["pages"]["blind90n/portals/a"]["published_at"] = "2021-05-18T11:20:00+08:00"
    lines, fixed, broken = tune_diff.compare(start, now, tmp_path)
    assert (fixed, broken) == (0, 1) and lines[0].startswith("BROKE n blind90n/portals/a published_at")
    lines, fixed, broken = tune_diff.compare(now, start, tmp_path)
    assert (fixed, broken) == (1, 0)


def test_related_moves_are_named_by_the_labelled_list(tmp_path: Path) -> None:
    batch = _batch(tmp_path)
    label_path = batch / "portals" / "a.json"
    label = json.loads(label_path.read_text(encoding="utf-8"))
    label["related"] = [{"title": "滨江路街角空地改造完成", "url": "https://www.jcwb.test/2021/0510/7.html"}]
    label_path.write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    now = tune_diff.dump_batch(batch)
    start = json.loads(json.dumps(now))
    start["pages"]["blind90n/portals/a"]["related"] = ["https://www.jcwb.test/hot/1.html"]
    now["pages"]["blind90n/portals/a"]["related"] = ["https://www.jcwb.test/2021/0510/7.html"]
    lines = tune_diff.compare(start, now, tmp_path)[0]
    assert lines == ["RELATED UP: found 0 -> 1 of 1, others 1 -> 0 n blind90n/portals/a"]
    back = tune_diff.compare(now, start, tmp_path)[0]
    assert back == ["RELATED DOWN: found 1 -> 0 of 1, others 0 -> 1 n blind90n/portals/a"]


def test_rows_one_dump_lacks_are_no_change(tmp_path: Path) -> None:
    """A batch flipped to tune after the start dump: its rows have no start, so nothing is fixed or broken."""
    now = tune_diff.dump_batch(_batch(tmp_path))
    start: dict = {"pages": {}, "strings": {}}
    assert tune_diff.compare(start, now, tmp_path) == ([], 0, 0)
