"""What the tagger returns for one article, as typed records (``Tagger.tag``); ``to_dict`` gives the JSON
form ``Tagger.extract`` and ``kunker extract`` write (see nlp/README.md)."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any, Literal

# a visit the article reports, one it tells only as planned, or an earlier one told in passing (nlp/README.md)
VisitStatus = Literal["reported", "planned", "earlier"]


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a fact is written: ``field`` (title or text), character offsets in it, and its sentence: its text and
    its offsets in the same field (``sentence == source[sentence_start:sentence_end]``)."""

    field: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    sentence_end: int


@dataclass(slots=True)
class RegionResult:
    name: str
    code: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class OfficialResult:
    name: str
    position: str | None
    region: str | None
    region_code: str | None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class ProgramResult:
    name: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class VisitResult:
    visitor: str
    visitor_code: str
    host: str
    host_code: str
    date: str | None  # YYYY-MM-DD
    leader: str | None
    delegation_size: int | None
    kind: str | None
    programs: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    host_officials: list[str] = field(default_factory=list)
    evidence: Mention | None = None
    status: VisitStatus = "reported"


@dataclass(slots=True)
class TaggerInfo:
    version: str
    profile: str
    models: str | None


@dataclass(slots=True)
class Result:
    """One article's regions, officials, programs and visits; ``warnings`` say what was wrong with the input
    (a line starting ``tagging failed`` means the tagger caught its own error and found nothing)."""

    id: Any
    tagger: TaggerInfo
    regions: list[RegionResult] = field(default_factory=list)
    officials: list[OfficialResult] = field(default_factory=list)
    programs: list[ProgramResult] = field(default_factory=list)
    visits: list[VisitResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def failure(self) -> str | None:
        """The warning of a failed tagging, if the tagger failed."""
        return next((w for w in self.warnings if w.startswith("tagging failed")), None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, keys in the documented order (what ``dataclasses.asdict`` gives, written out: asdict's
        generic recursion cost as much as the regions finder)."""
        return {
            "id": self.id if isinstance(self.id, str | int | float | None) else deepcopy(self.id),
            "regions": [{"name": r.name, "code": r.code, "mentions": _mentions(r.mentions)} for r in self.regions],
            "officials": [{"name": o.name, "position": o.position, "region": o.region, "region_code": o.region_code,
                           "mentions": _mentions(o.mentions)} for o in self.officials],
            "programs": [{"name": p.name, "mentions": _mentions(p.mentions)} for p in self.programs],
            "visits": [{"visitor": v.visitor, "visitor_code": v.visitor_code, "host": v.host, "host_code": v.host_code,
                        "date": v.date, "leader": v.leader, "delegation_size": v.delegation_size, "kind": v.kind,
                        "programs": list(v.programs), "members": list(v.members),
                        "host_officials": list(v.host_officials),
                        "evidence": None if v.evidence is None else _mention(v.evidence), "status": v.status}
                       for v in self.visits],
            "warnings": list(self.warnings),
            "tagger": {"version": self.tagger.version, "profile": self.tagger.profile, "models": self.tagger.models},
        }


def _mention(m: Mention) -> dict[str, Any]:
    return {"field": m.field, "start": m.start, "end": m.end, "text": m.text, "sentence": m.sentence,
            "sentence_start": m.sentence_start, "sentence_end": m.sentence_end}


def _mentions(mentions: list[Mention]) -> list[dict[str, Any]]:
    return [_mention(m) for m in mentions]
