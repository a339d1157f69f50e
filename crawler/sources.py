"""The sources file: a YAML list of ``{name, url, region?}`` entries, validated before anything is fetched.

Optional per-source overrides: ``kind`` (government/portal), ``entry_url`` (where to start instead of
``url``), ``selectors`` (CSS for ``title``, ``date``, ``body``), ``date_format`` (strptime directives with
Indonesian or English names, e.g. "%d-%m-%Y %H:%M WIB", tried first on the page's date text),
``date_example`` (a date as the site writes it, a note for maintainers), ``follow`` / ``skip`` (URL regular
expressions), ``frequency`` (e.g. "daily").

One entry can also travel as JSON (``source_from_json`` / ``source_to_json``), e.g. as the spider argument
``-a source_json=...`` of a Scrapyd job on a host without the sources file; it is validated the same way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from crawler.dates import check_date_format
from kunker.errors import UserError
from kunker.reference import region_index

REQUIRED = ("name", "url")
OPTIONAL = ("region", "kind", "entry_url", "selectors", "date_format", "date_example", "follow", "skip",
            "frequency", "domain", "notes")
SELECTOR_KEYS = ("title", "date", "body")
KINDS = ("government", "portal")
FREQUENCIES = ("hourly", "daily", "weekly", "monthly")


class SourcesError(UserError):
    """A sources file that cannot be used: one line naming the file, the entry and the problem."""


@dataclass(frozen=True)
class Source:
    """One configured news source."""

    name: str
    url: str
    region_code: str | None = None
    region_name: str | None = None
    kind: str | None = None
    entry_url: str | None = None
    selectors: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    date_format: str | None = None
    follow: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()
    frequency: str | None = None

    @property
    def start_url(self) -> str:
        return self.entry_url or self.url


def valid_url(url: object) -> bool:
    if not isinstance(url, str) or not url.strip() or any(c.isspace() for c in url.strip()):
        return False
    parts = urlsplit(url.strip())
    try:
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and port_ok


def load_sources(path: str | Path, regions: dict[str, tuple[str, str]] | None = None) -> list[Source]:
    """Read and validate a sources file; raise :class:`SourcesError` on the first problem."""
    path = Path(path)
    label = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{label}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{label}: cannot read ({exc.__class__.__name__}: {exc})") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        if mark:
            entry = sum(1 for line in raw.splitlines()[: mark.line + 1] if re.match(r"-(\s|$)", line))
            where += f" (entry {entry})" if entry else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SourcesError(f"{label}: invalid YAML{where}: {problem}") from None
    if data is None:
        raise SourcesError(f"{label}: empty file, expected a list of sources ({{name, url, region?}})")
    if not isinstance(data, list):
        raise SourcesError(f"{label}: expected a list of sources ({{name, url, region?}}), "
                           f"found a {type(data).__name__}")
    if not data:
        raise SourcesError(f"{label}: the list of sources is empty")
    regions = regions if regions is not None else region_index()
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(data, start=1):
        source = _parse_entry(label, number, entry, regions)
        if source.name in seen:
            raise SourcesError(f'{label}: entry {number} ("{source.name}"): duplicate name, '
                               f"already used by entry {seen[source.name]}")
        seen[source.name] = number
        sources.append(source)
    return sources


def _parse_entry(label: str, number: int, entry: Any, regions: dict[str, tuple[str, str]]) -> Source:
    if not isinstance(entry, dict):
        raise SourcesError(f"{label}: entry {number}: expected a mapping with name and url, "
                           f"found {_describe(entry)}")
    name = entry.get("name")
    where = f'{label}: entry {number} ("{name}")' if isinstance(name, str) and name.strip() else \
        f"{label}: entry {number}"

    def fail(problem: str) -> SourcesError:
        return SourcesError(f"{where}: {problem}")

    if "name" not in entry or entry["name"] is None:
        raise fail("missing name")
    if not isinstance(name, str) or not name.strip():
        raise fail(f"name must be a non-empty string, found {_describe(name)}")
    unknown = [k for k in entry if k not in REQUIRED + OPTIONAL]
    if unknown:
        raise fail(f"unknown key \"{unknown[0]}\" (allowed: {', '.join(REQUIRED + OPTIONAL)})")
    if "url" not in entry or entry["url"] in (None, ""):
        raise fail("missing url")
    url = entry["url"]
    if not valid_url(url):
        raise fail(f'malformed url "{url}" (expected http:// or https:// with a host)')
    entry_url = entry.get("entry_url")
    if entry_url is not None and not valid_url(entry_url):
        raise fail(f'malformed entry_url "{entry_url}"')
    region_code = region_name = None
    region = entry.get("region")
    if region not in (None, ""):
        key = str(region).strip()
        found = regions.get(key) or regions.get(key.lower())
        if found is None:
            raise fail(f'unknown region "{region}" (use a Kemendagri code like "35.10" or a canonical name '
                       f'like "Kabupaten Banyuwangi")')
        region_code, region_name = found
    kind = entry.get("kind")
    if kind is not None and kind not in KINDS:
        raise fail(f'unknown kind "{kind}" (allowed: {", ".join(KINDS)})')
    frequency = entry.get("frequency")
    if frequency is not None and frequency not in FREQUENCIES:
        raise fail(f'unknown frequency "{frequency}" (allowed: {", ".join(FREQUENCIES)})')
    selectors = entry.get("selectors") or {}
    if not isinstance(selectors, dict) or any(k not in SELECTOR_KEYS or not isinstance(v, str)
                                              for k, v in selectors.items()):
        raise fail(f"selectors must map {', '.join(SELECTOR_KEYS)} to CSS selector strings")
    patterns = {}
    for key in ("follow", "skip"):
        value = entry.get(key) or []
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"{key} must be a list of regular expressions")
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise fail(f'{key} pattern "{pattern}" is not a valid regular expression ({exc})') from None
        patterns[key] = tuple(value)
    date_format = entry.get("date_format")
    if date_format is not None and (problem := check_date_format(date_format)):
        raise fail(problem)
    return Source(name=name.strip(), url=url.strip(), region_code=region_code, region_name=region_name,
                  kind=kind, entry_url=entry_url.strip() if entry_url else None, selectors=dict(selectors),
                  date_format=date_format,
                  follow=patterns["follow"], skip=patterns["skip"], frequency=frequency)


def source_to_json(source: Source) -> str:
    """``source`` as a one-entry JSON object in the sources file's keys (``source_from_json`` reads it back)."""
    entry: dict[str, Any] = {"name": source.name, "url": source.url, "region": source.region_code,
                             "kind": source.kind, "entry_url": source.entry_url, "selectors": source.selectors or None,
                             "date_format": source.date_format, "follow": list(source.follow) or None,
                             "skip": list(source.skip) or None, "frequency": source.frequency}
    return json.dumps({k: v for k, v in entry.items() if v is not None}, ensure_ascii=False)


def source_from_json(text: str, regions: dict[str, tuple[str, str]] | None = None,
                     label: str = "source_json") -> Source:
    """One source from a JSON object with the sources file's keys (``region_code`` is read as ``region``),
    validated like a sources file entry; :class:`SourcesError` otherwise."""
    try:
        entry = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise SourcesError(f"{label}: invalid JSON ({exc})") from None
    if isinstance(entry, dict) and "region_code" in entry:
        entry = dict(entry)
        code = entry.pop("region_code")
        if entry.get("region") in (None, ""):
            entry["region"] = code
    return _parse_entry(label, 1, entry, regions if regions is not None else region_index())


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, str):
        return f'the text "{value[:40]}"'
    return f"a {type(value).__name__}"
