"""Article extraction with beautifulsoup4: title, publication date, canonical URL and clean body text.

``extract_article(html, url)`` returns an :class:`Extracted` record; ``looks_like_article`` tells an article
page from a listing, tag or static page by its structure. Boilerplate (navigation, headers, footers,
sidebars, menus, share buttons, related-post lists, comment forms, scripts) never reaches the text;
paragraphs are joined by blank lines.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from crawler.dates import find_date, find_formatted_date, find_short_date, parse_date, year_from_url

DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "figcaption",
             "input", "select", "textarea", "nav", "header", "footer", "aside", "menu", "dialog", "object",
             "embed", "video", "audio", "map")
BOILERPLATE_RE = re.compile(
    r"(^|[\s_-])(nav|navbar|navigation|menu|menubar|sidebar|side-bar|widget|footer|header|masthead|"
    r"breadcrumbs?|share|sharing|social|sosmed|addthis|sharethis|related|terkait|comments?|komentar|"
    r"respond|reply|disqus|pagination|pager|paging|tags?|tagcloud|advert\w*|ads|iklan|banner|popup|modal|"
    r"newsletter|subscribe|author-box|post-nav\w*|byline|entry-meta|post-meta|article-meta|meta|"
    r"print|cookie|skip-link|screen-reader-text|sr-only|hidden|caption|wp-caption-text|"
    r"jp-relatedposts|sharedaddy|baca-juga|readmore|read-more|most-popular|populer|terpopuler|terbaru|"
    r"latest|recent|itemExtraFields|itemToolbar|itemLinks|itemRelated|itemNavigation|itemTagsBlock|"
    r"itemSocialSharing|itemComments\w*|itemAuthor\w*|itemRatingBlock|itemHits|itemDateModified)($|[\s_-])",
    re.IGNORECASE,
)
# Headings that start a block which is never part of the article ("Baca juga", comment forms, related posts).
STOP_HEADINGS_RE = re.compile(
    r"^\s*(tinggalkan (balasan|komentar)|leave a (reply|comment)|komentar|\d+ komentar|berita terkait|"
    r"artikel terkait|baca juga|related posts?|bagikan( artikel| berita)?|share( this)?|berita lainnya|"
    r"berita terbaru|berita populer|tags?|topik)\s*:?\s*$",
    re.IGNORECASE,
)
INLINE_NOISE_RE = re.compile(r"^\s*(baca juga|simak juga|lihat juga)\s*:", re.IGNORECASE)
# Body containers of Indonesian regional-government CMSs (home-grown "isi"/"detail-berita" sites, OpenSID,
# Joomla K2): where one of them is on the page, kunker's own body extraction reads it (pemda layer); elsewhere
# trafilatura does.
PEMDA_BODY_SELECTORS = (".isi-berita", ".detail-berita", ".content-berita", ".berita-content", ".isi", ".teks",
                        ".itemBody")
BODY_SELECTORS = (
    "[itemprop=articleBody]", ".entry-content", ".post-content", ".article-content", ".article-body",
    ".td-post-content", ".single-content", ".content-berita", ".isi-berita", ".detail-berita",
    ".berita-content", ".news-content", ".post-body", ".itemBody", ".itemFullText", ".item-page", "article", "main",
)
INLINE_TAGS = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
               "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
               "ins", "del"}
BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td")
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ")
DATE_CLASS_RE = re.compile(r"date|time|tanggal|tgl|meta|byline|posted|published|waktu", re.IGNORECASE)
ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "report"}
MAX_LINK_DENSITY = 0.25
META_DATE_KEYS = (
    ("property", "article:published_time"), ("property", "og:published_time"),
    ("name", "article:published_time"), ("itemprop", "datePublished"), ("name", "pubdate"),
    ("name", "publishdate"), ("name", "publish-date"), ("name", "date"), ("name", "DC.date.issued"),
    ("name", "dc.date"), ("name", "sailthru.date"), ("name", "parsely-pub-date"),
)


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


def clean_space(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


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


def _json_ld(soup: BeautifulSoup) -> list[dict]:
    """All JSON-LD objects in the page (flattening lists and @graph)."""
    objects: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            objects.append(node)
            walk(node.get("@graph", []))

    for script in soup.find_all("script", type="application/ld+json"):
        try:
            walk(json.loads(script.string or ""))
        except (ValueError, TypeError):
            continue
    return objects


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def _meta(soup: BeautifulSoup, attr: str, key: str) -> str | None:
    tag = soup.find("meta", attrs={attr: re.compile(f"^{re.escape(key)}$", re.IGNORECASE)})
    value = tag.get("content") if tag else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _in_boilerplate(tag: Tag) -> bool:
    for node in [tag, *tag.parents]:
        if not isinstance(node, Tag):
            continue
        if node.name in ("article", "main"):
            return False
        if node.name in ("nav", "header", "footer", "aside"):
            return True
        if node.name != "body" and _is_boilerplate_attr(node) and not DATE_CLASS_RE.search(_attrs(node)):
            return True
    return False


def in_page_chrome(tag: Tag) -> bool:
    """Inside navigation, header, footer, sidebar or a menu (not the page's main content)."""
    for node in tag.parents:
        if not isinstance(node, Tag) or node.name in ("body", "html"):
            continue
        if node.name in ("nav", "header", "footer", "aside", "menu") or _is_boilerplate_attr(node):
            return True
    return False


def _attrs(tag: Tag) -> str:
    if tag.attrs is None:
        return ""
    classes = tag.get("class") or []
    return " ".join([*classes, tag.get("id") or "", tag.get("role") or ""])


def _is_boilerplate_attr(tag: Tag) -> bool:
    attrs = _attrs(tag)
    if not attrs.strip() or tag.name in ("html", "body", "article", "main"):
        return False
    return bool(BOILERPLATE_RE.search(attrs)) or tag.get("role") in ("navigation", "banner", "contentinfo",
                                                                   "complementary", "menu")


def extract_title(soup: BeautifulSoup) -> str | None:
    """og:title / the article's h1 / <title>, without a trailing site name."""
    og = _meta(soup, "property", "og:title") or _meta(soup, "name", "twitter:title")
    h1s = [node_text(h) for h in soup.find_all("h1") if not _in_boilerplate(h)]
    h1s = [h for h in h1s if h]
    page_title = clean_space(soup.title.get_text(" ")) if soup.title else None
    site = _meta(soup, "property", "og:site_name")
    for candidate in (og, page_title):
        if candidate and h1s:
            for h1 in h1s:
                if candidate.startswith(h1) or h1.startswith(candidate):
                    return h1
    if page_title and not og and not h1s:
        # No og:title and no h1: an h2/h3 heading inside <title> is the title without the site or blog name.
        for heading in soup.find_all(["h2", "h3"]):
            text = node_text(heading)
            if len(text) >= 15 and text in page_title and not _in_boilerplate(heading):
                return text
    for candidate in (og, h1s[0] if h1s else None, page_title):
        if candidate:
            return _strip_site_name(candidate, site)
    return None


def _strip_site_name(title: str, site: str | None) -> str:
    for sep in TITLE_SEPARATORS:
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if site and site.lower() in tail.lower() or len(tail.split()) <= 4 < len(head.split()):
                return head.strip()
    return title.strip()


def date_texts(soup: BeautifulSoup, body: Tag | None = None) -> list[str]:
    """The page's date candidates as text, in the order :func:`extract_date` reads them: <time> values,
    elements whose class or id says date/time/meta, and the body's lead."""
    texts: list[str] = []
    for tag in soup.find_all("time"):
        if not _in_boilerplate(tag):
            texts += [v for v in (tag.get("datetime"), tag.get_text(" ")) if isinstance(v, str) and v.strip()]
    for tag in [*soup.find_all(True, class_=DATE_CLASS_RE), *soup.find_all(True, id=DATE_CLASS_RE)]:
        if not _in_boilerplate(tag):
            texts.append(tag.get_text(" "))
    if body is not None:
        texts.append(clean_space(body.get_text(" "))[:600])
    return texts


def extract_date(soup: BeautifulSoup, body: Tag | None = None, url: str = "",
                 reference: date | None = None) -> str | None:
    """Publication date: JSON-LD, meta tags, <time>, then dates written in the page's meta line or lead
    (a yearless dateline such as "Sabtu (26/3)" last: the URL's year, else its weekday and ``reference``)."""
    for obj in _json_ld(soup):
        value = obj.get("datePublished") or obj.get("dateCreated")
        if isinstance(value, str) and (parsed := parse_date(value)):
            return parsed
    for attr, key in META_DATE_KEYS:
        if parsed := parse_date(_meta(soup, attr, key)):
            return parsed
    for tag in soup.find_all(attrs={"itemprop": "datePublished"}):
        if parsed := parse_date(tag.get("datetime") or tag.get("content") or tag.get_text(" ")):
            return parsed
    for tag in soup.find_all("time"):
        if _in_boilerplate(tag):
            continue
        if parsed := parse_date(tag.get("datetime") or tag.get_text(" ")):
            return parsed
    for tag in soup.find_all(True, class_=DATE_CLASS_RE):
        if not _in_boilerplate(tag) and (parsed := find_date(tag.get_text(" "))):
            return parsed
    for tag in soup.find_all(True, id=DATE_CLASS_RE):
        if not _in_boilerplate(tag) and (parsed := find_date(tag.get_text(" "))):
            return parsed
    if parsed := _date_near_title(soup):
        return parsed
    if body is not None:
        lead = clean_space(body.get_text(" "))[:600]
        return find_date(lead) or find_short_date(lead, year_from_url(url), reference)
    return None


def _date_near_title(soup: BeautifulSoup) -> str | None:
    """A date in the short lines right after the page's title heading (a byline without a date class)."""
    for heading in soup.find_all(["h1", "h2"], limit=3):
        if _in_boilerplate(heading) or len(node_text(heading)) < 15:
            continue
        anchor = heading if heading.find_next_sibling() is not None else heading.parent
        for sibling in anchor.find_next_siblings(limit=3) if isinstance(anchor, Tag) else []:
            text = clean_space(sibling.get_text(" "))
            if text and len(text) <= 200 and (parsed := find_date(text)):
                return parsed
        break
    return None


def extract_canonical(soup: BeautifulSoup, url: str) -> str | None:
    link = soup.find("link", rel=lambda v: v and "canonical" in (v if isinstance(v, list) else [v]))
    href = link.get("href") if link else None
    href = href or _meta(soup, "property", "og:url")
    return urljoin(url, href.strip()) if href and href.strip() else None


def extract_author(soup: BeautifulSoup) -> str | None:
    for obj in _json_ld(soup):
        author = obj.get("author")
        if isinstance(author, list) and author:
            author = author[0]
        if isinstance(author, dict):
            author = author.get("name")
        if isinstance(author, str) and author.strip():
            return clean_space(author)
    return _meta(soup, "name", "author")


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


def _body_container(soup: BeautifulSoup, selectors: Iterable[str] = ()) -> Tag | None:
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
        if tag.name == "div" and (not _is_paragraph_div(tag) or DATE_CLASS_RE.search(_attrs(tag))):
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


def pemda_container(soup: BeautifulSoup) -> bool:
    """The page has exactly one of the regional-government CMS body containers (:data:`PEMDA_BODY_SELECTORS`)."""
    for selector in PEMDA_BODY_SELECTORS:
        found = [t for t in soup.select(selector) if len(clean_space(t.get_text(" "))) > 80]
        if found:
            return len(found) == 1
    return False


def extract_body(soup: BeautifulSoup, title: str | None = None,
                 selectors: Iterable[str] = ()) -> tuple[str, float]:
    """The article body as paragraphs joined by blank lines, and its link density (0..1)."""
    container = _body_container(soup, selectors)
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


def extract_text(soup: BeautifulSoup, title: str | None = None, selectors: Iterable[str] = ()) -> str:
    """The article body as paragraphs joined by blank lines."""
    return extract_body(soup, title, selectors)[0]


def parse_html(html: str | bytes) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def trafilatura_text(html: str | bytes, url: str) -> str:
    """The body as trafilatura reads it (paragraphs one a line), or "" when it finds none."""
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


ENGINES = ("trafilatura", "bs4")


def trafilatura_body(html: str | bytes, url: str, title: str | None) -> str:
    """trafilatura's body with kunker's fixes (:func:`pemda_fixes`); "" when it finds none."""
    return pemda_fixes(trafilatura_text(html, url), title)


def article_text(html: str | bytes, url: str, extracted: Extracted, selectors: dict | None = None,
                 pemda: bool = False) -> str:
    """The body of a page already extracted with ``engine="bs4"`` and judged an article: trafilatura's, unless
    the source names its body selector or the page has a regional-government CMS container (``pemda``, from
    :func:`pemda_container`; then kunker's own, ``extracted.text``), or trafilatura finds nothing."""
    if (selectors or {}).get("body") or pemda:
        return extracted.text
    text = trafilatura_body(html, url, extracted.title)
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
    ``date_format`` (a source's strptime format) is tried first on the page's date text (the ``date``
    selector's element, else :func:`date_texts`), then the normal chain; ``reference`` (the page's
    Last-Modified or fetch date) resolves yearless datelines by their weekday. ``soup``: the page already
    parsed (:func:`parse_html`), which extraction then modifies."""
    selectors = selectors or {}
    soup = soup if soup is not None else parse_html(html)
    canonical = extract_canonical(soup, url)
    author = extract_author(soup)
    is_article_type = _is_article_type(soup)
    title = None
    if sel := selectors.get("title"):
        found = soup.select_one(sel)
        title = node_text(found) if found else None
    title = title or extract_title(soup)
    published = None
    body_selectors = [selectors["body"]] if selectors.get("body") else []
    body = _body_container(soup, body_selectors)
    date_element = soup.select_one(selectors["date"]) if selectors.get("date") else None
    if date_format:
        texts = [date_element.get_text(" ")] if date_element else date_texts(soup, body)
        published = next(filter(None, (find_formatted_date(t, date_format, reference) for t in texts)), None)
    if not published and date_element:
        published = find_date(date_element.get_text(" "))
    published = published or extract_date(soup, body, url, reference)
    layered = engine == "trafilatura" and not body_selectors and not pemda_container(soup)
    text, link_density = (trafilatura_body(html, url, title), 0.0) if layered else ("", 0.0)
    if not text:  # kunker's own extractor: the bs4 engine, a source's body selector, a pemda CMS, a fallback
        text, link_density = extract_body(soup, title, body_selectors)
    return Extracted(title=title, published=published, text=text, canonical_url=canonical, author=author,
                     is_article_type=is_article_type, link_density=link_density)


def _is_article_type(soup: BeautifulSoup) -> bool:
    if (_meta(soup, "property", "og:type") or "").lower() == "article":
        return True
    return any(_types(obj) & ARTICLE_TYPES for obj in _json_ld(soup))


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
