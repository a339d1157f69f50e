"""Input checks: bad text never raises, it yields warnings (and an empty or partial result)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from nlp.lexicon import function_words

MAX_CHARS = 200_000  # longer texts are cut (a 5 MB page is not one news article)
MOJIBAKE = re.compile("Ã.|â€|Â\\s|Ã¢|ï¿½")
BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\ud800-\udfff]")
WORD = re.compile(r"[^\W\d_]+")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def as_text(value: Any, field: str, warnings: list[str]) -> str:
    """Coerce a field to str: bytes are decoded (UTF-8, replacing errors), other types refused."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        warnings.append(f"{field} given as bytes; decoded as UTF-8")
        return value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        warnings.append(f"{field} is {type(value).__name__}, not text; ignored")
        return ""
    return value


def check_text(text: str, warnings: list[str]) -> tuple[str, bool]:
    """Warnings about ``text``; returns (text to tag, whether tagging is worthwhile)."""
    if not text.strip():
        warnings.append("empty text")
        return text, False
    if len(text) > MAX_CHARS:
        warnings.append(f"text of {len(text)} characters; only the first {MAX_CHARS} were tagged")
        text = text[:MAX_CHARS]
    sample = text[:8_000]
    bad = len(BAD_CHARS.findall(sample))
    if bad > max(5, len(sample) // 50):
        warnings.append("binary or undecodable text (control or replacement characters); not tagged")
        return text, False
    if len(MOJIBAKE.findall(sample)) > 3:
        warnings.append("mojibake (text decoded with the wrong encoding); results may be partial")
    words = WORD.findall(sample[:3000])
    letters = [w for w in words if len(w) > 1]
    if letters and sum(map(str.isupper, letters)) / len(letters) > 0.8 and len(letters) >= 5:
        warnings.append("text is all in capitals; names and programs may be missed")
    lowered = list(map(str.lower, words))
    id_hits = sum(map(function_words("id").__contains__, lowered))
    en_hits = sum(map(function_words("en").__contains__, lowered))
    if len(words) >= 20 and (id_hits < len(words) / 50 or en_hits > 2 * id_hits):
        warnings.append("text does not look Indonesian; results may be partial")
    return text, True


# Publication dates outside this range are input errors (a CMS default like 9999-12-31, a 0001-01-01 placeholder):
# kunker's regional governments exist since independence, and news is not published more than a year ahead.
EARLIEST_PUBLISHED = dt.date(1945, 8, 17)
LATEST_PUBLISHED_AHEAD = dt.timedelta(days=366)


def check_published(value: Any, today: dt.date | None = None) -> tuple[str | None, str | None]:
    """``(date, None)`` for a plausible ``YYYY-MM-DD`` publication date or null, else ``(None, why it was dropped)``."""
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        return None, f'"published" is {type_name(value)}, not a YYYY-MM-DD date; ignored'
    try:
        day = dt.date.fromisoformat(value) if ISO_DAY.match(value) else None
    except ValueError:
        day = None
    if day is None:
        return None, f'"published" {value[:40]!r} is not a YYYY-MM-DD date; ignored'
    latest = (today or dt.date.today()) + LATEST_PUBLISHED_AHEAD
    if not EARLIEST_PUBLISHED <= day <= latest:
        return None, (f'"published" {value} is outside {EARLIEST_PUBLISHED.isoformat()} .. {latest.isoformat()}; '
                      "ignored")
    return value, None


def type_name(value: Any) -> str:
    """``a list``, ``a number``: how a JSON value's type is named in messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return {dict: "an object", list: "a list", str: "a string"}.get(type(value), type(value).__name__)
