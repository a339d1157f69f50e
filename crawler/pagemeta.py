"""A page's title, publication date, author, canonical URL and article type, read from its lxml tree.

One parse serves both this module and trafilatura (which copies the tree before cleaning it), so extraction
costs one lxml parse. Dates go through kunker's Indonesian date logic (``crawler/dates.py``): JSON-LD, meta
tags, ``itemprop``, ``<time>``, elements whose class or id says date, the lines after the title heading, then
the body's lead (a yearless dateline last).
"""

from __future__ import annotations

import json
from codecs import BOM_UTF8
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from urllib.parse import urljoin

from lxml.etree import ElementDefaultClassLookup, ParserError
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    document_fromstring,
    fromstring,
)

from crawler.dates import find_date, find_formatted_date, find_short_date, parse_date, year_from_url
from crawler.markup import (
    ARTICLE_TYPES,
    INLINE_TAGS,
    META_DATE_KEYS,
    PEMDA_BODY_CLASSES,
    PEMDA_LANGUAGES,
    TITLE_SEPARATORS,
    ancestry_in_boilerplate,
    attrs_text,
    clean_space,
    reads_indonesian,
    says_date,
)

SKIP_TEXT = ("script", "style", "noscript", "template")
# trafilatura's parser options, with one difference: lxml.html's parser makes each element's Python object
# through a Python-level class lookup (for form and input classes nobody here uses), and every copy trafilatura
# makes of the tree keeps its parser; a C-level lookup (every element an HtmlElement) makes every walk over
# the tree and its copies cheaper, for kunker and for trafilatura alike (same text out).
PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                    remove_pis=True)
PARSER.set_element_class_lookup(ElementDefaultClassLookup(element=HtmlElement, comment=HtmlComment,
                                                          pi=HtmlProcessingInstruction, entity=HtmlEntity))


# control characters XML forbids (trafilatura's ``INVALID_XML_CHARS`` but U+FFFE / U+FFFF, looked for in the text)
XML_INVALID_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def load(html: str | bytes) -> HtmlElement | None:
    """The page's tree as trafilatura parses it (its decoding and repairs, :data:`PARSER`; anything its loader
    treats specially goes through that loader); a fragment trafilatura turns down ("<p>…</p>" alone) as lxml
    parses it; None when there is nothing to parse."""
    from trafilatura.utils import load_html, repair_faulty_html

    tree = None
    data, text = _decode(html) if isinstance(html, bytes) else (None, html)
    if "html" in (beginning := text[:50].lower()):  # a page, not a fragment trafilatura's loader checks
        if data is not None:
            tree = _utf8_tree(data, text, beginning)
        if tree is None:
            try:
                tree = fromstring(repair_faulty_html(text, beginning), parser=PARSER)
            except (ParserError, ValueError):  # a str declaring its encoding: trafilatura's loader parses bytes
                tree = None
    if tree is None or len(tree) < 1:
        tree = load_html(html)
    if tree is None and html and (html.strip() if isinstance(html, str) else html.strip()):
        try:
            tree = document_fromstring(html)
        except (ParserError, ValueError):
            return None
    return tree


def _decode(html: bytes) -> tuple[bytes | None, str]:
    """The page's text as trafilatura's ``decode_file`` gives it, and its (decompressed) bytes when they are
    UTF-8."""
    from trafilatura.utils import decode_file, handle_compressed_file

    data = handle_compressed_file(html)
    try:
        return data, data.decode("utf-8")
    except UnicodeDecodeError:
        return None, decode_file(html)


def _utf8_tree(data: bytes, text: str, beginning: str) -> HtmlElement | None:
    """The tree of a page sent as UTF-8 (``data``, decoded: ``text``), parsed from its bytes as lxml reads them,
    when trafilatura's repairs of the text (``repair_faulty_html``) would change at most its doctype line: the
    same tree without a pass of a regular expression over the whole text and without lxml re-encoding it.
    None for any other page (then the text is repaired and parsed as trafilatura does)."""
    from trafilatura.utils import DOCTYPE_TAG

    if (data.startswith(BOM_UTF8) or "\ufffe" in text or "\uffff" in text  # (one character: a quick search)
            or len(data.translate(None, XML_INVALID_BYTES)) != len(data)):
        return None  # characters the repair removes
    start = text[:100]
    if start.lstrip() != start.lstrip(" \t\n\r"):
        return None  # leading whitespace lxml reads differently in bytes and in text
    newline = text.find("\n")
    first = text if newline < 0 else text[:newline]
    if "doctype" in beginning:  # the repair: a self-closing doctype line goes, a newline follows the first line
        repaired = DOCTYPE_TAG.sub("", first, count=1)
        if repaired != first or newline < 0:
            cut = data.find(b"\n")
            data = repaired.encode("utf-8") + b"\n" + (b"" if cut < 0 else data[cut + 1:])
        first = repaired
    opening = first + "\n" + ("" if newline < 0 else text[newline + 1:newline + 4097])
    if any("<html" in line and line.endswith("/>") for line in opening[:4096].splitlines()[:4]):
        return None  # a self-closing <html/>, which the repair rewrites
    return fromstring(data, parser=PARSER)


def node_text(el: HtmlElement) -> str:
    """Visible text of ``el``: inline markup joined as written, blocks separated by a space."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if not isinstance(node.tag, str) or node.tag in SKIP_TEXT:
            return
        if node.tag not in INLINE_TAGS:
            parts.append(" ")
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")

    walk(el)
    return clean_space("".join(parts))


def _attrs(el: HtmlElement) -> str:
    return attrs_text(el.get("class") or "", el.get("id"), el.get("role"))


def in_boilerplate(el: HtmlElement) -> bool:
    """Inside navigation, a header, footer, sidebar or widget, and not inside the page's <article>/<main>
    (:func:`crawler.markup.ancestry_in_boilerplate`)."""
    return ancestry_in_boilerplate((node.tag, _attrs(node), node.get("role"))
                                   for node in chain((el,), el.iterancestors()))


# the elements kunker's readers look at besides <meta> and JSON-LD, gathered in the one walk of :func:`read_head`
# (every walk over a large page costs about as much as reading all of its metadata)
READ_TAGS = ("title", "h1", "h2", "h3", "time", "link", "a")


@dataclass
class Head:
    """The page's <meta> values (keyed by lower-cased attribute and name), JSON-LD objects, and its elements of
    :data:`READ_TAGS` in document order, all from one walk over the tree (:func:`read_head`)."""

    meta: dict[tuple[str, str], str] = field(default_factory=dict)
    json_ld: list[dict] = field(default_factory=list)
    tagged: list[HtmlElement] = field(default_factory=list)
    by_tag: dict[str, list[HtmlElement]] = field(default_factory=dict)  # ``tagged`` by tag

    def get(self, attr: str, key: str) -> str | None:
        return self.meta.get((attr, key.lower()))

    def elements(self, *tags: str) -> list[HtmlElement]:
        """The page's elements of ``tags`` (some of :data:`READ_TAGS`) in document order."""
        if len(tags) == 1:
            return list(self.by_tag.get(tags[0], ()))
        return [el for el in self.tagged if el.tag in tags]


def read_head(root: HtmlElement) -> Head:
    head = Head()
    scripts = []
    for el in root.iter("meta", "script", *READ_TAGS):
        tag = el.tag
        if tag == "meta":
            content = el.get("content", "").strip()
            for attr in ("property", "name", "itemprop"):
                if content and (key := el.get(attr)):
                    head.meta.setdefault((attr, key.strip().lower()), content)
        elif tag == "script":
            if el.get("type", "").strip().lower() == "application/ld+json":
                scripts.append(el.text or "")
        else:
            head.tagged.append(el)
            head.by_tag.setdefault(tag, []).append(el)

    def walk(node: object) -> None:
        if isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            head.json_ld.append(node)
            walk(node.get("@graph", []))

    for script in scripts:
        try:
            walk(json.loads(script))
        except (ValueError, TypeError, RecursionError):
            continue
    return head


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def extract_title(root: HtmlElement, head: Head) -> str | None:
    """og:title / the article's h1 / <title>, without a trailing site name."""
    og = head.get("property", "og:title") or head.get("name", "twitter:title")
    h1s = [t for h in head.elements("h1") if not in_boilerplate(h) and (t := node_text(h))]
    titles = [clean_space(t.text_content()) for t in head.elements("title")]
    page_title = titles[0] if titles else None
    site = head.get("property", "og:site_name")
    for candidate in (og, page_title):
        if candidate and h1s:
            for h1 in h1s:
                if candidate.startswith(h1) or h1.startswith(candidate):
                    return h1
    if page_title and not og and not h1s:
        # No og:title and no h1: an h2/h3 heading inside <title> is the title without the site or blog name.
        for heading in head.elements("h2", "h3"):
            text = node_text(heading)
            if len(text) >= 15 and text in page_title and not in_boilerplate(heading):
                return text
    for candidate in (og, h1s[0] if h1s else None, page_title):
        if candidate:
            return strip_site_name(candidate, site)
    return None


def strip_site_name(title: str, site: str | None) -> str:
    for sep in TITLE_SEPARATORS:
        if sep in title:
            before, _, tail = title.rpartition(sep)
            if site and site.lower() in tail.lower() or len(tail.split()) <= 4 < len(before.split()):
                return before.strip()
    return title.strip()


def with_attribute(root: HtmlElement, attr: str, matches: Callable[[str], object],
                   values: set[str] | None = None) -> list[HtmlElement]:
    """Elements whose ``attr`` value ``matches``, in document order. The values are read as plain strings first
    (or given: ``values``) and each distinct value is matched once; only when some match are they read again, as
    lxml's smart strings, which give their elements: that read makes every element carrying ``attr`` into a
    Python object (the costly part), so it is paid only on pages where some value matches."""
    if values is None:
        values = set(root.xpath(f"//@{attr}", smart_strings=False))
    values = {v for v in values if matches(v)}
    if not values:
        return []
    return [value.getparent() for value in root.xpath(f"//@{attr}") if value in values]


def _dated_elements(root: HtmlElement) -> Iterator[HtmlElement]:
    """Elements whose class, then whose id, says date/time/meta, outside the page chrome."""
    for attr in ("class", "id"):
        for el in with_attribute(root, attr, says_date):
            if not in_boilerplate(el):
                yield el


def date_texts(root: HtmlElement, head: Head) -> list[str]:
    """The page's date candidates as text, in the order :func:`tree_date` reads them: <time> values, then
    elements whose class or id says date/time/meta (the body's lead comes after them)."""
    texts: list[str] = []
    for el in head.elements("time"):
        if not in_boilerplate(el):
            texts += [v for v in (el.get("datetime"), " ".join(el.itertext())) if v and v.strip()]
    texts += [" ".join(el.itertext()) for el in _dated_elements(root)]
    return texts


def structured_date(root: HtmlElement, head: Head) -> str | None:
    """The date a page states as data: JSON-LD, meta tags, ``itemprop=datePublished``, <time>."""
    for obj in head.json_ld:
        value = obj.get("datePublished") or obj.get("dateCreated")
        if isinstance(value, str) and (parsed := parse_date(value)):
            return parsed
    for attr, key in META_DATE_KEYS:
        if parsed := parse_date(head.get(attr, key)):
            return parsed
    for el in with_attribute(root, "itemprop", lambda value: value == "datePublished"):
        if parsed := parse_date(el.get("datetime") or el.get("content") or " ".join(el.itertext())):
            return parsed
    for el in head.elements("time"):
        if not in_boilerplate(el) and (parsed := parse_date(el.get("datetime") or " ".join(el.itertext()))):
            return parsed
    return None


def written_date(root: HtmlElement, head: Head) -> str | None:
    """A date written in the page's date elements or in the short lines after its title heading."""
    for el in _dated_elements(root):
        if parsed := find_date(" ".join(el.itertext())):
            return parsed
    return _date_near_title(head)


def _date_near_title(head: Head) -> str | None:
    """A date in the short lines right after the page's title heading (a byline without a date class)."""
    for number, heading in enumerate(head.elements("h1", "h2")):
        if number == 3:
            break
        if in_boilerplate(heading) or len(node_text(heading)) < 15:
            continue
        siblings = [s for s in heading.itersiblings() if isinstance(s.tag, str)]
        anchor = heading if siblings else heading.getparent()
        if anchor is not heading and anchor is not None:
            siblings = [s for s in anchor.itersiblings() if isinstance(s.tag, str)]
        for sibling in siblings[:3]:
            text = clean_space(" ".join(sibling.itertext()))
            if text and len(text) <= 200 and (parsed := find_date(text)):
                return parsed
        break
    return None


def tree_date(root: HtmlElement, head: Head) -> str | None:
    """Publication date read from the tree: structured data first, then dates written in the page's date
    elements or byline."""
    return structured_date(root, head) or written_date(root, head)


def lead_date(lead: str, url: str = "", reference: date | None = None) -> str | None:
    """Publication date written in the body's ``lead``, for a page whose tree states none (:func:`tree_date`);
    a yearless dateline such as "Sabtu (26/3)" last: the URL's year, else its weekday and ``reference``."""
    if not lead:
        return None
    lead = clean_space(lead)[:600]
    return find_date(lead) or find_short_date(lead, year_from_url(url), reference)


def formatted_date(texts: list[str], date_format: str, reference: date | None = None) -> str | None:
    """The first of ``texts`` holding a date in a source's ``date_format``."""
    return next(filter(None, (find_formatted_date(t, date_format, reference) for t in texts)), None)


@dataclass(frozen=True)
class PageDates:
    """The dates a page's tree gives (:func:`read_dates`, before trafilatura consumes the tree), and
    :meth:`resolve`, which adds the body's lead and picks the publication date. The one place of the order:

    1. the source's ``date_format`` in the page's date texts (its ``date`` selector's element, else
       :func:`date_texts`);
    2. any date in the ``date`` selector's element;
    3. the ``date_format`` in the lead (a source with no ``date`` selector);
    4. :func:`tree_date`: structured data, date elements, the byline;
    5. :func:`lead_date`: a date in the lead, a yearless dateline last."""

    url: str
    date_format: str | None
    reference: date | None
    has_element: bool
    formatted: str | None
    element: str | None
    tree: str | None

    def resolve(self, lead: str) -> str | None:
        """The page's publication date, given the body's ``lead`` (text from the body's start)."""
        return (self.formatted or self.element or self._formatted_lead(lead) or self.tree
                or lead_date(lead, self.url, self.reference))

    def _formatted_lead(self, lead: str) -> str | None:
        if not self.date_format or not lead or self.has_element:
            return None
        return formatted_date([lead[:600]], self.date_format, self.reference)


def read_dates(root: HtmlElement, head: Head, url: str, date_selector: str | None = None,
               date_format: str | None = None, reference: date | None = None) -> PageDates:
    """What the tree says of the page's date (:class:`PageDates`): a source's ``date_selector`` (CSS) and
    ``date_format`` (strptime) first; ``reference`` (Last-Modified or fetch date) places yearless datelines.
    The tree's own dates are read only when the source's give none."""
    element = select(root, date_selector) if date_selector else None
    if element is not None:
        texts = [" ".join(element.itertext())]
    else:
        texts = date_texts(root, head) if date_format else []
    formatted = formatted_date(texts, date_format, reference) if date_format else None
    element_date = find_date(texts[0]) if element is not None and not formatted else None
    tree = tree_date(root, head) if not formatted and not element_date else None
    return PageDates(url=url, date_format=date_format, reference=reference, has_element=element is not None,
                     formatted=formatted, element=element_date, tree=tree)


def extract_canonical(root: HtmlElement, head: Head, url: str) -> str | None:
    href = next((el.get("href") for el in head.elements("link")
                 if "canonical" in (el.get("rel") or "").lower().split() and el.get("href")), None)
    href = href or head.get("property", "og:url")
    return urljoin(url, href.strip()) if href and href.strip() else None


def extract_author(head: Head) -> str | None:
    for obj in head.json_ld:
        author = obj.get("author")
        if isinstance(author, list) and author:
            author = author[0]
        if isinstance(author, dict):
            author = author.get("name")
        if isinstance(author, str) and author.strip():
            return clean_space(author)
    return head.get("name", "author")


def is_article_type(head: Head) -> bool:
    """og:type article, or a JSON-LD object of an article type."""
    if (head.get("property", "og:type") or "").lower() == "article":
        return True
    return any(_types(obj) & ARTICLE_TYPES for obj in head.json_ld)


def pemda_container(root: HtmlElement) -> bool:
    """The page has exactly one of the regional-government CMS body containers (:data:`PEMDA_BODY_CLASSES`)
    holding text, and that text reads as Indonesian (:func:`crawler.markup.reads_indonesian`). A page declaring
    another language than :data:`~crawler.markup.PEMDA_LANGUAGES` has none; one search over the class names of
    the page answers most others (none of them)."""
    if declared_language(root) not in PEMDA_LANGUAGES:
        return False
    values = set(root.xpath("//@class", smart_strings=False))
    names = set(PEMDA_BODY_CLASSES)
    if names.isdisjoint(" ".join(values).split()):
        return False
    candidates = with_attribute(root, "class", lambda value: names.intersection(value.split()), values)
    for name in PEMDA_BODY_CLASSES:
        found = [text for el in candidates if name in el.get("class", "").split()
                 and len(text := clean_space(el.text_content())) > 80]
        if found:
            return len(found) == 1 and reads_indonesian(found[0])
    return False


def declared_language(root: HtmlElement) -> str:
    """The primary subtag of the page's <html lang> (or ``xml:lang``), lower-cased: "en" for "en-US"; "" for none."""
    lang = root.get("lang") or root.get("xml:lang") or ""
    return lang.strip().lower().partition("-")[0].partition("_")[0]


def select(root: HtmlElement, css: str) -> HtmlElement | None:
    """The first element matching a source's CSS selector (cssselect, as Scrapy's own selectors)."""
    found = root.cssselect(css)
    return found[0] if found else None

