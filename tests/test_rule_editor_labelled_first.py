"""A rule's editor elements: one with an editor's label wins over an unlabelled one the same class marks. sina's
2015 sports template classes its closing credit ``（新浪体育 X）`` and its ``责任编辑：Y`` alike; the writer X was
taken for the editor (blind29)."""

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_PARA = "本场比赛主队开场就展开猛攻，第二十分钟由前锋头球破门，下半场客队加强反击，但始终没能扳平比分。"
_PAGE = f"""<html><head><meta charset="utf-8"><title>主队一球小胜客队_新浪体育</title></head><body>
<div class="blkContainer"><h1 id="artibodyTitle">主队一球小胜客队</h1>
<div class="artInfo"><span id="pub_date">2016年04月09日21:35</span> <span id="media_name">新浪体育</span></div>
<div class="blkContainerSblkCon" id="artibody"><p>{_PARA}</p><p>{_PARA}</p><p>{_PARA}</p>
<p class="article-editor">（新浪体育 何子凡）</p></div>
<div class="blkComment"><p class="article-editor">责任编辑：钱晓岚</p></div></div></body></html>"""


def test_the_labelled_editor_wins_over_the_closing_credit() -> None:
    article = parse_html(
        _PAGE, "http://sports.sina.com.cn/china/j/2016-04-09/doc-ifxrcizs7001234.shtml", Registry.load()
    )
    assert article.editor == "钱晓岚"


def test_an_unlabelled_editor_element_alone_still_names_the_editor() -> None:
    html = _PAGE.replace('<p class="article-editor">（新浪体育 何子凡）</p>', "").replace("责任编辑：钱晓岚", "钱晓岚")
    article = parse_html(
        html, "http://sports.sina.com.cn/china/j/2016-04-09/doc-ifxrcizs7001234.shtml", Registry.load()
    )
    assert article.editor == "钱晓岚"
