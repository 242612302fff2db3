"""A date shown alone, completed by the time of day a stamp of the same day gives elsewhere on the page."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.datelines import page_datetime
from newscorpus.scrapers.datemeta import published_from_scripts
from newscorpus.scrapers.dates import is_date_only, parse_datetime


def with_time_of_day(
    shown: str | None, lines: list[str], url: str | None, fetched_at: str | None = None, edited: bool = False
) -> str | None:
    """``shown`` (a date alone around the headline, often a breadcrumb's) with the time of day a stamp of that
    same day gives elsewhere on the page (a footer's "2018年6月5日（星期二）<br>香港時間15時32分"): the day is
    the page's, the stamp completes it. A stamp of another day is not read, nor a list item's dated headline
    (``page_datetime`` takes only labelled lines and stamps with little else)."""
    if not shown or not is_date_only(shown) or not lines:
        return shown
    stamp = page_datetime(lines, url, fetched_at, edited=edited)
    same_day = stamp is not None and stamp[:10] == shown[:10]
    return stamp if same_day and stamp is not None and not is_date_only(stamp) else shown


def with_yearless_time(dated: str | None, lines: list[str]) -> str | None:
    """``dated`` (the page data's date alone: 百家号's ``"publishDate":"2021-05-06"``) with the time of day a line
    around the headline shows for that day without its year (``发布时间: 05-06 09:18``): the data gives the year,
    the page the time. A line of another day is not read."""
    if not dated or not is_date_only(dated):
        return dated
    year = int(dated[:4])
    for line in lines:
        shown = parse_datetime(line, default_year=year)
        if shown and shown[:10] == dated[:10] and not is_date_only(shown):
            return shown
    return dated


def scripted_time(tree: LexborHTMLParser, lines: list[str]) -> str | None:
    """The time the page's data gives (``published_from_scripts``), its day alone completed by a line's
    yearless time (``with_yearless_time``): a template showing ``发布时间：05-12 10:31`` keeps the rest in state."""
    return with_yearless_time(published_from_scripts(tree), lines)
