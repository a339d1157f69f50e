"""Learning visits: a regional government's delegation visiting another region to learn.

An article holds visits only when it speaks of learning (studi banding / tiru, belajar, mempelajari, menimba
ilmu, inovasi ...). Visitors are regions named as a delegation ("rombongan Pemkab X", "kunjungan kerja
Pemerintah Kabupaten X", "dipimpin Sekda X", a list of visiting heads of region); hosts are regions the
delegation goes to ("ke X", "studi banding di X") or whose officials receive it ("diterima Sekda X",
"Wakil Bupati X menerima kunjungan"). Each (visitor, host) pair is one visit, with its leader, size, date,
kind, programs, host officials and the evidence sentence.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from nlp.dates import DateMention
from nlp.lexicon import Lexicon
from nlp.officials import Official
from nlp.regions import PROV, RegionMention

# an official named after a receiving verb serves the host: "diterima (langsung oleh) Sekda X"
RECEIVED_BY = re.compile(r"\b(?:diterima|disambut|dijamu)\s+(?:langsung\s+)?(?:oleh\s+)?[^.\n]*$",
                         re.IGNORECASE)
# "ke Desa Pujon Kidul, Kabupaten Malang": a village or district named before its region
PLACE_IN = r"(?:desa|kelurahan|kecamatan|kampung|dusun|nagari)\s+\w+(?:[ -]\w+){0,2},?\s+"
# "ke Pemkab X", "dari DPRD Kabupaten X": the government (or its council) stands for the region
# an office of the government stands for it too: "ke Diskominfo Kota Bandung", "rombongan Dinas Kesehatan X"
OFFICE = (r"(?:(?:dinas|badan|kantor|bagian|biro|inspektorat|sekretariat|komisi\s+\w+(?:\s+dprd)?|bappeda|bapeda|"
          r"bappelitbangda|diskominfo|dinkominfo|kominfo|dinkes|diskes|disdik|dispendik|dispar|disbudpar|disparbud|"
          r"dishub|dinsos|disdukcapil|dukcapil|disperindag|diskop|disnaker|distan|dispertan|dpupr|bpbd|bkd|bkpsdm|"
          r"bapenda|dpmptsp|dlh|dpmd|bpmd)"
          r"(?:\s+[\w-]+){0,5}?\s+)?")
GOVERNMENT = OFFICE + r"(?:(?:pemerintah|pemkab|pemkot|pemprov|pemda|dprd|setda|setdakab|setdakot|setdaprov)\s+)?"
DELEGATION = re.compile(r"\b(?:rombongan|delegasi|tamu|kunjungan(?:\s+(?:kerja|belajar|dinas|studi\s+\w+))?|"
                        r"studi\s+\w+|kaji\s+banding|benchmarking|kunker)\s+(?:dari\s+|"
                        r"yang\s+dipimpin\s+|sejumlah\s+pejabat\s+|pejabat\s+)?" + GOVERNMENT + "$", re.IGNORECASE)
LED_BY = re.compile(r"\b(?:dipimpin|dikomandoi|diketuai)\s+(?:langsung\s+|sendiri\s+)?(?:oleh\s+)?|"
                    r"\bselaku\s+(?:pimpinan|ketua)\s+rombongan\b|\bmemimpin\s+rombongan\b", re.IGNORECASE)
DIGIT_WORDS = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
               "delapan": 8, "sembilan": 9}
# "sebelas", "dua belas", "tiga puluh lima", "seratus": a number written in words
_DIGIT = r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
NUM_WORDS = (r"(?:(?:se|" + _DIGIT + r"\s+)ratus(?:\s+|$))?(?:(?:se|" + _DIGIT + r"\s+)puluh(?:\s+" + _DIGIT + r")?|"
             r"(?:se|" + _DIGIT + r"\s+)belas|sepuluh|" + _DIGIT + r")|(?:se|" + _DIGIT + r"\s+)ratus")
NUM = r"(\d{1,4}|" + NUM_WORDS + r")"
SIZE_TOTAL = re.compile(r"\b(?:berjumlah|beranggotakan|sebanyak|total|diikuti|terdiri\s+(?:atas|dari)|rombongan|"
                        r"mengirim|mengirimkan|mengutus|memberangkatkan)\s+"
                        + NUM +
                        r"\s+(?:orang|peserta|pejabat|personel|anggota|kepala|camat|perangkat|pegawai|asn|aparatur)",
                        re.IGNORECASE)
SIZE_COMPANIONS = re.compile(r"\b(?:mengajak|membawa|memboyong|memimpin|didampingi|beserta|bersama)\s+" + NUM +
                             r"\s+(?:orang|pejabat|staf|kepala|anggota|personel)", re.IGNORECASE)
SUBJECT_VISITS = re.compile(r"[^.\n]{0,40}?\b(?:(?:menggelar|melakukan|mengadakan)\s+(?:studi|kunjungan|"
                            r"kunker)|bertandang|berkunjung|datang|mengunjungi|menyambangi|mendatangi|kunjungi|"
                            r"sambangi|datangi)\b", re.IGNORECASE)
# the visited region as the object: "mengunjungi Kabupaten Gowa", "Pemkab X kunjungi Sidrap"
VISIT_OBJECT = re.compile(r"\b(?:mengunjungi|menyambangi|mendatangi|kunjungi|sambangi|datangi)\s+" + GOVERNMENT + "$",
                          re.IGNORECASE)
TITLE_BEFORE = re.compile(r"\b(?:bupati|wali\s*kota|wakil\s+bupati|wakil\s+wali\s*kota|sekda|sekretaris\s+daerah)\s+$",
                          re.IGNORECASE)
# a head of region who travels with the delegation: "Wali Kota Palopo dan rombongan tiba di ..."
WITH_GROUP = re.compile(r"[^.\n]{0,40}?\b(?:dan|beserta|bersama)\s+(?:rombongan|jajaran)\b", re.IGNORECASE)
# a visit only planned or urged is no visit (yet): "akan berkunjung", "berencana melakukan studi banding",
# "meminta Pemkab X belajar ke Y"
PLANNED = re.compile(r"\b(?:akan|berencana|rencana|merencanakan|dijadwalkan|hendak|bakal|meminta|mendorong|"
                     r"menyarankan|mengusulkan|diminta|didorong|disarankan|perlu|harus|sebaiknya)\s+(?:\w+\s+){0,3}?"
                     r"(?:studi|kaji|berkunjung|bertandang|mengunjungi|kunjungan|kunker|benchmarking|belajar|"
                     r"menimba|berguru)\b", re.IGNORECASE)
# but a delegation received or arrived is there: "rombongan yang akan belajar ... diterima Sekda"
HAPPENED = re.compile(r"\b(?:diterima|disambut|dijamu|menerima|menyambut|tiba|telah|sudah|kemarin|lalu)\b|"
                      r"\(\d{1,2}(?:[-–]\d{1,2})?/\d{1,2}", re.IGNORECASE)
# an earlier visit recalled ("pernah studi banding"), not the one reported
ONCE = re.compile(r"\bpernah\s+(?:\w+\s+){0,2}?(?:studi|kaji|berkunjung|bertandang|mengunjungi|belajar|menimba|"
                  r"berguru|benchmarking|datang)\b", re.IGNORECASE)
DAY_MONTH = re.compile(r"\(\d{1,2}(?:[-–]\d{1,2})?/\d{1,2}")
# the dated day is not the first of the visit: "hari kedua kunjungan"
ORDINALS = {"kedua": 2, "ketiga": 3, "keempat": 4}
NTH_DAY = re.compile(r"\bhari\s+(kedua|ketiga|keempat)\b[^.\n]{0,30}?\b(?:kunjungan|studi|rangkaian|lawatan|kunker|"
                     r"kegiatan)", re.IGNORECASE)
# the head of the delegation named just before the official
HEAD_OF_GROUP = re.compile(r"\b(?:ketua|pimpinan|pemimpin)\s+rombongan\b(?:\s+yang\s+juga|\s+adalah|\s+yakni|\s*,)?"
                           r"[^.;,]{0,50},?\s*$", re.IGNORECASE)
# a trip to a ministry in the capital is no visit to the capital's region: "ke Kementerian Dalam Negeri di Jakarta"
NATIONAL_BODY = re.compile(r"\b(?:kementerian|kementrian|kemen[a-z]{2,12}|menteri|lembaga\s+\w+|dpr\s+ri|istana|"
                           r"mabes|bappenas)\b", re.IGNORECASE)
# people sent by a region: "sebanyak 40 kepala desa dari Kabupaten X", "tim dari Pemkab X"
FROM_GROUP = re.compile(r"\b(?:pejabat|kepala\s+desa|kades|perangkat\s+desa|camat|lurah|asn|pegawai|anggota|"
                        r"peserta|utusan|perwakilan|tim|pimpinan\s+opd|kepala\s+opd)\s+(?:\w+\s+){0,2}?dari\s+"
                        + GOVERNMENT + "$", re.IGNORECASE)
# the text says the delegation was received somewhere, without always naming where
IMPLIED_HOST = re.compile(r"\b(?:diterima|disambut|dijamu|kedatangan|menerima\s+(?:kunjungan|rombongan|kedatangan|"
                          r"delegasi|tamu)|ke\s+(?:kabupaten|kota|provinsi|daerah)\s+(?:ini|kita|kami)|ke\s+sini)\b",
                          re.IGNORECASE)
# "SLEMAN –", "BANYUWANGI, KOMPAS –", "Sleman (ANTARA) -": a dateline
DATELINE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*[\w. ]{1,30}?|\([\w. ]{1,20}\))?[ \t]*[–—-]")
# a stop on the way is no visit: "singgah untuk makan siang di X", "menginap di X"
STOPOVER = re.compile(r"\b(?:singgah|transit|menginap|bermalam|makan\s+siang|makan\s+malam|dalam\s+perjalanan|"
                      r"melintas|beristirahat)\b", re.IGNORECASE)
HOST_AFTER = re.compile(r"\s*(?:(?:kembali|pun|juga|lagi)\s+)?(?:kedatangan|menerima\s+(?:kunjungan|rombongan|"
                        r"kedatangan))|"
                        r"[^.\n]{0,20}(?:sebagai|menjadi|jadi)\s+(?:lokus|tempat|tujuan|lokasi|rujukan|referensi)",
                        re.IGNORECASE)
# between "rombongan" and a region: no receiving, no verb ("rombongan berterima kasih kepada Pemkot X")
NOT_VISITOR_GAP = re.compile(r"\b(?:[Dd]iterima|[Dd]isambut|[Dd]ijamu|oleh|ke|di|kepada|menuju|bersama|"
                             r"didampingi|(?:me|ber|di|ter)[a-z]{3,})\b")
HOST_BEFORE = re.compile(r"\b(?:ke|di)\s+$", re.IGNORECASE)
OFFICIALS_OF = re.compile(r"\b(?:rombongan|delegasi)\b[^.;,\n]{0,60}?$", re.IGNORECASE)
LEADS_AFTER = re.compile(r"[^.\n]{0,5}selaku\s+(?:pimpinan|ketua)\s+rombongan|[^.\n]{0,15}\bmemimpin\s+"
                         r"rombongan", re.IGNORECASE)
RECEIVES = re.compile(r"[^.\n]{0,10}\b(?:menerima|menyambut|menjamu)\b", re.IGNORECASE)
HEADS_LIST = re.compile(r"\b(?:kepala\s+daerah|bupati|wali\s*kota)\b[^.\n]{0,60}?\b(?:yakni|yaitu|ialah|"
                        r"adalah|antara\s+lain)\b", re.IGNORECASE)
ABBREV_DOT = re.compile(r"\b([A-Z][A-Za-z]{0,3})\.(?=[\s,A-Z]|$)")
RANK = ["Gubernur", "Bupati", "Wali Kota", "Wakil Gubernur", "Wakil Bupati", "Wakil Wali Kota",
        "Sekretaris Daerah"]


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


def _undot(text: str) -> str:
    """Blank the full stops of abbreviations ("Ir.", "Dr.", "H.", "M.Si.") so they do not read as sentence
    ends; offsets are kept."""
    return ABBREV_DOT.sub(lambda m: m.group(1) + " ", text)


def _number(value: str) -> int:
    """ "35", "sebelas", "tiga puluh lima", "seratus dua puluh" -> int."""
    if value.isdigit():
        return int(value)
    total = 0
    words = value.lower().replace("sebelas", "se belas").replace("sepuluh", "se puluh").replace("seratus", "se ratus")
    current = 0
    for w in words.split():
        if w in DIGIT_WORDS:
            current = DIGIT_WORDS[w]
        elif w == "belas":
            total, current = total + current + 10, 0
        elif w == "puluh":
            total, current = total + current * 10, 0
        elif w == "ratus":
            total, current = total + current * 100, 0
    return total + current


def _cue_regex(cues: list[str]) -> re.Pattern:
    alternatives = sorted({r"\s+".join(map(re.escape, c.lower().split())) for c in cues}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


class VisitFinder:
    """Cue words come from ``data/visit_cues.csv`` (roles kind, learn, arrive, receive, not_visit)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.regions = lexicon.regions
        by_role: dict[str, list[str]] = {}
        self.kind_of: dict[str, str] = {}
        for cue, kind, role in lexicon.visit_cues:
            by_role.setdefault(role, []).append(cue)
            if role == "kind" and kind:
                self.kind_of[" ".join(cue.lower().split())] = kind
        # "kunjungan kerja" names any working trip: only the study kinds prove learning by themselves
        study = [c for c in by_role.get("kind", []) if self.kind_of.get(c.lower()) != "kunjungan kerja"]
        self.learning = _cue_regex(study + by_role.get("learn", []))
        self.kinds = _cue_regex(list(self.kind_of))
        self.not_visit = _cue_regex(by_role.get("not_visit", []))
        # cues after which "ke X" / "di X" is where the delegation went ("datang ke" -> "datang")
        movers = by_role.get("kind", []) + by_role.get("learn", []) + by_role.get("arrive", [])
        stems = {re.sub(r"\s+(?:ke|di)$", "", c.lower()) for c in movers}
        mover = _cue_regex(sorted(stems)).pattern
        self.host_link = re.compile(mover + r"[^.;:\n]{0,60}?\b(?:ke|di)\s+(?:(?:balai|kantor|pendopo|puspem|"
                                    r"aula|ruang|gedung|rumah)\b[^,.\n]{0,30}?|" + PLACE_IN + ")?" + GOVERNMENT + "$",
                                    re.IGNORECASE)
        goes = _cue_regex(sorted(stems - {"rombongan", "delegasi", "kedatangan", "kunjungan"})).pattern
        self.official_goes = re.compile(r"[^.;\n]{0,50}?" + goes + r"[^.;\n]{0,40}?\b(?:ke|di|dari)\s", re.IGNORECASE)
        self.learn_after = re.compile(r"[^.;\n]{0,40}?" + self.learning.pattern, re.IGNORECASE)
        # "belajar ... dari Kabupaten X", "menimba ilmu dari X": the region taught them
        learn = _cue_regex(by_role.get("learn", [])).pattern
        self.learn_from = re.compile(learn + r"[^.;:\n]{0,50}?\b(?:dari|kepada|pada)\s+(?:pemerintah\s+|pemkab\s+|"
                                     r"pemkot\s+|pemprov\s+)?$", re.IGNORECASE)

    def may_have_visits(self, text: str) -> bool:
        """Learning visits need a learning cue ("studi banding", "belajar", "menimba ilmu" ...)."""
        return bool(self.learning.search(text))

    def find(self, text: str, sentences: list[tuple[int, int]], mentions: list[RegionMention],
             officials: list[Official], dates: list[DateMention], programs: list) -> list[Visit]:
        if not self.may_have_visits(text):
            return []
        program_names = [p.name for p in programs]
        host_score: dict[str, float] = {}
        visitor_score: dict[str, float] = {}
        leaders: dict[str, Official] = {}
        evidence: dict[str, tuple[int, int]] = {}
        official_at = sorted(((s, e, o) for o in officials for s, e in o.mentions), key=lambda x: x[0])
        starts = [s for s, _ in sentences]

        def sentence_of(pos: int) -> tuple[int, int]:
            i = bisect.bisect_right(starts, pos) - 1
            return sentences[i] if i >= 0 else (0, len(text))

        host_sentences: dict[str, set[tuple[int, int]]] = {}
        visitor_sentences: set[tuple[int, int]] = set()

        def add(table: dict[str, float], code: str | None, weight: float, pos: int) -> None:
            if code:
                s_start, s_end = sentence_of(pos)
                if PLANNED.search(text, s_start, s_end) and not HAPPENED.search(text, s_start, s_end):
                    return  # "Pemkab X berencana studi banding ke Y bulan depan"
                if ONCE.search(text, s_start, s_end) and not DAY_MONTH.search(text, s_start, s_end):
                    return  # "daerah seperti Kota X pernah belajar ke sini": an earlier visit told in passing
                if self.not_visit.search(text, s_start, s_end):
                    weight /= 2  # a launch, award, inspection ... in the same sentence: weaker evidence
                table[code] = table.get(code, 0.0) + weight
                if table is visitor_score:
                    evidence.setdefault(code, sentence_of(pos))
                    visitor_sentences.add(sentence_of(pos))
                else:
                    host_sentences.setdefault(code, set()).add(sentence_of(pos))

        for i, m in enumerate(mentions):
            s, _ = sentence_of(m.start)
            before = _undot(text[max(s, m.start - 90):m.start])
            # what follows, up to the next region ("GROBOGAN – Rombongan Pemkab X melakukan ...": the
            # dateline region is not the one that travels)
            stop = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
            after = _undot(text[m.end:min(m.end + 80, stop)])
            link = self.host_link.search(before) or self.learn_from.search(before)
            if link and not STOPOVER.search(link.group(0)) and not self.not_visit.search(link.group(0)) \
                    and not NATIONAL_BODY.search(link.group(0)):
                add(host_score, m.code, 2.0, m.start)  # "studi banding ke Kota X", "belajar dari X"
            visited = VISIT_OBJECT.search(before)
            if visited and not self.not_visit.search(text, *sentence_of(m.start)):
                add(host_score, m.code, 2.0, m.start)  # "Jajaran Pemkab Maros mengunjungi Kabupaten Gowa"
            if m.hint and m.hint != PROV and WITH_GROUP.match(after) \
                    and TITLE_BEFORE.search(text, max(0, m.name_start - 40), max(m.name_start, 0)):
                add(visitor_score, m.code, 3.0, m.start)  # "Wali Kota Palopo dan rombongan"
            if HOST_AFTER.match(after):  # "X kedatangan ...", "memilih X sebagai lokus kunjungan"
                add(host_score, m.code, 2.0, m.start)
            if FROM_GROUP.search(before):  # "40 kepala desa dari Kabupaten X studi banding"
                add(visitor_score, m.code, 3.0, m.start)
            group = OFFICIALS_OF.search(before)
            if DELEGATION.search(before) or (group and not NOT_VISITOR_GAP.search(group.group(0))):
                add(visitor_score, m.code, 3.0, m.start)
            if SUBJECT_VISITS.match(after):  # "Pemkab X menggelar studi banding", "pejabat Pemkot X bertandang"
                add(visitor_score, m.code, 3.0, m.start)
            elif self.learn_after.match(after) and not HOST_BEFORE.search(before):  # "Pemkot X pelajari ..."
                add(visitor_score, m.code, 2.0, m.start)
        receivers = []  # officials receiving the delegation whose region was only inferred
        for s_, e_, off in official_at:
            before = _undot(text[max(0, s_ - 160):s_])
            after = _undot(text[e_:e_ + 60])
            receiving = RECEIVED_BY.search(before[-70:]) or RECEIVES.match(after)
            if receiving and not off.explicit_region:
                receivers.append(off)
            if not off.region:
                continue
            lead = LED_BY.search(before[-100:])
            if (lead and not re.search(r"[.;]", before[-100:][lead.end():])) or LEADS_AFTER.match(after) \
                    or HEAD_OF_GROUP.search(before):  # "Ketua rombongan yang juga Asisten II Setda X, Budi"
                add(visitor_score, off.region, 3.0, s_)
                leaders.setdefault(off.region, off)
            if receiving:
                # an official whose region is only inferred from context is weaker evidence of the host
                add(host_score, off.region, 2.0 if off.explicit_region else 1.0, s_)
            elif self.official_goes.match(after):  # "Bupati X Name beserta jajaran berkunjung ke ..."
                add(visitor_score, off.region, 2.0, s_)
                leaders.setdefault(off.region, off)
        # a list of visiting heads of region: "kunjungan kerja empat kepala daerah, yakni Bupati A, Bupati B"
        for m in HEADS_LIST.finditer(text):
            _, sent_e = sentence_of(m.end())
            for s_, _, off in official_at:
                if m.end() <= s_ < sent_e and off.region and off.position in RANK[:6]:
                    add(visitor_score, off.region, 3.0, s_)
                    leaders.setdefault(off.region, off)
        if not visitor_score:
            return []
        best_host = max(host_score.values(), default=0.0)
        # a weaker host counts when it is named in a sentence that also names the delegation
        # ("Usai berkunjung ke Kota A, rombongan X bergerak ke Kabupaten B")
        hosts = [c for c, v in host_score.items()
                 if v >= 2.0 and v >= visitor_score.get(c, 0.0)
                 and (v >= best_host / 2 or host_sentences[c] & visitor_sentences)]
        if not hosts:  # "BANYUWANGI – Rombongan Pemkab X ... diterima Sekda Mujiono": the publisher hosts
            implicit = self._implicit_host(text, mentions, visitor_score)
            if not implicit:
                return []
            hosts = [implicit]
            for off in officials:  # officials with an inferred region who receive them serve the host
                if not off.explicit_region and off.region in visitor_score and off in receivers:
                    off.region = implicit
        if len(hosts) == 1:  # "Rombongan diterima Kepala Bappeda Agus": he serves the host
            for off in receivers:
                off.region = hosts[0]
        visits = []
        visitors = [c for c, v in sorted(visitor_score.items(), key=lambda kv: -kv[1])
                    if v >= 2.0 and host_score.get(c, 0.0) <= v]
        for visitor in visitors:
            for host in hosts:
                if host == visitor or self._contains(host, visitor) or self._contains(visitor, host):
                    continue
                visits.append(self._visit(text, visitor, host, leaders, officials, evidence, dates,
                                          sentences, program_names))
        visits = self._drop_provinces(visits)
        for v in visits:  # one delegation, several hosts: each visit takes the date written with its host
            if sum(o.visitor == v.visitor for o in visits) > 1:
                v.date = self._host_date(v.host, host_sentences, dates, mentions) or v.date
        starts = sorted({v.evidence[0] for v in visits if v.evidence})
        several = len({v.visitor for v in visits}) > 1
        for v in visits:
            if not several:
                scope = (0, len(text))
            elif v.evidence:  # from its evidence sentence up to the next delegation's
                scope = (v.evidence[0], next((s_ for s_ in starts if s_ > v.evidence[0]), len(text)))
            else:
                continue
            v.delegation_size = self._size(text, *scope)
        return visits

    def _implicit_host(self, text: str, mentions: list[RegionMention], visitor_score: dict[str, float]) -> str | None:
        """The host of a delegation whose destination is not written: the dateline region, else (when the
        text says someone received them: "diterima", "kedatangan", "ke kabupaten ini") the region the
        article names most."""
        if not any(v >= 3.0 for v in visitor_score.values()):
            return None

        def eligible(code: str) -> bool:
            return code not in visitor_score and not any(
                self._contains(code, v) or self._contains(v, code) for v in visitor_score)

        for m in mentions[:3]:
            line_start = text.rfind("\n", 0, m.start) + 1
            if not text[line_start:m.start].strip() and DATELINE_AFTER.match(text, m.end) and eligible(m.code):
                return m.code
        if not IMPLIED_HOST.search(text):
            return None
        counts: dict[str, int] = {}
        for m in mentions:
            if eligible(m.code):
                counts[m.code] = counts.get(m.code, 0) + 1
        if not counts:
            return None
        best = max(counts.values())
        top = [c for c, n in counts.items() if n == best]
        return top[0] if len(top) == 1 else None

    @staticmethod
    def _host_date(host: str, host_sentences: dict[str, set[tuple[int, int]]], dates: list[DateMention],
                   mentions: list[RegionMention]) -> dt.date | None:
        """The date written in a sentence naming the host, the first one after the host's name
        ("ke Kota A, Senin (5/6), ... ke Kabupaten B, Selasa (6/6)")."""
        for s_start, s_end in sorted(host_sentences.get(host, ())):
            named = [m.end for m in mentions if m.code == host and s_start <= m.start < s_end]
            inside = [d for d in dates if s_start <= d.start < s_end and d.value]
            if not inside:
                continue
            after = [d for d in inside if named and any(d.start >= e for e in named)]
            best = min(after, key=lambda d: min(d.start - e for e in named if d.start >= e)) if after else inside[0]
            return best.value
        return None

    def _contains(self, outer: str, inner: str) -> bool:
        """A province contains its kabupaten/kota."""
        return self.regions[outer].level == PROV and self.regions[inner].province_code == outer

    def _drop_provinces(self, visits: list[Visit]) -> list[Visit]:
        """A province visitor/host is dropped when the same visit names one of its regencies/cities."""
        out = []
        for v in visits:
            if any(o is not v and o.host == v.host and self._contains(v.visitor, o.visitor) for o in visits):
                continue
            if any(o is not v and o.visitor == v.visitor and self._contains(v.host, o.host) for o in visits):
                continue
            out.append(v)
        return out

    @staticmethod
    def _size(text: str, start: int, end: int) -> int | None:
        """"berjumlah 35 orang" is 35; "mengajak 11 orang" is 11 plus the leader."""
        m = SIZE_TOTAL.search(text, start, end)
        if m:
            return _number(m.group(1))
        m = SIZE_COMPANIONS.search(text, start, end)
        return _number(m.group(1)) + 1 if m else None

    def _visit(self, text, visitor, host, leaders, officials, evidence, dates, sentences,
               program_names) -> Visit:
        leader = leaders.get(visitor)
        if leader is None:
            ranked = [o for o in officials if o.region == visitor and o.position in RANK]
            ranked.sort(key=lambda o: RANK.index(o.position))
            leader = ranked[0] if ranked else None
        ev = evidence.get(visitor)
        size = None  # set once all delegations are known
        m = self.kinds.search(text)
        kind = self.kind_of.get(" ".join(m.group(0).lower().split())) if m else None
        date = self._date(text, visitor, host, ev, dates, sentences)
        nth = NTH_DAY.search(text)
        if date and nth:  # "Hari itu merupakan hari kedua kunjungan": the visit began the day before
            date -= dt.timedelta(days=ORDINALS[nth.group(1).lower()] - 1)
        members = [o.name for o in officials if o.region == visitor and o is not leader]
        host_officials = [o.name for o in officials if o.region == host]
        return Visit(visitor, host, date, leader, size, kind,
                     list(program_names), members, host_officials, ev)

    @staticmethod
    def _date(text, visitor, host, ev, dates, sentences) -> dt.date | None:
        if not dates:
            return None
        if ev:
            for d in dates:
                if ev[0] <= d.start < ev[1] and d.value:
                    return d.value
        for d in dates:
            line_start = text.rfind("\n", 0, d.start) + 1
            line_end = text.find("\n", d.end)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            if len(line) < 60 and re.match(r"^\W*(?:\w+,\s*)?\d", line.strip()):
                continue  # a publication header line, "Kamis, 29 Mei 2014 - 04:11 WIB"
            if d.value:
                return d.value
        return None
