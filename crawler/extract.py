"""Article extraction: title, publication date, canonical URL and clean body text.

``extract_article(html, url)`` returns an :class:`Extracted` record: the page is parsed once with lxml, for its
metadata (``crawler/pagemeta.py``) and for trafilatura's body, with kunker's fixes on trafilatura's lines
(:func:`pemda_fixes`). Pages with a regional-government CMS body container, or a source's body selector, get
kunker's own body extractor (beautifulsoup4, :func:`extract_body`), as does the crawl (``engine="bs4"``), which
asks trafilatura for the body of article pages only (:func:`article_text`, on that same lxml tree).
``looks_like_article`` tells an article page from a listing, tag or static page by its structure. Boilerplate
(navigation, headers, footers, sidebars, menus, share buttons, related-post lists, comment forms, scripts) never
reaches the text; paragraphs are joined by blank lines.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import chain

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from lxml.html import HtmlElement

from crawler import pagemeta, trafilatura_tree
from crawler.dates import find_date
from crawler.markup import (
    BOILERPLATE_LINE_CHARS,
    BOILERPLATE_LINE_RE,
    CHROME_TAGS,
    INLINE_TAGS,
    WIDGET_HEADING_RE,
    ancestry_in_boilerplate,
    attrs_text,
    clean_space,
    is_boilerplate_attrs,
    says_date,
)

DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "figcaption",
             "input", "select", "textarea", "nav", "header", "footer", "aside", "menu", "dialog", "object",
             "embed", "video", "audio", "map")
# Headings that start a block which is never part of the article ("Baca juga", comment forms, related posts).
STOP_HEADINGS_RE = re.compile(
    r"^\s*(tinggalkan (balasan|komentar)|leave a (reply|comment)|komentar|\d+ komentar|berita terkait|"
    r"artikel terkait|baca juga|related posts?|bagikan( artikel| berita)?|share( this)?|berita lainnya|"
    r"berita terbaru|berita populer|tags?|topik)\s*:?\s*$",
    re.IGNORECASE,
)
INLINE_NOISE_RE = re.compile(r"^\s*(baca juga|simak juga|lihat juga)\s*:", re.IGNORECASE)
BODY_SELECTORS = (
    "[itemprop=articleBody]", ".entry-content", ".post-content", ".article-content", ".article-body",
    ".td-post-content", ".single-content", ".content-berita", ".isi-berita", ".detail-berita",
    ".berita-content", ".news-content", ".post-body", ".itemBody", ".itemFullText", ".item-page", "article", "main",
)
BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td")
MAX_LINK_DENSITY = 0.25


@dataclass
class Extracted:
    """What an article page yields."""

    title: str | None
    published: str | None
    text: str
    canonical_url: str | None
    author: str | None = None
    is_article_type: bool = False
    link_density: float = 0.0
    pemda: bool = False  # a regional-government CMS body container: kunker's own body, not trafilatura's
    # the page's lxml tree (crawler/pagemeta.py), handed to trafilatura by :func:`article_text`: no third parse
    tree: HtmlElement | None = field(default=None, repr=False, compare=False)


def node_text(tag: Tag) -> str:
    """Visible text of ``tag``: inline markup joined as written, blocks and <br> separated by a space."""
    parts: list[str] = []
    for node in tag.descendants:
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            parts.append(str(node))
        elif isinstance(node, Tag) and node.name not in INLINE_TAGS:
            parts.append(" ")
    return clean_space("".join(parts))


def _in_boilerplate(tag: Tag) -> bool:
    """Inside page chrome, not inside <article>/<main> (:func:`crawler.markup.ancestry_in_boilerplate`)."""
    return ancestry_in_boilerplate((node.name, _attrs(node), node.get("role") if node.attrs else None)
                                   for node in chain((tag,), tag.parents) if isinstance(node, Tag))


def in_page_chrome(tag: Tag) -> bool:
    """Inside navigation, header, footer, sidebar or a menu (not the page's main content)."""
    for node in tag.parents:
        if not isinstance(node, Tag) or node.name in ("body", "html"):
            continue
        if node.name in (*CHROME_TAGS, "menu") or _is_boilerplate_attr(node):
            return True
    return False


def _attrs(tag: Tag) -> str:
    if tag.attrs is None:
        return ""
    return attrs_text(tag.get("class") or [], tag.get("id"), tag.get("role"))


def _is_boilerplate_attr(tag: Tag) -> bool:
    return tag.attrs is not None and is_boilerplate_attrs(tag.name, _attrs(tag), tag.get("role"))


def _remove_boilerplate(root: Tag) -> None:
    for node in root.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in root.find_all(DROP_TAGS):
        tag.decompose()
    for tag in root.find_all(True):
        if tag.decomposed or tag.attrs is None:
            continue
        if _is_boilerplate_attr(tag):
            tag.decompose()
    for tag in root.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b"]):
        if tag.decomposed:
            continue
        if STOP_HEADINGS_RE.match(tag.get_text(" ")) and len(tag.get_text()) < 60:
            _drop_from(tag)


def _drop_from(tag: Tag) -> None:
    """Remove ``tag`` and everything after it inside its parent (a "Baca juga"/comments block)."""
    for sibling in list(tag.find_next_siblings()):
        sibling.decompose()
    tag.decompose()


def _score_container(soup: BeautifulSoup) -> Tag | None:
    """The element holding most running text (readability-style), for pages without known selectors.

    Each text run of 25+ characters credits its nearest block element (a paragraph credits its parent),
    and half as much to the next block up; text inside navigation, sidebars or footers counts for nothing.
    """
    scores: dict[int, list] = {}
    body = soup.body or soup
    for string in body.find_all(string=True):
        if isinstance(string, Comment) or len(string.strip()) < 25:
            continue
        block = string.parent
        while isinstance(block, Tag) and block.name in INLINE_TAGS:
            block = block.parent
        if not isinstance(block, Tag) or block.name in ("script", "style", "noscript", "title"):
            continue
        if (block.name in BLOCK_TAGS or _is_paragraph_div(block)) and isinstance(block.parent, Tag):
            block = block.parent
        if _in_boilerplate(block):
            continue
        length = len(string.strip())
        for weight, target in ((1.0, block), (0.5, block.parent)):
            if isinstance(target, Tag) and target.name not in ("html", "[document]"):
                entry = scores.setdefault(id(target), [0.0, target])
                entry[0] += weight * length
    if not scores:
        return None
    return max(scores.values(), key=lambda s: s[0])[1]


def body_container(soup: BeautifulSoup, selectors: Iterable[str] = ()) -> Tag | None:
    for selector in (*selectors, *BODY_SELECTORS):
        found = [t for t in soup.select(selector) if len(clean_space(t.get_text(" "))) > 80]
        if len(found) == 1 or (found and selector in selectors):
            return found[0]
    return _score_container(soup)


def _blocks(container: Tag) -> list[str]:
    """Paragraph texts of ``container`` in document order (text split by <br> when there are no blocks)."""
    blocks: list[str] = []
    has_blocks = container.find(BLOCK_TAGS) is not None or any(_is_paragraph_div(d) for d in container.find_all("div"))
    if not has_blocks:
        return _split_loose(container)
    for tag in container.find_all([*BLOCK_TAGS, "div"]):
        if tag.name == "div" and (not _is_paragraph_div(tag) or says_date(_attrs(tag))):
            continue  # a <div> paragraph, but not the date line
        if tag.find(BLOCK_TAGS):
            continue
        text = node_text(tag)
        if text:
            blocks.append(text)
    loose = _loose_text(container)
    return blocks if not loose else _merge_loose(container)


def _date_line(text: str) -> bool:
    """A short line that is a date or a dateline with a byline ("Kamis, 14 Maret 2024 | Humas")."""
    return len(text) <= 60 and find_date(text) is not None


def _is_paragraph_div(tag: Tag) -> bool:
    """A <div> written as a paragraph: text of its own, no block, <div> or line break inside."""
    return (tag.name == "div" and tag.find(["div", "br", *BLOCK_TAGS]) is None
            and any(isinstance(s, NavigableString) and s.strip() for s in tag.children))


def _loose_text(container: Tag) -> str:
    parts = [s for s in container.find_all(string=True, recursive=False) if isinstance(s, NavigableString)]
    return clean_space(" ".join(parts))


def _merge_loose(container: Tag) -> list[str]:
    """Paragraphs from a container mixing block tags and bare text separated by <br>."""
    out: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = clean_space(" ".join(current))
        if text:
            out.append(text)
        current.clear()

    for child in container.children:
        if isinstance(child, NavigableString):
            current.append(str(child))
        elif isinstance(child, Tag) and child.name == "br":
            flush()
        elif isinstance(child, Tag) and (child.name in BLOCK_TAGS or child.find(BLOCK_TAGS)):
            flush()
            out.extend(_blocks(child) if child.name not in BLOCK_TAGS else [node_text(child)])
        elif isinstance(child, Tag):
            current.append(node_text(child) if child.name not in INLINE_TAGS else child.get_text(""))
    flush()
    return [b for b in out if b]


def _split_loose(container: Tag) -> list[str]:
    for br in container.find_all("br"):
        br.replace_with("\n")
    return [clean_space(line) for line in container.get_text("").split("\n") if clean_space(line)]


def extract_body(soup: BeautifulSoup, title: str | None = None, selectors: Iterable[str] = (),
                 container: Tag | None = None) -> tuple[str, float]:
    """The article body as paragraphs joined by blank lines, and its link density (0..1). ``container``: the
    body's element when already found (:func:`body_container`)."""
    container = container if container is not None else body_container(soup, selectors)
    if container is None:
        return "", 0.0
    _remove_boilerplate(container)
    paragraphs = [b for b in _blocks(container) if not INLINE_NOISE_RE.match(b) and not _date_line(b)]
    if paragraphs and title and clean_space(paragraphs[0]) == clean_space(title):
        paragraphs = paragraphs[1:]
    deduped: list[str] = []
    for para in paragraphs:
        if not deduped or deduped[-1] != para:
            deduped.append(para)
    text = "\n\n".join(deduped)
    link_chars = sum(len(node_text(a)) for a in container.find_all("a"))
    return text, min(1.0, link_chars / max(1, len(text)))


def parse_html(html: str | bytes) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def trafilatura_text(html: str | bytes | HtmlElement, url: str) -> str:
    """The body as trafilatura reads it (paragraphs one a line), or "" when it finds none. A parsed tree
    (:func:`crawler.pagemeta.load`) is consumed: trafilatura prunes it in place (:mod:`crawler.trafilatura_tree`)."""
    if isinstance(html, HtmlElement):
        return trafilatura_tree.extract_text(html, url)
    import trafilatura

    return trafilatura.extract(html, url=url or None, include_comments=False, include_tables=True,
                               include_formatting=False, output_format="txt", deduplicate=False) or ""


def pemda_fixes(text: str, title: str | None) -> str:
    """kunker's clean-up on an extractor's lines: paragraphs joined by blank lines, without "Baca juga"
    lines, lone date lines, a repeated title, or anything from a closing "Berita terkait" / share heading on."""
    paragraphs: list[str] = []
    for line in text.split("\n"):
        line = clean_space(line)
        if not line:
            continue
        if STOP_HEADINGS_RE.match(line) and paragraphs:
            break
        if INLINE_NOISE_RE.match(line) or _date_line(line) or (not paragraphs and title and line == title):
            continue
        if not paragraphs or paragraphs[-1] != line:
            paragraphs.append(line)
    # Short trailing lines after the last real paragraph are the page's widgets ("Bagikan: …", "Cetak").
    while len(paragraphs) > 1 and len(paragraphs[-1]) < 40 and not paragraphs[-1].endswith((".", "!", "?", '"',
                                                                                         "”")) \
            and any(len(p) >= 100 for p in paragraphs[:-1]):
        paragraphs.pop()
    return "\n\n".join(paragraphs)


WORD_RE = re.compile(r"\w+")
HOST_RE = re.compile(r"^(?:https?:)?//(?:www\.)?([^/:?#\[\]@]+)", re.IGNORECASE)
MIN_LINK_TEXT = 15  # shorter link texts ("Home", "Next") may well be words of the article's own lines
MAX_WIDGET_LINE = 250  # longer lines are paragraphs, even when a link covers them
TAIL_SHARE = 0.4  # a lone headline line is dropped only in this last share of the body's lines


def words_key(text: str) -> str:
    """``text``'s words, lower-cased, joined by single spaces: what a line and a link text are compared on."""
    return " ".join(WORD_RE.findall(text.lower()))


def _host(href: str) -> str | None:
    found = HOST_RE.match(href)
    return found.group(1).lower() if found else None


def site_link_texts(root: HtmlElement, url: str = "", anchors: list[HtmlElement] | None = None) -> set[str]:
    """:func:`words_key` of the texts of the page's links to its own site (relative, or to ``url``'s host, or
    without ``url`` to the host most linked to), those of :data:`MIN_LINK_TEXT` characters or more: the
    headlines of related, popular and latest-article widgets, tag and category names. ``anchors``: the page's <a>
    elements when already gathered (:attr:`crawler.pagemeta.Head.tagged`)."""
    anchors = anchors if anchors is not None else list(root.iter("a"))
    site = _host(url) if url else None
    if site is None:
        hosts = Counter(host for a in anchors if (host := _host(a.get("href") or "")))
        site = hosts.most_common(1)[0][0] if hosts else ""
    texts = set()
    for a in anchors:
        text = a.text_content() if len(a) else a.text or ""  # a link of plain text: no XPath call
        if len(text) < MIN_LINK_TEXT:
            continue
        href = a.get("href") or ""
        if href.startswith(("mailto:", "javascript:", "#", "tel:")):
            continue
        # only a link with "//" in its first characters can name a host (:data:`HOST_RE`) and leave the site
        if "//" in href[:8] and (_host(href) or site) != site:
            continue
        texts.add(text)
    return {key for text in texts if len(key := words_key(text)) >= MIN_LINK_TEXT}


class LinkKeys:
    """The page's own-site link texts (:func:`site_link_texts`), and which of them stand in a line."""

    def __init__(self, keys: set[str]) -> None:
        self.keys = keys
        self.by_length = sorted(keys, key=len)
        self.lengths = [len(key) for key in self.by_length]

    def covers(self, key: str) -> bool:
        """``key`` (a line's :func:`words_key`) is a link text, or holds one of 70 %+ its length."""
        if key in self.keys:
            return True
        low, high = bisect_left(self.lengths, 0.7 * len(key)), bisect_left(self.lengths, len(key))
        return any(link in key for link in self.by_length[low:high])


def _is_link_line(line: str, link_keys: LinkKeys) -> bool:
    """``line`` is short and mostly (70 %+ of its words' characters) one of the page's own link texts."""
    if len(line) > MAX_WIDGET_LINE:
        return False
    key = words_key(line)
    return bool(key) and link_keys.covers(key)


def drop_widget_lines(text: str, link_keys: set[str]) -> str:
    """``text`` (paragraphs joined by blank lines) without the lines of the page's widgets: short lines opening
    with a pointer, subscription, share or copyright phrase (:data:`crawler.markup.BOILERPLATE_LINE_RE`), a
    widget's lone heading ("Komentar", "Tags"), and headlines of links to the page's own site
    (:func:`site_link_texts`) that stand next to another such headline (a related-articles list) or in the
    body's last lines. A text that would lose every line is kept whole."""
    lines = text.split("\n\n")
    keys = LinkKeys(link_keys) if link_keys else None
    links = [_is_link_line(line, keys) for line in lines] if keys else [False] * len(lines)
    keep = []
    for i, line in enumerate(lines):
        in_list = (i > 0 and links[i - 1]) or (i + 1 < len(lines) and links[i + 1])
        if links[i] and (in_list or i >= (1 - TAIL_SHARE) * len(lines)):
            continue
        if (len(line) <= BOILERPLATE_LINE_CHARS and BOILERPLATE_LINE_RE.match(line)) or WIDGET_HEADING_RE.match(line):
            continue
        keep.append(line)
    return "\n\n".join(keep) if keep else text


def trafilatura_body(page: str | bytes | HtmlElement, url: str, title: str | None,
                     anchors: list[HtmlElement] | None = None) -> tuple[str, str]:
    """trafilatura's body of ``page`` as it came (its lead may hold a dateline) and with kunker's fixes
    (:func:`pemda_fixes`, and :func:`drop_widget_lines` with the page's link texts when ``page`` is the parsed
    tree, which trafilatura then consumes; ``anchors``: its <a> elements when already gathered); "" when it finds
    none."""
    link_keys = site_link_texts(page, url, anchors) if isinstance(page, HtmlElement) else None
    raw = trafilatura_text(page, url)
    text = pemda_fixes(raw, title)
    if text and link_keys is not None:
        text = drop_widget_lines(text, link_keys)
    return raw, text


def article_text(html: str | bytes, url: str, extracted: Extracted, selectors: dict | None = None) -> str:
    """The body of a page already extracted with ``engine="bs4"`` and judged an article: trafilatura's, unless
    the source names its body selector or the page has a regional-government CMS container
    (``extracted.pemda``; then kunker's own, ``extracted.text``), or trafilatura finds nothing. trafilatura reads
    the tree :func:`extract_article` already parsed (``extracted.tree``, consumed: set to None), ``html`` only
    without one."""
    if (selectors or {}).get("body") or extracted.pemda:
        return extracted.text
    tree, extracted.tree = extracted.tree, None
    _, text = trafilatura_body(tree if tree is not None else html, url, extracted.title)
    if len(extracted.text) >= 250 and shared_words(extracted.text, text) < 0.5:
        return extracted.text  # trafilatura took another block (a widget) than the page's main text
    # a widget list trafilatura appended ("Terpopuler" and its "- headline" items), not in kunker's own body
    lines, own = text.split("\n\n"), extracted.text
    while len(lines) > 1 and (lines[-1].startswith("- ") or len(lines[-1]) < 40) and lines[-1].lstrip("- ") \
            not in own:
        lines.pop()
    return "\n\n".join(lines) or extracted.text


def shared_words(reference: str, other: str) -> float:
    """Share of ``reference``'s words (with their counts) that ``other`` also has."""
    ref, got = Counter(reference.split()), Counter(other.split())
    return sum((ref & got).values()) / max(1, sum(ref.values()))


def extract_article(html: str | bytes, url: str, selectors: dict | None = None, date_format: str | None = None,
                    reference: date | None = None, engine: str = "trafilatura",
                    soup: BeautifulSoup | None = None) -> Extracted:
    """Extract one article page. ``selectors`` may override ``title``, ``date`` and ``body`` (CSS);
    ``date_format`` (a source's strptime format) and ``reference`` (the page's Last-Modified or fetch date) go
    to :func:`crawler.pagemeta.read_dates`, whose :class:`~crawler.pagemeta.PageDates` holds the date order.
    ``engine="bs4"``: the body from kunker's own extractor only; ``soup``: the page already parsed
    (:func:`parse_html`), which that extractor then modifies."""
    selectors = selectors or {}
    root = pagemeta.load(html)
    if root is None:
        return Extracted(title=None, published=None, text="", canonical_url=None)
    head = pagemeta.read_head(root)
    title = None
    if sel := selectors.get("title"):
        found = pagemeta.select(root, sel)
        title = pagemeta.node_text(found) if found is not None else None
    title = title or pagemeta.extract_title(root, head)
    body_selectors = [selectors["body"]] if selectors.get("body") else []
    pemda = pagemeta.pemda_container(root)
    # everything read from the tree comes before trafilatura, which consumes it; the date resolved after
    dates = pagemeta.read_dates(root, head, url, selectors.get("date"), date_format, reference)
    canonical_url = pagemeta.extract_canonical(root, head, url)
    tree: HtmlElement | None = root
    lead, text = "", ""
    if engine == "trafilatura" and not body_selectors and not pemda:
        tree = None
        lead, text = trafilatura_body(root, url, title, head.elements("a"))
    link_density = 0.0
    if not text:  # kunker's own extractor: the bs4 engine, a source's body selector, a pemda CMS, a fallback
        soup = soup if soup is not None else parse_html(html)
        container = body_container(soup, body_selectors)
        lead = clean_space(container.get_text(" "))[:600] if container is not None else ""
        text, link_density = extract_body(soup, title, body_selectors, container)
    return Extracted(title=title, published=dates.resolve(lead), text=text, canonical_url=canonical_url,
                     author=pagemeta.extract_author(head), is_article_type=pagemeta.is_article_type(head),
                     link_density=link_density, pemda=pemda, tree=tree)


def looks_like_article(extracted: Extracted, min_chars: int = 250, strict: bool = True) -> bool:
    """Article pages have a title and a body of real paragraphs with few links, and (strict) a date.

    og:type=article or JSON-LD NewsArticle lowers the bar; ``strict=False`` (used when the URL already
    looks like an article) drops the date and paragraph-count requirements.
    """
    if not extracted.title or not extracted.text or extracted.link_density > MAX_LINK_DENSITY:
        return False
    if extracted.is_article_type:
        return len(extracted.text) >= min_chars // 2
    if not strict:
        return len(extracted.text) >= min_chars
    paragraphs = [p for p in extracted.text.split("\n\n") if len(p) >= 60]
    return len(extracted.text) >= min_chars and len(paragraphs) >= 2 and extracted.published is not None
