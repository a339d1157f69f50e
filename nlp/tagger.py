"""The Tagger: one stanza pipeline per instance, one result dict per article (see nlp/README.md)."""

from __future__ import annotations

import bisect
import gc
import os
from collections import deque
from pathlib import Path
from typing import Any

from nlp import __version__
from nlp.dates import date_from_url, parse_iso
from nlp.ner import ner_description
from nlp.pipeline import build_pipeline, components, sentence_spans
from nlp.results import Mention, OfficialResult, ProgramResult, RegionResult, Result, TaggerInfo, VisitResult
from nlp.robust import as_text, check_text

PROFILES = ("free", "full")


class Tagger:
    """``Tagger(profile="free")`` or ``Tagger(profile="full", models=DIR)``.

    ``tag(article) -> Result`` (typed, nlp/results.py); ``extract(article) -> dict``, its JSON form."""

    def __init__(self, profile: str = "free", models: str | os.PathLike | None = None) -> None:
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}")
        self.profile = profile
        if profile == "full" and models is None:
            from nlp.models import default_models_dir

            models = default_models_dir()  # KUNKER_MODELS or ../shared/models/stanza-id
            if models is None:
                raise ValueError("profile 'full' needs a models folder: pass --models DIR or set KUNKER_MODELS")
        self.models = str(Path(models).resolve()) if (models and profile == "full") else None
        self.parts = components()
        self.pipeline = build_pipeline(profile, self.models)
        self.last_trace = None  # the visit finder's trace of the last article (read by nlp.explain)
        self.last_text = ""
        self.version = f"{__version__}+{profile}"
        self.description = (f"profile full, models {self.models}, {ner_description(self.models)}"
                             if profile == "full" else "profile free, no neural models")
        # The gazetteer automata, lexicons and stanza objects live as long as the process: move them out of
        # the cyclic garbage collector's sight, which otherwise rescans them after every few documents
        # (measured: about a third of the model-free profile's time).
        gc.collect()
        gc.freeze()

    def extract(self, article: dict[str, Any]) -> dict[str, Any]:
        """Tag one article: the JSON form of :meth:`tag`."""
        return self.tag(article).to_dict()

    def tag(self, article: dict[str, Any]) -> Result:
        """Tag one article; never raises on bad input (the reason goes to ``warnings``)."""
        warnings: list[str] = []
        if not isinstance(article, dict):
            warnings.append(f"article is {type(article).__name__}, not an object")
            article = {}
        result = Result(id=article.get("id"), tagger=TaggerInfo(self.version, self.profile, self.models),
                        warnings=warnings)
        text = as_text(article.get("text"), "text", warnings)
        title = as_text(article.get("title"), "title", warnings)
        if not title.strip():
            title = ""
        elif len(title) > 2000:
            warnings.append(f"title of {len(title)} characters ignored")
            title = ""
        text, worthwhile = check_text(text, warnings)
        self.last_trace, self.last_text = None, text
        if not worthwhile:
            return result
        published = parse_iso(article.get("published"))
        if article.get("published") and published is None:
            warnings.append(f"published {article.get('published')!r} is not a YYYY-MM-DD date; ignored")
        url_date = None if published else date_from_url(article.get("url") if isinstance(article.get("url"), str)
                                                           else None)
        if url_date and url_date[1]:  # ".../2023/06/21/...": the page's day
            published, url_date = url_date[0], None
        # One article's stanza objects (a Token and a Word per token, linked in cycles) all die together when it
        # is done: the cyclic collector, paused while they are built, then frees them in one young-generation
        # pass instead of rescanning and promoting them every few hundred allocations (measured: about 15 % of
        # the model-free profile's time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._tag(title, text, published, result, url_date[0] if url_date else None)
        except Exception as exc:  # noqa: BLE001 - the tagger must not stop a batch; the reason is reported
            warnings.append(f"tagging failed: {type(exc).__name__}: {exc}")
            result.regions, result.officials, result.programs, result.visits = [], [], [], []
        finally:
            if collecting:
                gc.enable()
        return result

    def _tag(self, title: str, text: str, published: Any, result: Result, month_end: Any = None) -> None:
        offset = len(title) + 2 if title else 0
        combined = f"{title}\n\n{text}" if title else text
        # no entity tags: the result is built from the kunker_* lists alone and the document released after
        self.pipeline.kunker_context = {"published": published, "month_end": month_end, "body_start": offset,
                                        "entities": False}
        doc = self.pipeline(combined)
        self.last_trace, self.last_text = getattr(doc, "kunker_visit_trace", None), combined
        regions_lex = self.parts.lexicon.regions
        spans = sentence_spans(doc)
        starts = [s for s, _ in spans]

        def mention(start: int, end: int) -> Mention:
            i = bisect.bisect_right(starts, start) - 1
            s_start, s_end = spans[i] if i >= 0 else (start, end)
            s_start, s_end = min(s_start, start), max(s_end, end)
            if start < offset:
                field, base = "title", 0
                s_end = min(s_end, len(title))
            else:
                field, base = "text", offset
                s_start = max(s_start, offset)
            return Mention(field, start - base, end - base, combined[start:end], combined[s_start:s_end],
                           s_start - base, s_end - base)

        regions: dict[str, RegionResult] = {}
        for m in doc.kunker_regions:
            entry = regions.setdefault(m.code, RegionResult(regions_lex[m.code].name, m.code))
            entry.mentions.append(mention(m.start, m.end))
        result.regions = sorted(regions.values(), key=lambda r: r.mentions[0].start
                                + (0 if r.mentions[0].field == "title" else 10**9))
        for o in doc.kunker_officials:
            region = regions_lex.get(o.region) if o.region else None
            result.officials.append(OfficialResult(
                o.name, o.position, region.name if region else None, o.region,
                [mention(s, e) for s, e in sorted(o.mentions)]))
        for p in doc.kunker_programs:
            result.programs.append(ProgramResult(p.name, [mention(s, e) for s, e in sorted(p.mentions)]))
        for v in doc.kunker_visits:
            result.visits.append(VisitResult(
                visitor=regions_lex[v.visitor].name, visitor_code=v.visitor,
                host=regions_lex[v.host].name, host_code=v.host,
                date=v.date.isoformat() if v.date else None,
                leader=v.leader.name if v.leader else None, delegation_size=v.delegation_size,
                kind=v.kind, programs=v.programs, members=v.members, host_officials=v.host_officials,
                evidence=mention(*v.evidence) if v.evidence else None, status=v.status))
        _release(doc)


def _release(doc: Any) -> None:
    """Break the reference cycles of an article's stanza ``Document`` once its result is built.

    Every Word points back to its Token and Sentence, every Sentence to its Document, every entity Span to its
    Document, so a whole article (about 2,500 objects for 360 tokens) is freed only by the cyclic collector, which
    must first trace every one of them: measured, about 5 % of the free profile's time. Emptying the Words', the
    Sentences' and the Document's attributes leaves no cycle, so reference counting frees the article at once and
    the collector's next young-generation pass finds nothing of it. Chosen over larger collector thresholds set by
    the commands, which only batch the same tracing (measured with 50,000: the collector's time doubled), and over
    dropping the Document's own attributes alone (its Sentences, Tokens and Words stay in cycles). Nothing reads
    the Document after this (``last_trace`` holds only offsets); ``tests/test_nlp_pipeline.py`` checks that the
    collector finds nothing of an article to free.
    """
    for sentence in doc._sentences:  # the attributes behind the properties; map: no Python loop per word
        deque(map(dict.clear, map(vars, sentence._words)), maxlen=0)
        vars(sentence).clear()
    vars(doc).clear()
