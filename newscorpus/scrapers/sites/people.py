"""人民网 people.com.cn: channel articles ``/n1/<date>/c<channel>-<id>.html`` and provincial ``/n2/``.

2016 template: ``div.text_title h1``, ``div.box01 div.fl`` ("2019年06月15日08:18 来源：<a>"), body
``#rwb_zw``, editor ``div.edit`` "(责编：...)", 相关新闻 in ``#rwb_xgxw``. Long articles are split
into pages (``div.zdfy`` 【1】【2】 plus a next-page image link, or a 下一页 text link). The 2020
template moved the story into ``div.rm_txt_con`` (a 2021 variant into its ``div.rm_txt_zw``); the pre-2016
one used ``#p_title``/``#p_content``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus.scrapers import sitekit
from newscorpus.scrapers.rule import RulePage, SiteRule, Template

if TYPE_CHECKING:
    from newscorpus.models import Article

# Page layouts, tried in this order (dated as the notes above date them); the undated fallbacks follow.
_TEMPLATES = (
    Template("rwb", since="2016", body=("#rwb_zw",)),
    # A 2021 variant keeps the headline and the time bar inside rm_txt_con, the story in its rm_txt_zw.
    Template("rm_txt", since="2020", body=("div.rm_txt_con div.rm_txt_zw", "div.rm_txt_con")),
    Template("p_content", since=None, until="2016", body=("#p_content",)),
)
_FALLBACK_BODY = ("div.box_con", "#articleText")
_EDITOR = ("div.edit", "#p_editor", "div.rm_txt div.edit")
_PAGE_LINK = re.compile(r"^【\d+】$|^(上一页|下一页)$")
_PROMO = re.compile(r"^点击进入.*(>>|》)?$")


def _postprocess(article: Article, page: RulePage) -> None:
    lines = article.paragraphs
    unwanted = sitekit.caption_like(lines)
    article.paragraphs = [
        line for line in lines if line not in unwanted and not _PAGE_LINK.match(line) and not _PROMO.match(line)
    ]
    article.editor = sitekit.editor_name(article.editor)


RULE = SiteRule(
    name="people",
    hosts=("people.com.cn",),
    version=42,
    title=("div.text_title h1", "div.rm_txt h1", "#p_title", "div.title h1", "h1"),
    published=("div.box01 div.fl", "div.rm_txt div.col-1-1", "#p_publishtime", "div.box01"),
    # 2021- opinion pages: the writer in its own element between the headline and the time bar.
    author=("div.text_title p.author", "div.rm_txt p.author", "div.rm_txt_con > div.author", "#p_author"),
    editor=_EDITOR,
    source=("div.box01 div.fl a", "div.rm_txt div.col-1-1 a", "#p_origin a", "#p_origin"),
    byline=("div.box01 div.fl", "div.rm_txt div.col-1-1", "#p_origin"),
    templates=_TEMPLATES,
    body=_FALLBACK_BODY,
    drop=("div.zdfy", "div.page_n", "center", "div.box_pic", "div.edit", "#p_editor", "div.otitle"),
    related=("#rwb_xgxw ul", "div.box_news ul"),
    next_page=(
        'a:has(> img[src*="next_page"])',
        'div.page_n a:lexbor-contains("下一页")',
        'a:lexbor-contains("下一页")',
    ),
    fingerprints=('id="rwb_zw"', 'class="rm_txt_con', 'id="p_publishtime"', "www.people.com.cn/img/"),
    postprocess=_postprocess,
)
