"""trafilatura's text of a page on the lxml tree kunker already parsed, without the copy trafilatura makes of it.

``trafilatura.extract`` copies every tree it is given (``bare_extraction``: ``if tree is filecontent: tree =
copy(tree)``), about a twentieth of its time per page, and offers no public way to hand a tree over. kunker reads
everything it needs from the tree first (``crawler/extract.py``), then gives it to trafilatura's own cascade
(``trafilatura.core.trafilatura_sequence``, the function ``bare_extraction`` runs) with the options and output
steps ``extract`` uses for plain text. The tree is pruned in place: it is of no use afterwards.

The cascade is trafilatura's internal API: trafilatura is pinned to one version (``pyproject.toml``, and
``PINNED_VERSION`` here: ``tests/test_crawl_extract.py`` checks that the two and the installed version agree, and
that the text equals ``trafilatura.extract``'s on the test pages), so an upgrade that changes the cascade fails a
test instead of changing the text; one that drops a name this module imports fails its import with one line
naming this module and the version it was written for.
"""

from __future__ import annotations

from copy import copy

import trafilatura
from lxml.html import HtmlElement

PINNED_VERSION = "2.3.1"  # pyproject.toml's pin of trafilatura, whose internal API this module uses

try:
    from trafilatura.core import determine_returnstring, trafilatura_sequence
    from trafilatura.metadata import Document
    from trafilatura.settings import Extractor, set_date_params
except ImportError as exc:
    raise ImportError(f"crawler.trafilatura_tree uses trafilatura {PINNED_VERSION}'s internal API (pinned in "
                      f"pyproject.toml), but the installed trafilatura {trafilatura.__version__} lacks it: {exc}"
                      ) from exc

# the options of ``trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
# include_formatting=False, output_format="txt", deduplicate=False)``, but for the URL (set per page)
OPTIONS = {"output_format": "txt", "comments": False, "tables": True, "formatting": False, "dedup": False}
# made once: ``Extractor`` reads trafilatura's configuration on every construction (a tenth of a millisecond and
# more); a page's options are a copy with its URL set, as ``Extractor(url=url, **OPTIONS)`` sets it
_OPTIONS = Extractor(**OPTIONS)


def page_options(url: str | None) -> Extractor:
    """``Extractor(url=url, **OPTIONS)``, copied from :data:`_OPTIONS`."""
    options = copy(_OPTIONS)
    options.url = url or None
    options.source = options.url and options.url.encode("utf-8", "replace").decode("utf-8")
    options.date_params = set_date_params(_OPTIONS.date_params["extensive_search"])  # today's date, not the first's
    return options


def extract_text(tree: HtmlElement, url: str | None = None) -> str:
    """trafilatura's plain text of the page ``tree`` (paragraphs one a line), "" when it finds none, as
    ``trafilatura.extract`` gives it for the page; ``tree`` is consumed (pruned in place)."""
    options = page_options(url)
    try:
        body, text, comments_body, comments = trafilatura_sequence(tree, options, options.url)
    except (TypeError, ValueError):  # what ``bare_extraction`` turns into "no text"
        return ""
    if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
        return ""
    document = Document()
    document.body, document.raw_text, document.commentsbody = body, text, comments_body
    return determine_returnstring(document, options) or ""
