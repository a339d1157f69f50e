"""What kind of page is this: an article, a listing, a home page or something else, decided from evidence.

An article has one dominant block of running text: several link-free paragraphs in a row (or one long one).
A listing or home page has teaser blocks (a headline link with a date or an excerpt, repeated), several
``<h2>``/``<h3>``/``<h4>`` links, many headline-like links or a high link density, or it is the site's root.
When a page shows both (an article with a related-posts block, a listing with one long excerpt), the larger
weighs more: the article text against the teasers' text. :func:`classify` returns the kind with its reasons,
which the spider logs at debug level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag

from crawler.dates import find_date

ROOT_PATHS = {"", "/", "/index.php", "/index.html", "/index.htm", "/home", "/beranda", "/index"}
CHROME_TAGS = ("nav", "header", "footer", "aside", "menu", "script", "style", "noscript", "form")
CHROME_RE = re.compile(r"(^|[\s_-])(nav|navbar|menu|sidebar|footer|header|widget|breadcrumbs?)($|[\s_-])",
                       re.IGNORECASE)
HEADINGS = ("h1", "h2", "h3", "h4", "h5")
PARAGRAPH_MIN = 40  # characters of a paragraph in a run
TEASER_MAX = 700  # characters of a teaser block (headline, date, excerpt)


@dataclass
class PageKind:
    kind: str  # "article", "listing", "home" or "other"
    reasons: list[str] = field(default_factory=list)
    run_paragraphs: int = 0
    run_chars: int = 0
    teasers: int = 0
    heading_links: int = 0

    def explain(self) -> str:
        return f"{self.kind}: " + "; ".join(self.reasons)


def is_root(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path.lower() in ROOT_PATHS and not parts.query


def _chrome(tag: Tag) -> bool:
    for node in [tag, *tag.parents]:
        if not isinstance(node, Tag) or node.name in ("body", "html", "[document]"):
            continue
        if node.name in CHROME_TAGS:
            return True
        classes = " ".join([*(node.get("class") or []), node.get("id") or ""]) if node.attrs else ""
        if classes and CHROME_RE.search(classes):
            return True
    return False


def _words(text: str) -> int:
    return len(text.split())


def _headline_link(tag: Tag) -> bool:
    """A link that reads like a headline: inside a heading, or four words or more."""
    if tag.name != "a" or not tag.get("href"):
        return False
    text = tag.get_text(" ", strip=True)
    return _words(text) >= 4 or (tag.find_parent(HEADINGS) is not None and _words(text) >= 2)


def _paragraph_text(node: object) -> str | None:
    """The text of a paragraph-like child (a <p>, a text-only <div>, a bare text run), None for anything else;
    a child holding a headline link is not a paragraph."""
    if isinstance(node, NavigableString):
        text = " ".join(str(node).split())
        return text if len(text) >= PARAGRAPH_MIN else None
    if not isinstance(node, Tag) or node.name not in ("p", "div", "blockquote", "span", "font"):
        return None
    if node.find(["p", "div", "ul", "ol", "table", *HEADINGS]) is not None and node.name != "p":
        return None
    text = " ".join(node.get_text(" ").split())
    links = sum(len(a.get_text(" ", strip=True)) for a in node.find_all("a"))
    if len(text) < PARAGRAPH_MIN or links > 0.3 * len(text) or any(_headline_link(a) for a in node.find_all("a")):
        return None
    return text


def article_like(paragraphs: int, chars: int) -> bool:
    """A run of text that makes an article body: two paragraphs and 250 characters, or 400 characters."""
    return (paragraphs >= 2 and chars >= 250) or chars >= 400


def _rank(paragraphs: int, chars: int) -> tuple[bool, int]:
    return article_like(paragraphs, chars), chars


def dominant_run(body: Tag) -> tuple[int, int]:
    """The longest run of consecutive paragraph-like siblings outside the page chrome: (paragraphs, chars).
    Line breaks, images and empty elements between paragraphs do not break a run; a headline link does."""
    best = (0, 0)
    for parent in [body, *body.find_all(True)]:
        if parent.name in CHROME_TAGS or parent.name in ("p", "a", "script", "style"):
            continue
        count = chars = 0
        for child in parent.children:
            text = _paragraph_text(child)
            if text is not None:
                count, chars = count + 1, chars + len(text)
                if _rank(count, chars) > _rank(*best) and not _chrome(parent):
                    best = (count, chars)
                continue
            if isinstance(child, NavigableString) and not str(child).strip():
                continue
            if isinstance(child, Tag) and (child.name in ("br", "img", "figure", "hr", "time")
                                           or (not child.get_text(strip=True) and not child.find("a"))):
                continue
            count = chars = 0
    return best


def teaser_stats(body: Tag) -> tuple[int, int, int]:
    """(teaser blocks, heading links, teaser text chars) outside the page chrome. A teaser block is the
    smallest element around a headline link that also holds a date or an excerpt, and no other headline."""
    teasers = heading_links = teaser_chars = 0
    seen: set[int] = set()
    for link in body.find_all("a", href=True):
        if not _headline_link(link) or _chrome(link):
            continue
        if link.find_parent(HEADINGS) is not None:
            heading_links += 1
        block = link.parent
        while isinstance(block, Tag) and block.name not in ("body", "html"):
            if block.name in ("div", "li", "article", "section", "td", "tr"):
                break
            block = block.parent
        if not isinstance(block, Tag) or id(block) in seen:
            continue
        text = " ".join(block.get_text(" ").split())
        headlines = [a for a in block.find_all("a", href=True) if _headline_link(a)]
        if len({a["href"] for a in headlines}) != 1 or len(text) > TEASER_MAX:
            continue
        anchor = link.get_text(" ", strip=True)
        extra = text.replace(anchor, "", 1)
        if find_date(extra) or len(extra.strip()) >= 60:
            seen.add(id(block))
            teasers += 1
            teaser_chars += len(text)
    return teasers, heading_links, teaser_chars


def classify(soup: BeautifulSoup, url: str, link_density: float = 0.0) -> PageKind:
    """The page's kind and the evidence for it."""
    body = soup.body or soup
    paragraphs, chars = dominant_run(body)
    teasers, heading_links, teaser_chars = teaser_stats(body)
    kind = PageKind("other", run_paragraphs=paragraphs, run_chars=chars, teasers=teasers,
                    heading_links=heading_links)
    text_block = f"main text block of {paragraphs} paragraphs, {chars} characters"
    if is_root(url):
        kind.kind = "home"
        kind.reasons = ["the site's root path", f"{teasers} teaser blocks", f"{heading_links} heading links"]
        return kind
    article = article_like(paragraphs, chars)
    listing = []
    if teasers >= 3:
        listing.append(f"{teasers} teaser blocks (headline link with a date or excerpt)")
    if heading_links >= 3:
        listing.append(f"{heading_links} h2/h3/h4 links")
    if link_density > 0.25:
        listing.append(f"link density {link_density:.2f}")
    if article and (not listing or chars >= max(teaser_chars, 1)):
        kind.kind = "article"
        kind.reasons = [text_block] + ([f"outweighs {'; '.join(listing)} ({teaser_chars} characters)"]
                                       if listing else [])
    elif listing:
        kind.kind = "listing"
        kind.reasons = listing + [text_block]
    else:
        kind.reasons = [f"no dominant text block ({paragraphs} paragraphs, {chars} characters)",
                        f"{teasers} teaser blocks"]
    return kind


def with_link_density(kind: PageKind, link_density: float) -> PageKind:
    """``kind`` with the link density of the extracted body as further evidence (known after extraction)."""
    if link_density > 0.25:
        kind.reasons.append(f"link density {link_density:.2f}")
        if kind.kind == "other":
            kind.kind = "listing"
    return kind
