"""The demo's articles: one text file per article under ``articles/<portal>/``, read into :class:`Article`.

A file is a header of ``key: value`` lines, a ``---`` line, then the body, paragraphs separated by blank
lines::

    title: Sekda Kabupaten Serang Bawa 14 Pejabat Belajar ke Trenggalek
    published: 2023-03-15 09:20
    author: Humas Prokopim Setda Trenggalek
    id: 2368                                   (optional: the portal's numeric article id)
    visit: Kabupaten Serang -> Kabupaten Trenggalek   (optional, repeatable: what the article reports)
    ---
    TRENGGALEK – Pemerintah Kabupaten ...

``visit`` lines document the learning visits an article reports (visitor -> host, canonical region names);
the site never shows them. All articles are fiction written for kunker.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ARTICLES_DIR = Path(__file__).resolve().parent / "articles"
HEADER_KEYS = ("title", "published", "author", "id", "visit")
REQUIRED_KEYS = ("title", "published", "author")

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")


class ArticleFileError(ValueError):
    """An article file that cannot be read: names the file, the line and the problem."""


@dataclass(frozen=True)
class Article:
    """One demo news article."""

    portal: str
    number: int
    title: str
    published: datetime
    author: str
    paragraphs: tuple[str, ...]
    visits: tuple[tuple[str, str], ...] = ()
    external_id: int | None = None

    @property
    def slug(self) -> str:
        return slugify(self.title)

    @property
    def is_visit(self) -> bool:
        return bool(self.visits)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def excerpt(self, words: int = 35) -> str:
        first = self.paragraphs[0].split()
        return " ".join(first[:words]) + (" […]" if len(first) > words else "")


def slugify(text: str, max_length: int = 80) -> str:
    """``Festival Kopi & Cengkih "Jalur Rempah"`` -> ``festival-kopi-cengkih-jalur-rempah``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def long_date(value: datetime) -> str:
    """``Selasa, 14 Maret 2023``."""
    return f"{DAYS[value.weekday()]}, {value.day} {MONTHS[value.month - 1]} {value.year}"


def numeric_date(value: datetime) -> str:
    """``14-03-2023 10:15 WIB``."""
    return f"{value:%d-%m-%Y %H:%M} WIB"


def parse_article(path: Path, portal: str) -> Article:
    """Read one article file; raise :class:`ArticleFileError` naming the file and line on bad input."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header: dict[str, str] = {}
    visits: list[tuple[str, str]] = []
    body_start = None
    for number, line in enumerate(lines, start=1):
        if line.strip() == "---":
            body_start = number
            break
        key, sep, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if not sep or key not in HEADER_KEYS or not value:
            raise ArticleFileError(f"{path}:{number}: expected 'key: value' with key in {HEADER_KEYS}")
        if key == "visit":
            visitor, arrow, host = value.partition("->")
            if not arrow or not visitor.strip() or not host.strip():
                raise ArticleFileError(f"{path}:{number}: visit must read 'Visitor Region -> Host Region'")
            visits.append((visitor.strip(), host.strip()))
        elif key in header:
            raise ArticleFileError(f"{path}:{number}: duplicate key {key!r}")
        else:
            header[key] = value
    if body_start is None:
        raise ArticleFileError(f"{path}: no '---' line between header and body")
    missing = [k for k in REQUIRED_KEYS if k not in header]
    if missing:
        raise ArticleFileError(f"{path}: missing {', '.join(missing)}")
    try:
        published = datetime.strptime(header["published"], "%Y-%m-%d %H:%M")
    except ValueError:
        raise ArticleFileError(f"{path}: published must be 'YYYY-MM-DD HH:MM', "
                               f"found {header['published']!r}") from None
    body = "\n".join(lines[body_start:])
    paragraphs = tuple(" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip())
    if not paragraphs:
        raise ArticleFileError(f"{path}: empty body")
    external_id = header.get("id")
    if external_id is not None and not external_id.isdigit():
        raise ArticleFileError(f"{path}: id must be a number, found {external_id!r}")
    return Article(portal=portal, number=int(path.stem), title=header["title"], published=published,
                   author=header["author"], paragraphs=paragraphs, visits=tuple(visits),
                   external_id=int(external_id) if external_id else None)


def load_articles(portal: str, root: Path = ARTICLES_DIR) -> list[Article]:
    """All articles of one portal, newest first."""
    folder = root / portal
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise ArticleFileError(f"{folder}: no article files")
    articles = [parse_article(path, portal) for path in files]
    return sorted(articles, key=lambda a: (a.published, a.number), reverse=True)
