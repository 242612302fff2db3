"""Old forums' member pages. phpwind 7 rewrote its queries into dashes (``u.php?action-show-uid-5872.html``):
the user page names its uid so, as Discuz's ``space-uid-N`` does; two batches written apart (blind25's and
blind27's phpwind threads) lost the thread's poster to it. BBSXP and LeadBBS name theirs in the query."""

import pytest

from newscorpus.scrapers.profiles import is_profile


@pytest.mark.parametrize(
    ("href", "profile"),
    [
        ("u.php?action-show-uid-3310.html", True),
        ("http://bbs.example-city.cn/u.php?action-show-uid-120", True),
        ("space-uid-663051.html", True),
        ("read.php?tid-3310-page-2.html", False),  # a thread's later page
        ("profile.php?action-permission-gid-12.html", False),  # a member group's rights page
        ("thread.php?fid-7-type-3.html", False),
        # BBSXP's and LeadBBS' member pages (blind29's old forum threads)
        ("Profile.asp?UserName=老钓手", True),
        ("../User/LookUserInfo.asp?ID=3310", True),
        ("ShowPost.asp?ThreadID=6213", False),
    ],
)
def test_the_dashed_uid_is_a_profile(href: str, profile: bool) -> None:
    assert is_profile(href) is profile
