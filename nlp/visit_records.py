"""The visit step's records: a :class:`Visit` found, one rule's :class:`Firing` on a region, and the
:class:`Trace` of an article (every firing and every rejected candidate, for ``--explain``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from nlp.official_merge import Official
from nlp.results import VisitStatus


@dataclass
class Visit:
    visitor: str
    host: str
    date: dt.date | None = None
    leader: Official | None = None
    delegation_size: int | None = None
    kind: str | None = None
    programs: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    host_officials: list[str] = field(default_factory=list)
    evidence: tuple[int, int] | None = None
    earlier: bool = False  # the hosts' own earlier trip to their guests, told in passing
    planned: bool = False  # the article tells the trip only as planned ("akan studi banding ke Y")

    def led_by(self, leader: Official | None, officials: list[Official]) -> None:
        """``leader`` leads; the visitor's other officials are its members."""
        self.leader = leader
        self.members = [o.name for o in officials if o.region == self.visitor and o is not leader]

    def read_officials(self, officials: list[Official]) -> None:
        """The visitor's officials other than its leader are its members, the host's its host officials (read when
        the visit is made, and again once every region has moved: ``RegionReader.delegation_regions``)."""
        self.led_by(self.leader, officials)
        self.host_officials = [o.name for o in officials if o.region == self.host]

    @property
    def status(self) -> VisitStatus:
        """"earlier" (told in passing, before the article's visit), "planned" or "reported"."""
        return "earlier" if self.earlier else "planned" if self.planned else "reported"


@dataclass(frozen=True)
class Firing:
    """One rule firing on one region: its weight as counted (``note`` says why it was cut or ignored)."""

    rule: str
    role: str
    code: str
    weight: float
    start: int
    sentence: tuple[int, int]
    note: str = ""
    planned: bool = False  # its sentence tells the trip as planned, not done
    organisation: bool = False  # the region is named as one of its organisations ("KONI X"), not its government


@dataclass
class Trace:
    """What the visit finder saw in one article: rule firings, candidates and why the losers lost."""

    learning_cue: str | None = None
    firings: list[Firing] = field(default_factory=list)
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (role or pair, region(s), reason)
    implicit_host: str | None = None

    def score(self, role: str, code: str) -> float:
        return sum(f.weight for f in self.firings if f.role == role and f.code == code)
