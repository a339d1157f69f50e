"""Programs: named government programs, innovations and services.

Found after a trigger word ("program Smart Kampung", "inovasi bernama Semedi", quoted names), in lists
introduced by "inovasi ... seperti / antara lain" (coined names only: capitalised or CamelCase items),
and as "Name (ACRONYM)" created by a program verb ("membentuk Unit Pelayanan Terpadu ... (UPTPK)").
Generic topics ("program kemiskinan", "pelayanan publik") are not programs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.textutil import fold

TRIGGER = r"(?:program|inovasi|aplikasi|layanan|gerakan|sistem|festival|kampanye)"
QUOTED = re.compile(TRIGGER + r"\s+(?:bernama\s+|berjudul\s+|yang\s+(?:diberi\s+)?(?:nama|bernama)\s+)?"
                    r"[\"“‘']([^\"”’'\n]{2,60})[\"”’']", re.IGNORECASE)
NAMED = re.compile(r"\b(?:bernama|berjuluk|dinamai|dinamakan|diberi\s+nama|yakni|yaitu)\s+[\"“]?",
                   re.IGNORECASE)
AFTER_TRIGGER = re.compile(r"\b" + TRIGGER + r"\s+(?:unggulan\s+|andalan\s+|inovatif\s+)?", re.IGNORECASE)
LIST_INTRO = re.compile(r"\b(?:inovasi|program|aplikasi|layanan)\b[^.\n]{0,80}?\b(?:seperti|antara\s+lain|"
                        r"di\s*antaranya|yakni|yaitu|meliputi)\s+", re.IGNORECASE)
ACRONYM = re.compile(r"((?:[A-Z][\w\-]*\s+){1,7}[A-Z][\w\-]*)\s*\(([A-Z][A-Za-z]{1,9})\)")
PROGRAM_VERBS = re.compile(r"\b(?:membentuk|meluncurkan|menggagas|menerapkan|mengembangkan|menciptakan|"
                           r"melahirkan|menginisiasi|program|inovasi)\b", re.IGNORECASE)
NAME_TOKEN = re.compile(r"[A-Za-z0-9][\w'\-]*")
CONNECTORS = frozenset({"dan", "di", "untuk", "of", "and", "the", "for"})
# capitalised heads that name institutions, places or documents, not programs
NOT_PROGRAM_HEADS = frozenset("""
badan dinas kantor lembaga kementerian kementrian organisasi laporan instalasi pekerja wajar pemerintah
pemkab pemkot pemprov kabupaten kota provinsi kecamatan desa kelurahan dewan komisi biro bagian sekretariat
universitas rumah ruang aula hotel gedung balai pasar jalan bupati wali gubernur sekda kepala camat
presiden menteri tim dprd polres polda kodim satuan perusahaan bank the opd
""".split())
GOVERNMENT_HEADS = frozenset("""pemerintah pemkab pemkot pemprov kabupaten kota provinsi dinas badan kantor
kementerian bupati wali gubernur sekda kepala camat presiden menteri dprd""".split())
GENERIC = frozenset("""
tersebut ini itu itu, kemiskinan pariwisata pendidikan kesehatan pembangunan pelayanan publik daerah
unggulan inovasi program kerja nasional pemerintah lainnya
""".split())


@dataclass
class Program:
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _camel(token: str) -> bool:
    """Coined words: "ToMiRa", "airKu", "eKTP" (an upper-case letter after a lower-case one)."""
    return bool(re.search(r"[a-z][A-Z]", token))


def _capitalised_run(text: str, pos: int, max_tokens: int = 6) -> tuple[int, int] | None:
    """A run of capitalised / coined tokens starting at ``pos`` (connectors allowed inside)."""
    start = end = None
    count = 0
    for m in NAME_TOKEN.finditer(text, pos):
        gap = text[(end if end is not None else pos):m.start()]
        if gap.strip() or "\n" in gap:
            break
        tok = m.group()
        if tok[0].isupper() or tok[0].isdigit() and start is not None or _camel(tok):
            if start is None:
                start = m.start()
            end = m.end()
            count += 1
        elif tok.lower() in CONNECTORS and start is not None:
            nxt = NAME_TOKEN.match(text, m.end() + 1)
            if not (nxt and nxt.group()[0].isupper()):
                break
        else:
            break
        if count >= max_tokens:
            break
    if start is None:
        return None
    return start, end


class ProgramFinder:
    def __init__(self, region_cores: set[str]) -> None:
        self.region_cores = region_cores

    def find(self, text: str, blocked: list[tuple[int, int]]) -> list[Program]:
        """Programs of ``text``; ``blocked`` spans (region mentions, official names) cannot be programs."""
        named: list[tuple[int, int]] = []  # introduced by a trigger word: a loose filter
        spans: list[tuple[int, int]] = []  # found by shape: the strict filter
        for m in QUOTED.finditer(text):
            named.append(m.span(1))
        for m in AFTER_TRIGGER.finditer(text):
            run = _capitalised_run(text, m.end())
            if run:
                named.append(run)
        for m in NAMED.finditer(text):
            if re.search(TRIGGER, text[max(0, m.start() - 120):m.start()], re.IGNORECASE):
                run = _capitalised_run(text, m.end())
                if run:
                    named.append(run)
        for m in LIST_INTRO.finditer(text):
            spans.extend(self._list_items(text, m.end()))
        for m in ACRONYM.finditer(text):
            if PROGRAM_VERBS.search(text[max(0, m.start() - 60):m.start()]):
                spans.append(m.span(1))
        candidates = [(s, e, True) for s, e in named] + [(s, e, False) for s, e in spans]
        # a name inside a longer one is the same program ("Gerakan Bela Produk Lokal" / "Bela Produk Lokal")
        candidates = [c for c in candidates
                      if not any(o[0] <= c[0] and c[1] <= o[1] and (o[1] - o[0]) > (c[1] - c[0])
                                 for o in candidates)]
        return self._collect(text, candidates, blocked)

    @staticmethod
    def _list_items(text: str, pos: int) -> list[tuple[int, int]]:
        """Coined names in a list: "seperti Surga Desa, layanan online, Si Kepo, dan Si Lili"."""
        end = len(text)
        for stop in (".\n", ". ", "\n"):
            i = text.find(stop, pos)
            if 0 <= i < end:
                end = i
        items = []
        for part in re.split(r",\s*(?:dan\s+|serta\s+|hingga\s+)?|\s+(?:dan|serta|hingga)\s+", text[pos:end]):
            part_start = text.find(part, pos)
            if part_start < 0 or not part.strip():
                continue
            pos = part_start + len(part)
            if part[0].isupper():
                run = _capitalised_run(text, part_start)
                if run and run[1] - run[0] >= len(part.rstrip()) - 1:
                    items.append(run)
                continue
            for tok in NAME_TOKEN.finditer(part):  # "air minum dalam kemasan airKu"
                if _camel(tok.group()):
                    items.append((part_start + tok.start(), part_start + tok.end()))
        return items

    def _collect(self, text: str, spans: list[tuple[int, int, bool]],
                 blocked: list[tuple[int, int]]) -> list[Program]:
        programs: dict[str, Program] = {}
        for start, end, triggered in sorted(set(spans)):
            name = text[start:end].strip(" ,.;:")
            words = name.split()
            if not words or len(name) < 3:
                continue
            low = name.lower()
            heads = GOVERNMENT_HEADS if triggered else NOT_PROGRAM_HEADS
            if words[0].lower() in heads or low in GENERIC or low in self.region_cores:
                continue
            if any(b[0] <= start and end <= b[1] for b in blocked):
                continue
            if words[-1].lower() in ("award", "awards"):
                continue
            if len(words) == 1 and name.isupper() and len(name) <= 2:
                continue
            key = fold(name)
            prog = programs.get(key)
            if prog is None:
                programs[key] = Program(name[:1].upper() + name[1:], [(start, start + len(name))])
            elif (start, start + len(name)) not in prog.mentions:
                prog.mentions.append((start, start + len(name)))
        return list(programs.values())
