"""Chinese numerals as dates write them (二〇二三年十一月二十日): the digits of a year, the tens of a day."""

from __future__ import annotations

NUMERALS = "〇○零一二三四五六七八九十"
_NUMERAL_VALUE = {ch: max(0, at - 2) for at, ch in enumerate(NUMERALS[:-1])}  # 〇○零 are 0, 一 is 1


def numeral(written: str) -> int:
    """二〇二三 digit by digit (2023); 十一, 二十, 三十一 as tens and ones."""
    if "十" not in written:
        return int("".join(str(_NUMERAL_VALUE[ch]) for ch in written))
    tens, _, ones = written.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return 0  # not a number a date writes (十十, 十二三): day or month 0 makes the date invalid
    return (_NUMERAL_VALUE[tens] if tens else 1) * 10 + (_NUMERAL_VALUE[ones] if ones else 0)
