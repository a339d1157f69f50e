"""What the tagger returns for one article, as typed records (``Tagger.tag``); ``to_dict`` gives the JSON
form ``Tagger.extract`` and ``kunker extract`` write (see nlp/README.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
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
        """The JSON form, keys in the documented order."""
        data = asdict(self)
        return {key: data[key] for key in ("id", "regions", "officials", "programs", "visits", "warnings",
                                           "tagger")}
