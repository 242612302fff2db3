"""An archived blog fragment with no address of its own (网易博客 saved without <html> or <head>): the blog it
belongs to is the account host its links name most, and the name linked to that root is the post's writer.
Three 163-blog fragments of blind43-45 had no author."""

from __future__ import annotations

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_OWN = "http://linxi2012.blog.example-blogs.com"


def _fragment(owner_link: str, extra_links: str = "") -> str:
    posts = "".join(f'<li><a href="{_OWN}/blog/static/1234567{n}/">旧文{n}：江南小镇的雨季</a></li>' for n in range(3))
    return f"""<div class="nbw-blog"><h3 class="title">周末去西湖边走了走</h3>
<p class="info">2011-04-16 21:05:33 | 分类：<a href="{_OWN}/blog/#m=0&c=12">默认分类</a></p>
<div class="content">
<p>周末天气好，早上八点就出门了，沿着北山街一路走到断桥，湖边已经有不少晨练的人。</p>
<p>柳树刚抽出新芽，远远看过去一片嫩绿，湖面上起了一层薄雾，游船还没开始营业。</p>
<p>中午在孤山脚下找了家小店吃了碗片儿川，下午又去了一趟植物园，看郁金香开得正好。</p>
</div>
<div class="foot"><a href="{_OWN}/blog/static/12345679/">阅读(128)</a> |
<a href="{_OWN}/blog/static/12345679/#comment">评论(3)</a>
{owner_link}</div><ul class="other">{posts}</ul>{extra_links}</div>"""


def test_the_name_linked_to_the_fragment_s_own_blog_is_its_writer() -> None:
    friend = '<p class="comment"><a href="http://yunduo.blog.example-blogs.com/">云朵</a>：拍得真好！</p>'
    html = _fragment(f'发布者：<a href="{_OWN}/">林溪</a>', friend)
    assert parse_html(html, None, Registry.load()).author == "林溪"


def test_a_commenter_s_blog_is_not_the_page_s() -> None:
    # Without the owner's link, the one link to another blog (a commenter's) names nobody's post.
    friend = '<p class="comment"><a href="http://yunduo.blog.example-blogs.com/">云朵</a>：拍得真好！</p>'
    assert parse_html(_fragment("", friend), None, Registry.load()).author is None
