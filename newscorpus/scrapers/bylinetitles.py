"""Words printed beside a name that are no name: a dynasty after a poet's (王维 〔唐代〕), a title glued after a
person's (梁志恆牧師, 张三教授). Split from ``bylinenames`` (session 12) to keep that module small."""

from __future__ import annotations

import re

from newscorpus.scrapers.bylinebare import is_person

__all__ = ["ERA", "HONORIFICS", "without_honorific"]

# A poet's dynasty after the name: "王维 〔唐代〕".
ERA = re.compile(
    r"(?:先秦|春秋|战国|戰國|秦|[西东東]?[汉漢]|三国|三國|魏晋|魏晉|[西东東]?[晋晉]|南北朝|[南北]朝|隋|唐|五代|[南北]?宋"
    r"|[辽遼]|元|明|清|民国|民國|近代|现代|現代|当代|當代)(?:代|朝)?"
)
# Titles written glued after a name: clergy, a professor's, a doctor's or a lawyer's. Not 先生/女士 (王先生
# names nobody) nor 老师: a school's credits keep a teacher as a relation, like a pupil's parent (李华老师).
HONORIFICS = (
    *("牧師", "牧师", "神父", "法師", "法师", "長老", "长老", "傳道", "传道", "執事", "执事", "居士"),
    # a church's brother or sister after a member's name (撰文 林佩君 姊妹, 文／張志明 弟兄)
    *("姊妹", "姐妹", "弟兄"),
    *("教授", "博士", "醫生", "医生", "律师", "律師"),
)


# A monastic's title: the name before it is a dharma name (净远法师), led by no surname, and the title alone
# says it names a person.
_MONASTIC = ("法師", "法师")
_DHARMA_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def without_honorific(token: str) -> str:
    """A name less the title glued after it (梁志恆牧師): the person, when the rest is a name."""
    for title in HONORIFICS:
        if not token.endswith(title):
            continue
        name = token[: -len(title)]
        if is_person(name) or (title in _MONASTIC and _DHARMA_NAME.fullmatch(name)):
            return name
    return token
