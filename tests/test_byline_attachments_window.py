"""A notice's attachments under the story (相关附件：, a document's file name) do not use up the lines read for its
closing credit: blind30's market-regulation notice lost ``（编辑：陆晓燕）`` under two attachment lines."""

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_PARA = "为进一步落实食品生产企业主体责任，区局决定在全区开展食品安全自查工作，请各企业按要求认真组织自查并如实填报。"
_PAGE = """<html><head><meta charset="utf-8"><title>关于开展食品安全自查的通知</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/tzgg/">通知公告</a></div>
<div class="xl"><h1>关于开展食品安全自查的通知</h1><div class="xl_info">发布时间：2021-04-06</div>
<div class="xl_con"><p>{p}</p><p>{p}</p><p>{p}</p><p>区市场监督管理局</p><p>2021年4月6日</p></div>
<div class="xl_fj"><p>相关附件：</p><p><a href="/files/zc.doc">食品安全自查表.doc</a></p></div>
<div class="xl_bj">（编辑：{editor}）</div><div class="share">分享到：</div></div>
<div class="news"><h3>部门动态</h3><ul>
<li><a href="/bmdt/1.html">区局召开食品安全工作会议部署全年任务</a>（编辑：韦达）</li></ul></div>
</body></html>"""


def test_the_credit_under_the_attachments_names_the_editor() -> None:
    html = _PAGE.format(p=_PARA, editor="苗一禾")
    assert (
        parse_html(html, "http://www.example-county.gov.cn/tzgg/202104/t20210406_1.html", Registry.load()).editor
        == "苗一禾"
    )
