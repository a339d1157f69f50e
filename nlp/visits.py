"""Learning visits: a regional government's delegation visiting another region to learn.

An article is read for visits when it speaks of learning (studi banding / tiru, belajar, menimba ilmu ...) or of
a plain working visit (berkunjung, konsultasi, silaturahmi, menerima kunjungan: role ``visit``).
The named rules of :mod:`nlp.visit_rules` give regions evidence of being visitors (a delegation: "rombongan
Pemkab X", "dipimpin Sekda X", a list of visiting heads of region) or hosts (where it goes: "studi banding ke
X"; whose officials receive it: "diterima Sekda X"). Each (visitor, host) pair that wins is one visit, with
its leader, size, date, kind, programs, host officials and the evidence sentence. Every firing and every
rejected candidate is kept in a :class:`Trace` for ``--explain``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from nlp import delegation_size
from nlp.dates import DateMention
from nlp.leaders import (
    along,
    committee_regions,
    fullest,
    host_leader,
    leg_leader,
    spoken_of,
    stand_in,
    title_regions,
    tour_legs,
    trip_of,
)
from nlp.lexicon import Lexicon, visit_cue_words
from nlp.official_merge import Official
from nlp.official_titles import ACTING
from nlp.regions import KOTA, PROV, RegionMention
from nlp.results import VisitStatus
from nlp.textutil import ASIDE, on_title_line
from nlp.visit_rules import (
    BODIES,
    FORMER,
    GOVERNMENT,
    GOVERNMENTS_JOINED,
    HEADS,
    LIST_GAP,
    LIST_OPENS,
    LIST_RULES,
    MINISTRY_WORD,
    OFFICE_ACRONYMS,
    OFFICE_OPENINGS,
    OFFICES,
    OFFICIAL_RULES,
    PLACE_IN,
    PLACE_WORDS,
    PLACING_GAP,
    RANK,
    REGION_RULES,
    SECRETARIATS,
    Rule,
    alternation,
    cue_regex,
    dateline,
)

# the dated day is not the first of the visit: "hari kedua kunjungan"
ORDINALS = {"kedua": 2, "ketiga": 3, "keempat": 4}
NTH_DAY = re.compile(r"\bhari\s+(kedua|ketiga|keempat)\b[^.\n]{0,30}?\b(?:kunjungan|studi|rangkaian|lawatan|kunker|"
                     r"kegiatan)", re.IGNORECASE)
# what stands between a kabupaten/kota and the province placing it ("Kabupaten X (XY), Provinsi Y")
APPOSED_GAP = re.compile(r"\)?\s*(?:\([^()\n]{1,12}\)\s*)?(?:,\s*(?:provinsi\s+)?|\(\s*|provinsi\s+|"
                         r"di\s+(?:provinsi\s+)?)", re.IGNORECASE)
ABBREV_DOT = re.compile(r"\b([A-Z][A-Za-z]{0,3})\.(?=[\s,A-Z]|$)")
LIST_LEFTOVER = re.compile(r"^[\s,;:()]*(?:(?:dan|serta|sekaligus|juga|masing-masing)\b[\s,;:()]*|"
                           r"[A-Za-z]{1,5}\.(?:[A-Za-z]{1,4}\.?)?[\s,;:()]*)*$")
# "ujarnya, Sabtu (21/3)": the day something was said, not the day of the visit
SPOKEN = re.compile(r"\b(?:ujar|kata|ucap|tutur|terang|jelas|ungkap|tegas|imbuh|tambah|pungkas)(?:nya)?\b"
                    r"[^.;\n]{0,12}$", re.IGNORECASE)
# "X saat dikonfirmasi membenarkan bahwa dewan kunker ke ...", "ketika ditemui di gedung DPRD": told at home (not
# "saat dihubungi": a phone call may reach the head on the trip)
AT_HOME = re.compile(r"\b(?:dikonfirmasi|ditemui\s+di\s+(?:ruang|kantor|gedung))\b", re.IGNORECASE)
# "Selasa (8 Desember 2015)", "Kamis, 23/2": a date after its day name tells when something happened
DAY_NAMED = re.compile(r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\W{0,3}$", re.IGNORECASE)
# "selama dua hari", "rombongan berada di": the days of a stay
STAY = re.compile(r"\b(?:selama\s+\w+\s+hari|rombongan|berada\s+di|menginap)\b", re.IGNORECASE)
# "Studibanding kami mulai dari tanggal 14 hingga 19 September": a kind of visit written joined names the visit too
JOINED_KIND = re.compile(r"\b(?:" + "|".join(re.escape(w.replace(" ", "")) for w in visit_cue_words()["kind"]
                                              if " " in w) + r")\b", re.IGNORECASE)
# "SUMBAWA BESAR, situs.com (21 Februari 2024) – ...": a dateline's date, the day of writing
# (or a byline's stamp with its clock time: "Kamis, 15 Februari 2018 | 08:10 WIB")
DATELINE_DATE = re.compile(r"\)?[ \t]*(?:[–—-][ \t]|\|[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:WIB|WITA|WIT)\b)")
# "yang baru memperingati hari jadinya pada 21 Juli lalu", "diluncurkan pada 5 Mei": another event's day
OTHER_EVENT = re.compile(r"\b(?:memperingati|hari\s+jadi\w*|hut|ulang\s+tahun|diluncurkan|diresmikan|dilantik|"
                         r"berdiri|dibentuk|disahkan)\b[^.;\n]{0,40}$", re.IGNORECASE)
# "besok, Jumat (27/4), kami akan melanjutkan kunjungan ke X": a day still ahead
AHEAD = re.compile(r"\b(?:besok|besoknya|lusa|akan)\b\W{0,3}(?:\w+\W{1,3})?$", re.IGNORECASE)
# an earlier visit told in passing: it counts, but the article's date is not its date
# "kunjungan itu berlangsung pada Kamis (23/2)", "dijadwalkan tiba di X pada Kamis, 30 November": when it happened
HELD_ON = re.compile(r"\b(?:berlangsung|digelar|dilaksanakan|diselenggarakan|diadakan|dijadwalkan)\b[^.\n]{0,30}?"
                     r"\bpada\s+(?:hari\s+)?(?:(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu),?\s*)?$", re.IGNORECASE)
# "kunjungan ini merupakan kunjungan balasan atas kedatangan mereka": the hosts visited the guests before
RETURN_VISIT = re.compile(r"\b(?:kunjungan|kunker|lawatan)\s+balasan\s+(?:atas|dari)\s+(?:kedatangan|kunjungan|"
                          r"lawatan)\b", re.IGNORECASE)
EARLIER = re.compile(r"\bpernah\b", re.IGNORECASE)
EARLIER_OR_RETURN = re.compile(r"\b(?:pernah|sebelumnya|tahun\s+lalu|balasan)\b", re.IGNORECASE)
# "juga pernah mengunjungi", "beberapa waktu lalu", "sebelumnya": a trip told as earlier than the article's one
EARLIER_TRIP = re.compile(r"\b(?:pernah|sebelumnya|beberapa\s+waktu\s+(?:yang\s+)?lalu|(?:tahun|bulan)\s+lalu)\b",
                          re.IGNORECASE)
PAST_TRIP = re.compile(r"\b(?:pernah|tahun\s+(?:\d{4}\s+)?lalu)\b", re.IGNORECASE)
# ("di A, B dan terakhir ke C", "pertama A, lalu B, kemudian C": the stops of a tour, one list; "ke Surakarta atau
# Solo": one place by two names)
# ("Desa A, Kabupaten X dan Desa B di Kabupaten Y": the villages of the listed regions)
REGION_LEFTOVER = re.compile(r"^[\s,;:()]*(?:(?:dan|serta|atau|hingga|kabupaten|kota|provinsi|pemkab|pemkot|pemprov|"
                             r"ke|di|lalu|kemudian|selanjutnya|yang|terakhir|pertama|"
                             + PLACE_WORDS + r"\s+(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))\b[\s,;:()]*)*$",
                             re.IGNORECASE)
# office names before listed regions: "DPMPTSP Kabupaten A, Dinkes Kota B, Bappeda C", "Dukcapil A, Dukcapil B"
OFFICE_LEFTOVER = re.compile(r"^[\s,;:()]*(?:(?:(?:dan|serta|hingga|kabupaten|kota|provinsi|dari|daerah|anggota|"
                             r"pimpinan|wali|" + BODIES + "|" + HEADS + "|"
                             + OFFICES + r")\b|kab\.|"
                             r"(?-i:[A-Z]{2,9}\b|(?:" + OFFICE_OPENINGS + r")[a-z]{3,12}\b))"
                             r"[\s,;:()-]*)*$", re.IGNORECASE)
# a region named as a government: "DPRD X", "Pemkab X", "Bupati X"
GOVERNMENT_BEFORE = re.compile(r"\b(?:" + BODIES + "|" + HEADS + r")\s+"
                               r"(?:(?:kabupaten|kota|provinsi|daerah)\s+(?:\([A-Za-z]{2,10}\)\s+)?)?$", re.IGNORECASE)
# a regional government body: "DPRD X", "Pemkab X", "Pemerintah Kabupaten X"
BODY_BEFORE = re.compile(r"\b(?:" + BODIES + r")\s+(?:(?:kabupaten|kota|"
                         r"provinsi|daerah)\s+(?:\([A-Za-z]{2,10}\)\s+)?)?$", re.IGNORECASE)
# a regional government body or head (or "ke Kota ...") and the name after it: two names in one sentence with a
# plain visit cue make it a visit between them
BODY = re.compile(r"\b(?i:(?:" + BODIES + "|" + SECRETARIATS + "|" + HEADS + r"|ke)\s+"
                  r"(?i:(?:kabupaten|kota|provinsi|kab\.)\s+)?(?:\([A-Za-z]+\)\s+)?|"
                  r"(?:" + OFFICE_ACRONYMS + r"|(?:dinas|badan)\s+\w+)\s+(?i:kabupaten|kota|provinsi)\s+|"
                  r"dari\s+(?i:kabupaten|kota|provinsi)\s+)([A-Z][\w-]+)")
# a province's council or government: "DPRD Provinsi", "Pemprov", "Pemerintah Provinsi" (not its governor, whose
# trips inside his province are tours of his own region)
# ("ke Dinas Kearsipan Provinsi P": one of its offices, named; not "rumah dinas Gubernur P")
GOVERNED_BEFORE = re.compile(r"\b(?:dprd|dprk|dpra|pemprov|pemerintah|setdaprov|sekretariat\s+daerah|bpsdmd?|"
                             r"bkpsdmd?|(?-i:(?:Dinas|Badan|Biro)(?:\s+(?!Provinsi\b|Gubernur\b)(?:[A-Z][\w-]*|dan)){1,4}?))\)?\s+"
                             r"(?:provinsi\s+)?$",
                             re.IGNORECASE)
# a province's own council named as the province's people's council, right before its name ("DPR Papua", "DPRA")
OWN_COUNCIL = re.compile(r"\bdpr[pa]?\s+$", re.IGNORECASE)
REPRESENTED = re.compile(r"\b(?:mewakili|atas\s+nama)\s+$", re.IGNORECASE)
SEAT_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)|,?\s*(?:(?:itu|ini|tersebut|dimaksudkan|bertujuan|adalah|"
                        r"yakni)\s+){0,3}(?:untuk|guna)\b[^.;\n]{0,50})")
# a province named as the nation's capital: "Daerah Khusus Ibukota Jakarta"
CAPITAL_NAME = re.compile(r"\bibu\s?kota\b", re.IGNORECASE)
MINISTER = re.compile(r"\b(?:menteri|mendagri|wamen\w*|menko\w*)\b", re.IGNORECASE)
PRESIDENCY = re.compile(r"\b(?:wakil\s+)?presiden\b", re.IGNORECASE)
WALI_BEFORE = re.compile(r"\bwali\s+$", re.IGNORECASE)
MIN_SCORE = 2.0
# "ke Kota B", "ke DPRD Kabupaten B", "dan B" (in a list after "ke A"): the way a further destination is written
TO_STOP = re.compile(r"\b(?:ke|dan|serta)\s+(?:[\w()]+\s+){0,3}$", re.IGNORECASE)


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


class Cues:
    """The vocabulary of ``data/visit_cues.csv`` arranged into the patterns the rules read."""

    def __init__(self, visit_cues: list[tuple[str, str, str]]) -> None:
        by_role: dict[str, list[str]] = {}
        self.kind_of: dict[str, str] = {}
        for cue, kind, role in visit_cues:
            by_role.setdefault(role, []).append(cue)
            if role == "kind" and kind:
                self.kind_of[" ".join(cue.lower().split())] = kind
        self.by_role = by_role
        role = by_role.get
        # "kunjungan kerja" names any working trip: only the study kinds prove learning by themselves
        study = role("kind", [])
        # "dijadikan percontohan", "ditiru daerah lain": the model a region is also opens the search, but makes it
        # no learner and no destination
        # "mereplikasi", "meniru": adopting another's innovation tells of learning, not of a trip to its owner
        adopt = role("adopt", [])
        self.learning = cue_regex(study + role("learn", []) + adopt + role("model", []))
        # learning told as such, beyond a working visit ("studi banding", "belajar", not "kunjungan kerja")
        working = {c for c in study if self.kind_of.get(" ".join(c.lower().split())) == "kunjungan kerja"}
        self.studies = cue_regex([c for c in study if c not in working] + role("learn", []))
        learner = cue_regex(study + role("learn", []) + adopt)
        # a plain working visit between governments is a visit too: "berkunjung ke", "konsultasi ke",
        # "menerima kunjungan", "menyambut rombongan" (see VisitFinder.visit_cue)
        self.plain = cue_regex(role("visit", []))
        # "studi banding ke Jepang", "kunjungan kerja ke luar negeri": a trip abroad
        self.abroad = re.compile(r"\b(?:ke|di)\s+(?:negara\s+|negeri\s+)?(?:\w+\s+){0,2}?"
                                 + alternation(role("abroad", [])) + r"\b", re.IGNORECASE)
        self.kinds = cue_regex(list(self.kind_of))
        self.not_visit = cue_regex(role("not_visit", []))
        self.stopover = cue_regex(role("stopover", []))
        # "hasil studi banding akan kami terapkan di X": X is home, where the lesson is applied
        self.at_home = cue_regex(role("at_home", []))
        # "pengurus Karang Taruna X belajar ke", "mahasiswa Universitas X Kota Y": an organisation of the region, no
        # government
        self.organisation = re.compile(r"\b" + alternation(role("organisation", [])) + r"\b\)?(?:\s+(?!(?:dan|serta|"
                                       r"ke|di|dari)\b)[\w.()-]+){0,6}?(?:\s+se-|\s+)(?:kabupaten\s+|kota\s+|provinsi\s+)?$",
                                       re.IGNORECASE)
        national = "(?:" + alternation(role("national", [])) + "|" + MINISTRY_WORD + ")"
        self.national = re.compile(r"\b" + national + r"\b", re.IGNORECASE)
        # "ke Kemendagri", "ke Kementerian Dalam Negeri", "ke Direktorat Jenderal X Kementerian Y": a trip to a
        # national body
        # ("ke sejumlah kementerian", "mendatangi Kementerian X", "ke Komisi IV DPR RI")
        # ("ke Kantor Wilayah Kementerian X", "ke Kanwil Kemenag X": a ministry's regional office)
        # ("berkonsultasi dengan Kementerian X", "beraudiensi dengan Dirjen Y": met there)
        # (the verbs of consulting: data/visit_cues.csv role consult)
        consult = alternation(role("consult", []))
        self.to_national = re.compile(r"\b(?:ke|mengunjungi|mendatangi|menyambangi|" + consult
                                      + r"\s+dengan)\s+(?:(?:sejumlah|beberapa|"
                                      r"berbagai)\s+)?(?:(?:kantor\s+wilayah|kanwil)\s+|"
                                      r"kantor\s+|gedung\s+|(?:direktorat|ditjen|dirjen|deputi|biro|"
                                      r"pusat|badan|sekretariat\s+jenderal|setjen|komisi|fraksi|pimpinan)\b"
                                      r"[^.;,\n]{0,70}?)?" + national + r"\b", re.IGNORECASE)
        # "ke Jakarta (KPU Pusat)", "ke Ibu Kota Jakarta itu untuk konsultasi ke beberapa kementerian"
        # "berkonsultasi ke Jakarta", "koordinasi ke Jakarta": consulting in the nation's capital is a trip to its
        # national bodies (:meth:`VisitFinder._capital_seat`)
        self.consult_to = re.compile(r"\b" + consult + r"\s+ke\s+$", re.IGNORECASE)
        receive = role("receive", [])
        passive = [c for c in receive if c.lower().startswith("di")]
        active = [c for c in receive if not c.lower().startswith(("di", "tuan"))]
        # an official named after a passive receiving verb serves the host: "diterima (langsung oleh) Sekda X"
        self.received_by = re.compile(r"\b" + alternation(passive) + r"\s+(?:langsung\s+)?(?:oleh\s+)?[^.\n]*$",
                                      re.IGNORECASE)
        # ("Ketua DPRD X, Budi, bersama unsur pimpinan dan anggota menerima kunjungan ...": with his people, the
        # guests named; not "Sekda X bersama rombongan menerima paparan")
        self.receives = re.compile(r"[^.\n]{0,10}\b" + alternation(active + ["menerima"]) + r"\b|"
                                   r"[^.\n]{0,10}\b(?:bersama|beserta|didampingi)\b[^.;\n]{0,40}?\b(?:menyambut|menjamu|"
                                   r"menerima\s+(?:langsung\s+)?(?:kunjungan|kedatangan|rombongan|tamu|delegasi))\b",
                                   re.IGNORECASE)
        # how they are received: "disambut (langsung / hangat / penuh antusias ...)"
        # (data/visit_cues.csv role receive_manner)
        manner = alternation(role("receive_manner", []))
        # "disambut hangat Bupati X, Budi, beserta jajaran": the head right after a passive receiving verb receives with
        # his people, he leads no delegation
        self.received_head = re.compile(r"\b" + alternation(passive) + r"\s+(?:(?:" + manner + r"|oleh)\s+){0,4}$",
                                        re.IGNORECASE)
        # "diterima para pejabat SKPD yang dipimpin Staf Ahli X": the receiving party's head, not the delegation's
        led = [c for c in role("led_by", []) if c.lower().startswith("di") and " " not in c]
        self.receivers_led = re.compile(r"\b" + alternation(passive) + r"\b(?:(?!\b(?:rombongan|delegasi|tamu)\b)"
                                        r"[^.;\n]){0,90}?\byang\s+" + alternation(led) + r"\b[^.;\n]{0,120}$",
                                        re.IGNORECASE)
        # "rombongan disambut (hangat oleh) Pemerintah Kota X": the government that receives them hosts
        self.received_by_body = re.compile(r"\b" + alternation(passive) + r"\s+(?:(?:" + manner
                                           + r"|secara|dan)\s+){0,4}(?:oleh\s+)?(?:jajaran\s+)?"
                                           r"(?:" + BODIES + "|" + SECRETARIATS + r")\s+(?:kabupaten\s+|kota\s+|"
                                           r"provinsi\s+)?(?:\([A-Za-z]{2,8}\)\s+)?$", re.IGNORECASE)
        # "X kedatangan ...", "X (kembali) menerima kunjungan ...", "X menjadi tuan rumah"
        # ("X menerima 25 kunjungan studi banding", "X sudah menerima puluhan rombongan": counted guests)
        self.receives_after = re.compile(r"\s*\)?\s*,?\s*(?:(?:kembali|pun|juga|lagi|sering|kerap|rutin|selalu|banyak|"
                                         r"sudah|telah)\s+){0,2}(?:kedatangan|"
                                         r"disambangi|dikunjungi|didatangi|" + alternation(active) + r"|(?:menerima|"
                                         r"kedatangan)\s+(?:\d+|puluhan|ratusan|belasan|banyak|sejumlah)\s+(?:kali\s+)?"
                                         r"(?:kunjungan|rombongan|tamu|delegasi)|(?:menerima|menyambut|kedatangan)\s+"
                                         r"(?:sebanyak\s+|sekitar\s+)?\d+\s+orang)\b", re.IGNORECASE)
        # "menerima kunjungan Bupati A X, Wali Kota B Y": a list of guests follows
        self.receive_guests = re.compile(r"\b(?:" + alternation(active) + r"|kedatangan)\s+(?:(?:kerja|dinas|"
                                         r"studi\s+\w+|belajar|kunjungan|kedatangan|rombongan|delegasi|tamu|para|"
                                         r"sejumlah|dari)\s+)*",
                                         re.IGNORECASE)
        # the text says the delegation was received somewhere, without always naming where
        self.implied_host = re.compile(r"\b(?:" + alternation(receive + ["kedatangan"]) + r"|ke\s+(?:kabupaten|kota|"
                                       r"provinsi|daerah)\s+(?:ini|kita|kami)|ke\s+sini)\b", re.IGNORECASE)
        # "ke kabupaten yang dipimpin Bupati X": the place he governs, before a led_by cue
        self.governed = re.compile(r"\b" + alternation(role("governed_place", [])) + r"\s+yang\s+$", re.IGNORECASE)
        self.led_by = re.compile(r"\b" + alternation(role("led_by", [])) + r"\s+(?:langsung\s+|sendiri\s+)?"
                                 r"(?:oleh\s+)?", re.IGNORECASE)
        # "Sekda X Budi memimpin rombongan", "Sekda X Budi bersama Ketua TP PKK Y memimpin rombongan"
        leads = alternation([c for c in role("led_by", []) if not c.lower().startswith("di")])
        self.leads_after = re.compile(r"[^.\n]{0,25}?(?:\b(?:bersama|beserta|didampingi)\b[^.;\n]{0,60}?)?\b" + leads,
                                      re.IGNORECASE)
        self.with_group = re.compile(r"[^.\n]{0,40}?\b(?:dan|beserta|bersama)\s+" + alternation(role("with_group", []))
                                     + r"\b", re.IGNORECASE)
        trip = (r"(?:studi|kaji|berkunjung|bertandang|mengunjungi|mendatangi|menyambangi|kunjungan|kunker|benchmarking|"
                r"belajar|menimba|berguru)")
        # "Pemkab X akan studi banding ke Y", "dijadwalkan berkunjung ke": a trip the article reports as planned
        # counts (the visit is reported); "Bupati meminta OPD studi banding ke daerah lain", "kunjungan itu
        # batal": urged or called off, no trip
        self.planned = re.compile(r"\b" + alternation(role("planned", [])) + r"\s+(?:\w+\s+){0,3}?" + trip + r"\b",
                                  re.IGNORECASE)
        self.urged = re.compile(r"\b" + alternation(role("urged", [])) + r"\s+(?:\w+\s+){0,3}?" + trip + r"\b",
                                re.IGNORECASE)
        # "berharap Wali Kota B dan rombongan turut berkunjung ke A sebagai kunjungan balasan": a return visit
        # only hoped for or invited
        self.hoped_return = re.compile(r"\b" + alternation(role("hoped", [])) + r"\b[^.;\n]{0,120}?\b(?:(?:kunjungan|"
                                       r"kunker|lawatan)\s+(?:balasan|balik)|berkunjung\s+balik|balik\s+berkunjung)\b",
                                       re.IGNORECASE)
        called_off = alternation(role("called_off", []))
        # "Namun rencana itu ditunda": the plan of the sentence before is called off
        # "dibatalkan dan dialihkan ke Z": the trip goes to Z instead
        self.redirected = cue_regex(role("redirected", []))
        # "batal ke Y, dialihkan ke Z": Z is where the trip went
        self.redirected_to = re.compile(self.redirected.pattern + r"\s+ke\s+(?:" + PLACE_IN + ")?" + GOVERNMENT + "$",
                                        re.IGNORECASE)
        self.plan_dropped = re.compile(r"\b(?:rencana|kunjungan|kegiatan|agenda|studi\s+\w+)\s+(?:itu|tersebut|ini)\b"
                                       r"[^.;\n]{0,40}?\b" + called_off + r"\b", re.IGNORECASE)
        self.called_off = re.compile(r"\b" + called_off + r"\s+(?:\w+\s+){0,7}?" + trip + r"\b|\b" + trip +
                                     r"\b[^.;\n]{0,80}?\b" + called_off + r"\b", re.IGNORECASE)
        # the region makes the trip itself: "DPRD X berkonsultasi ke", "Pemkab X melakukan silaturahmi ke" (the
        # one-word going verbs and trip nouns of role visit, told by their shape; receiving ones such as
        # "menyambut" are the host's)
        receiving = {c.lower() for c in receive}
        words = [c.lower() for c in role("visit", []) if len(c.split()) == 1 and c.lower() not in receiving]
        verbs = [c for c in words if c.startswith(("ber", "me"))]
        nouns = [c for c in words if not c.startswith(("ber", "me", "di", "ke"))]
        self.subject_visits = re.compile(r"[^.\n]{0,40}?\b(?:(?:menggelar|melakukan|mengadakan|melaksanakan)\s+"
                                         r"(?:studi|kunker|kaji|benchmarking|" + alternation(nouns) + r")|"
                                         r"(?<!selamat )datang|kunjungi|sambangi|datangi|bertolak|bertamu|"
                                         + alternation(verbs) + r")\b",
                                         re.IGNORECASE)
        self.happened = re.compile(r"\b" + alternation(role("happened", []) + receive + ["menerima"]) + r"\b|"
                                   r"\(\d{1,2}(?:[-–]\d{1,2})?/\d{1,2}", re.IGNORECASE)
        # cues after which "ke X" / "di X" is where the delegation went ("datang ke" -> "datang")
        movers = role("kind", []) + role("learn", []) + role("arrive", []) + [
            c for c in role("visit", []) if c not in receive]  # "diterima di X" is no trip to X
        stems = sorted({re.sub(r"\s+(?:ke|di)$", "", c.lower()) for c in movers})
        mover = cue_regex(stems).pattern.replace(r")\b", r")(?:nya)?\b", 1)  # "lawatannya ke X"
        # any mover in a sentence, its words apart also by an abbreviation's dot (as the rules blank them): the
        # sentences where host_link may fire
        self.mover_in = re.compile(mover.replace(r"\s+", r"[\s.]+"), re.IGNORECASE)
        self.host_link = re.compile(mover + r"[^.;:\n]{0,60}?\b(?:ke|di)\s+(?:(?:balai|kantor|pendopo|puspem|"
                                    r"aula|ruang|gedung|rumah|sekolah|pasar|puskesmas|rsud|kawasan|lokasi|objek|museum|"
                                    r"perpustakaan|sentra|dinas|badan|bagian|sekretariat|mal|mall|pusat)\b[^,.\n]{0,50}?|"
                                    # "ke provinsi tetangga, Kalimantan Tengah"
                                    r"(?:provinsi|kabupaten|kota|daerah)\s+(?:tetangga|sebelah)\s*,?\s+|"
                                    + PLACE_IN + ")?" + GOVERNMENT + "$",
                                    re.IGNORECASE)
        goes = cue_regex(sorted(set(stems) - {"rombongan", "delegasi", "kedatangan", "kunjungan"})).pattern
        # "mendatangi tiga kabupaten, yaitu A, B dan C": the destinations are listed
        self.goes_list = re.compile(r"(?:(?:" + goes + r")[^.\n]{0,40}?\b(?:ke|di)\s|\b(?:mendatangi|mengunjungi|"
                                    r"menyambangi|kunjungi|datangi|sambangi)\b)[^.\n]{0,80}?(?P<intro>\b(?:"
                                    + LIST_OPENS + r")\b\s*:?)", re.IGNORECASE)
        # a delegation came: "datang", "berkunjung", "studi tiru" (not learning words alone: "direplikasi")
        arrive = sorted({re.sub(r"\s+(?:ke|di)$", "", c.lower()) for c in role("arrive", []) + role("kind", [])})
        self.came = cue_regex(arrive)
        # "Bupati X beserta jajaran berkunjung ke ...", "Bupati X, yang sengaja datang untuk mempelajari ..."
        self.official_goes = re.compile(r"[^.;\n]{0,50}?" + goes + r"(?:[^.;\n]{0,40}?\b(?:ke|di|dari)\s|"
                                        r"\s+(?:untuk|guna)\s+" + self.learning.pattern + ")", re.IGNORECASE)
        self.learn_after = re.compile(r"[^.;\n]{0,40}?" + learner.pattern, re.IGNORECASE)
        self.receive_any = re.compile(r"\b" + alternation(receive + ["menerima", "kedatangan"]) + r"\b", re.IGNORECASE)
        self.receive_active = re.compile(r"\b" + alternation(active + ["menerima", "kedatangan"]) + r"\b",
                                         re.IGNORECASE)
        self.goes_or_learns = re.compile(goes + "|" + self.learning.pattern, re.IGNORECASE)
        self.visit_word = re.compile(goes + "|" + cue_regex(role("kind", [])).pattern + r"|\bkunjungan\b",
                                     re.IGNORECASE)
        # "belajar ... dari Kabupaten X", "menimba ilmu dari X": the region taught them
        learn = cue_regex(role("learn", [])).pattern
        # "menyerap ilmu serta inovasi Wali Kota X", "mempelajari program Pemkab X": X is what they learn from
        self.learned_object = re.compile(cue_regex(role("learn", []) + adopt).pattern + r"[^.,;:\n]{0,40}$",
                                         re.IGNORECASE)
        # ("belajar dari keberhasilan Kota X mengelola ...": what the region achieved)
        self.learn_from = re.compile(learn + r"[^.;:\n]{0,50}?\b(?:dari|kepada|pada)\s+(?:(?:keberhasilan|kesuksesan|"
                                     r"pengalaman|kemajuan|inovasi|praktik\s+baik)\s+)?(?:pemerintah\s+|pemkab\s+|"
                                     r"pemkot\s+|pemprov\s+)?$", re.IGNORECASE)


@dataclass
class RegionItem:
    mention: RegionMention
    before: str
    after: str
    sentence: tuple[int, int]
    previous: RegionMention | None
    next: RegionMention | None = None


@dataclass
class OfficialItem:
    official: Official
    start: int
    end: int
    before: str
    after: str


class Scan:
    """One article as the rules see it: text, sentences, officials, and the firings so far."""

    def __init__(self, finder: VisitFinder, text: str, sentences: list[tuple[int, int]],
                 officials: list[Official], trace: Trace, body_start: int = 0) -> None:
        self.finder = finder
        self.body_start = body_start
        self.cues = finder.cues
        self.text = text
        self.sentences = sentences
        self.starts = [s for s, _ in sentences]
        self.trace = trace
        self.official_spans = sorted((o.position_span[0] if o.position_span != (0, 0) else s, e)
                                     for o in officials for s, e in o.mentions)
        self._fired: dict[int, set[str]] = {}  # id of item mention -> rule names
        self.region_spans: list[tuple[int, int]] = []
        self.mentions: list[RegionMention] = []
        self._members: tuple[list[RegionMention], list[int]] | None = None
        self._in_sentence: dict[tuple[int, tuple[int, int]], bool] = {}
        self.capital_seats: dict[str, bool] = {}  # region code -> the capital only seats national bodies here

    def in_sentence(self, rx: re.Pattern, sentence: tuple[int, int]) -> bool:
        """``rx`` matches somewhere in ``sentence`` (remembered: a cheap test before a rule's costlier patterns on
        the text up to each region of the sentence)."""
        key = (id(rx), sentence)
        found = self._in_sentence.get(key)
        if found is None:
            found = self._in_sentence[key] = rx.search(self.text, *sentence) is not None
        return found

    def in_title(self, pos: int) -> bool:
        """``pos`` is on the headline or a line written like one (``textutil.on_title_line``)."""
        return on_title_line(self.text, self.body_start, pos)

    def list_members(self) -> tuple[list[RegionMention], list[int]]:
        """The region mentions that can stand in a list, each with the end of the province placing it ("DPRD A
        Sumatera Barat serta DPRD B": the list goes on after the province); computed once per article."""
        if self._members is None:
            items: list[RegionMention] = []
            ends: list[int] = []
            for j, r in enumerate(self.mentions):
                prev = self.mentions[j - 1] if j else None
                if prev is not None and items and items[-1] is prev and self.contains(r.code, prev.code) \
                        and PLACING_GAP.fullmatch(self.text[prev.end:r.start]):
                    ends[-1] = r.end
                    continue
                items.append(r)
                ends.append(r.end)
            self._members = (items, ends)
        return self._members

    def sentence_of(self, pos: int) -> tuple[int, int]:
        return _sentence_at(self.sentences, self.starts, pos, len(self.text))

    def contains(self, outer: str, inner: str) -> bool:
        return self.finder.contains(outer, inner)

    def fired(self, mention: Any, names: tuple[str, ...]) -> bool:
        return bool(self._fired.get(id(mention), set()) & set(names))

    def fired_as(self, mention: Any, names: tuple[str, ...]) -> bool:
        """Like :meth:`fired`, also through an abbreviation in brackets: "Provinsi A (AA)"."""
        if self.fired(mention, names):
            return True
        i = bisect.bisect_left(self.region_spans, (mention.start, mention.end))
        if i == 0 or not re.fullmatch(r"\s*\(\s*", self.text[self.region_spans[i - 1][1]:mention.start]):
            return False
        before = self.mentions[i - 1]
        return before.code == mention.code and self.fired(before, names)

    def mark(self, item: Any, name: str) -> None:
        self._fired.setdefault(id(item), set()).add(name)

    def only_regions_between(self, start: int, end: int, offices: bool = False) -> bool:
        """Between ``start`` and ``end`` stand only region names, level words, commas and "dan" (with ``offices``
        also office acronyms: "DPMPTSP A, Dinkes B")."""
        leftover = OFFICE_LEFTOVER if offices else REGION_LEFTOVER
        pieces, pos = [], start
        for s, e in self.region_spans:
            if e <= start or s >= end:
                continue
            pieces.append(self.text[pos:max(pos, s)])
            pos = max(pos, e)
        pieces.append(self.text[pos:end])
        return all(leftover.match(p) for p in pieces)

    def level(self, code: str) -> str:
        return self.finder.regions[code].level

    def closed_list(self, pos: int) -> bool:
        """The list of regions going on at ``pos`` closes with "dan"/"serta" ("A, B, dan C") or goes on in order
        ("singgah ke DPRD A, lalu ke DPRD B"), not with commas only ("Kecamatan X, Kabupaten Y, Yogyakarta" places
        X)."""
        i = bisect.bisect_left(self.region_spans, (pos, pos))
        end = pos
        for s, e in self.region_spans[i:]:
            gap = self.text[end:s]
            if gap.strip() == "(":  # "Kota A (P) dan B", "Kota A (AA), B": a name in brackets only places A
                end = e
                continue
            gap = re.sub(r"^\s*\)", "", gap)
            if not LIST_GAP.match(gap):
                return False
            if re.search(r"\b(?:dan|serta|kemudian|lalu)\b", gap):
                return True
            end = e
        return False

    def only_officials_between(self, start: int, end: int) -> bool:
        """Between ``start`` and ``end`` stand only officials (position, region, name), commas and "dan"."""
        pieces, pos = [], start
        for s, e in self.official_spans:
            if e <= start or s >= end:
                continue
            pieces.append(self.text[pos:max(pos, s)])
            pos = max(pos, e)
        pieces.append(self.text[pos:end])
        return all(LIST_LEFTOVER.match(p) for p in pieces)

    def _hoped_from(self, sentence: tuple[int, int], pos: int) -> bool:
        """``pos`` lies in a return visit only hoped for or invited, from its cue on."""
        hoped = self.cues.hoped_return.search(self.text, *sentence)
        return hoped is not None and pos >= hoped.start()

    def _called_off_at(self, sentence: tuple[int, int], pos: int) -> bool:
        """The trip the sentence calls off goes to ``pos``: "studi banding ke Y batal", "batal kunker ke Y" (not Z in
        "batal ke Y, rombongan menjalani kunker ke Z", nor "Kunker ke Y dibatalkan dan dialihkan ke Z")."""
        for m in self.cues.called_off.finditer(self.text, *sentence):
            if m.start() <= pos <= m.end():
                return True
            if m.end() < pos <= m.end() + 40 and not any(m.end() <= s_ < pos for s_, _ in self.region_spans) \
                    and not self.cues.redirected.search(self.text, m.end(), pos):
                return True
        return False

    def add(self, rule: Rule, code: str | None, pos: int) -> bool:
        """Count ``rule``'s evidence for region ``code`` at ``pos`` (weakened or ignored by its sentence)."""
        if not code:
            return False
        text = self.text
        sentence = self.sentence_of(pos)
        weight, note, planned, organisation = rule.weight, "", False, False
        if rule.role == "host" and self._called_off_at(sentence, pos):
            # "studi banding DPRD X ke Y batal": Y hosts nothing; X may still go elsewhere ("dialihkan ke Z")
            weight, note = 0.0, "called off: ignored"
        elif (self.cues.urged.search(text, *sentence) or self._hoped_from(sentence, pos)) \
                and not self.cues.happened.search(text, *sentence):
            # "Bupati meminta OPD studi banding ke Kota Y", "berharap B turut berkunjung sebagai kunjungan balasan"
            # (only what is named after "berharap": the trip the sentence reports first stays)
            weight, note = 0.0, "urged, not done: ignored"
        elif self.cues.planned.search(text, *sentence) and not self.cues.happened.search(text, *sentence):
            i = bisect.bisect_right(self.starts, sentence[0])
            after = self.sentences[i] if i < len(self.sentences) else sentence
            if self.cues.national.search(text, *sentence) or PRESIDENCY.search(text, *sentence):
                weight, note = 0.0, "planned trip on national business: ignored"  # "akan ke Jakarta menemui Menteri"
            elif after != sentence and self.cues.plan_dropped.search(text, *after):
                weight, note = 0.0, "the plan is called off in the next sentence: ignored"  # "Namun rencana itu batal"
            else:
                # "Pemkab X berencana studi banding ke Y"
                note, planned = "planned: counted, status planned", True
        elif rule.scope == "region" and rule.role == "visitor" and self.cues.organisation.search(
                text, max(sentence[0], pos - 80), pos):
            weight, note, organisation = 0.0, "an organisation of the region, not its government: ignored", True
        elif self.cues.not_visit.search(text, *sentence):
            weight, note = weight / 2, "launch/award/inspection cue in the sentence: halved"
        self.trace.firings.append(Firing(rule.name, rule.role, code, weight, pos, sentence, note, planned,
                                         organisation))
        return weight > 0


class VisitFinder:
    """Cue words come from ``data/visit_cues.csv``; rules from :mod:`nlp.visit_rules`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.regions = lexicon.regions
        self.cues = Cues(lexicon.visit_cues)
        self.kind_of = self.cues.kind_of
        self.national_positions = {canonical for _, canonical, level, _ in lexicon.positions if level == "national"}
        # a province's capital city that carries the province's name ("Yogyakarta", "Bengkulu"): bare, it may name
        # either
        self.capital_of = {r.code: p.code for r in self.regions.values()
                           if r.level == KOTA and (p := self.regions.get(r.province_code)) is not None
                           and p.capital.lower() == r.core.lower() and r.core.lower() in p.core.lower()}
        # a province -> the provinces later split from it, also split again ("split_from" of data/regions.csv: Papua
        # contains Papua Barat and, through it, Papua Barat Daya)
        self.split_off: dict[str, frozenset[str]] = {}
        for r in self.regions.values():
            outer, seen = r.split_from, {r.code}
            while outer in self.regions and outer not in seen:
                self.split_off[outer] = self.split_off.get(outer, frozenset()) | {r.code}
                seen.add(outer)
                outer = self.regions[outer].split_from
        # the nation's capital, as its province's official name says ("Daerah Khusus Ibukota Jakarta"), and its kota:
        # where the national bodies sit (:meth:`_national_seat`)
        self.national_capital = frozenset(
            r.code for r in self.regions.values()
            if (p := self.regions.get(r.province_code)) is not None and CAPITAL_NAME.search(p.name))

    def visit_cue(self, text: str, sentences: list[tuple[int, int]]) -> re.Match | None:
        """The cue that opens the search for visits: a learning cue ("studi banding", "belajar", "menimba ilmu"
        ...), or a plain visit cue ("berkunjung", "berkonsultasi", "menerima kunjungan" ...) in a sentence naming
        two government bodies ("DPRD X berkonsultasi ke DPRD Y", "Pemkab X menerima kunjungan Pemkot Y"); None:
        the article tells of no visit."""
        return self.cues.learning.search(text) or self._plain_visit(text, sentences)

    def _plain_visit(self, text: str, sentences: list[tuple[int, int]]) -> re.Match | None:
        starts = [s for s, _ in sentences]
        for m in self.cues.plain.finditer(text):
            span = _sentence_at(sentences, starts, m.start(), len(text))
            sentence = text[slice(*span)]
            if self.cues.not_visit.search(sentence) or self.cues.to_national.search(sentence):
                continue
            bodies = {n.lower() for n in BODY.findall(sentence)}
            if bodies and len(bodies) < 2 and span[0]:  # "Wali Kota A menilai ... saat berkunjung ke B"
                before = text[slice(*_sentence_at(sentences, starts, span[0] - 1, len(text)))]
                if before != sentence and not self.cues.not_visit.search(before):
                    bodies |= {n.lower() for n in BODY.findall(before)}
            if len(bodies) >= 2:
                return m
        return None

    def find(self, text: str, sentences: list[tuple[int, int]], mentions: list[RegionMention],
             officials: list[Official], dates: list[DateMention], programs: list, cue: re.Match,
             trace: Trace | None = None, body_start: int = 0) -> list[Visit]:
        """The visits of an article in which :meth:`visit_cue` found ``cue`` (``body_start``: where the body
        starts after the headline)."""
        trace = trace if trace is not None else Trace()
        trace.learning_cue = cue.group(0)
        if body_start and self.cues.not_visit.search(text, 0, body_start) and not self.cues.learning.search(text):
            # "Bupati A Hadiri Open House Lebaran Wali Kota B": the headline tells of an event, and no word of learning
            # or of a working visit anywhere: guests at the event, no visit
            trace.rejected.append(("visits", "-", "the headline tells of an event and nothing of learning"))
            return []
        scan = Scan(self, text, sentences, officials, trace, body_start)
        names = sorted((s, e) for o in officials for s, e in o.mentions)
        ends = {e for _, e in names}
        # "Budi Laksono Demak": a bare region word inside or right after a person's name is part of the name
        mentions = [m for m in mentions if not _inside(names, m.start, m.end)
                    and not (m.start == m.name_start and m.start - 1 in ends and text[m.start - 1] == " ")]
        scan.mentions = mentions
        committee_regions(text, officials, mentions)  # "Ketua Komisi B" of the "Komisi B DPRD Kota X" named before
        title_regions(text, officials, mentions)  # "Ketua Komisi I Fraksi X DPRK A, Budi": of A
        scan.region_spans = [(m.start, m.end) for m in mentions]
        leaders: dict[str, Official] = {}
        region_items = self._region_items(scan, mentions)
        for rules in (REGION_RULES, LIST_RULES):
            for item in region_items:
                self._apply(scan, rules, item, item.mention.code, item.mention.start, None, leaders)
        receivers = []  # officials receiving the delegation whose region was only inferred
        unplaced = []  # "Ketua rombongan studi tiru, Budi": he leads, his region unwritten
        hosting: set[int] = set()  # officials who receive the delegation (ids)
        said_to_lead: list[Official] = []  # "dipimpin X", "X selaku ketua rombongan"
        leading = {r.name for r in OFFICIAL_RULES if r.leads}
        led_in: dict[int, list[tuple[int, int]]] = {}  # official (id) -> the sentences saying he leads or goes
        for item in self._official_items(text, officials):
            off = item.official
            fired, code = self._apply(scan, OFFICIAL_RULES, item, off.region, item.start, off, leaders)
            if "led_by" in fired:
                said_to_lead.append(off)
            if fired & leading:
                led_in.setdefault(id(off), []).append(scan.sentence_of(item.start))
            if "received_by" in fired:
                hosting.add(id(off))
                if not off.explicit_region:
                    receivers.append(off)
            if (code is None) and fired & leading and not self._national(off.position) and off not in unplaced:
                unplaced.append(off)
        visits = self._resolve(scan, mentions, officials, dates, programs, leaders, receivers)
        single = len({v.visitor for v in visits if not v.earlier}) == 1
        # "Kejari Sigi": a name that holds a region's is an office or a place, no one to guess as leader
        placed = {id(o) for o in officials for s, e in o.mentions
                  if any(rs < e and s < re_ for rs, re_ in scan.region_spans)}

        def receives(off: Official) -> bool:  # named receiving the guests, or at home
            return any(self.cues.receive_any.search(sentence) or AT_HOME.search(sentence)
                       for sentence in (_line_sentence(text, s) for s, _ in off.mentions))

        for v in visits:
            said = [o for o in said_to_lead if o in unplaced or o.region == v.visitor]
            told = v.leader in said_to_lead or not (said and (single or any(o.region == v.visitor for o in said)))
            if v.earlier or (v.leader is not None and v.leader is leaders.get(v.visitor) and told
                             and not (along(text, v.leader) and said_to_lead)):
                continue  # the text says he leads (not only that he went along, when it says someone leads; not
                # only that he went, when it says another leads: "Budi mengatakan kunker itu dipimpin Ani")
            # one the text says leads ("dipimpin X") whose region it leaves open leads his own region's
            # delegation (with one delegation: that one), before the official whose trip the text names, before
            # the highest-ranked official of the region, who is not one of the hosts; other heads whose region
            # the text leaves open only after those
            leader = next((o for o in said if o.region == v.visitor), None) or (said[0] if single and said else None) \
                or trip_of(text, v.visitor, officials) \
                or self._likely_leader(text, v.visitor, officials, frozenset(hosting | placed)) \
                or next((o for o in unplaced if o.region == v.visitor), None) \
                or (unplaced[0] if single and unplaced else None) \
                or stand_in(text, v.visitor, officials, frozenset(hosting | placed), _rank, receives)
            if leader is not v.leader:
                v.led_by(leader, officials)
        tours: dict[str, frozenset[str]] = {}  # a visitor's hosts, when it visits several
        for v in visits:
            if not v.earlier:
                tours[v.visitor] = tours.get(v.visitor, frozenset()) | {v.host}
        named: dict[tuple[int, str], tuple[frozenset[str], frozenset[str]]] = {}  # (official, visitor) -> tour_legs

        def legs_of(off: Official, visitor: str) -> tuple[frozenset[str], frozenset[str]]:
            key = (id(off), visitor)
            if key not in named:
                named[key] = tour_legs(off, visitor, tours[visitor], mentions, scan.sentence_of, text)
            return named[key]

        def heads_visitor(off: Official, v: Visit) -> bool:
            """He may lead a leg of ``v``'s tour: a head of the visitor (or of no region) who neither receives
            nor only goes along; one whose region was only inferred as a host's only when the text sends him or his
            committee to a host ("Lalu Komisi B ke DPRD A"), not one named at a host ("Di DPRD A, Ketua Komisi B")."""
            ours = off.region == v.visitor or off in unplaced or (
                not off.explicit_region and off.region in tours[v.visitor] and bool(legs_of(off, v.visitor)[1]))
            return (ours and bool(off.mentions) and id(off) not in hosting | placed and _rank(off.position) is not None
                    and not receives(off) and not along(text, off) and not SPOKESMAN.search(off.position)
                    and not SECRETARIAT.match(off.position))

        for v in visits:
            if not v.earlier and len(tours.get(v.visitor, ())) > 1:
                heads = [o for o in officials if heads_visitor(o, v)]
                leg = leg_leader(v.leader, v.host, heads, lambda o, visitor=v.visitor: legs_of(o, visitor)[0], _rank)
                if leg is not v.leader:
                    v.led_by(leg, officials)
                    if leg is not None and leg.region != v.visitor and not leg.explicit_region and (
                            leg in unplaced or legs_of(leg, v.visitor)[1]):
                        leg.region = v.visitor  # he or his committee went on the tour: he is the visitor's
        for v in visits:
            if not v.earlier and v.leader is not None:
                own = host_leader(v.leader, v.host, [o for o in officials if o.region == v.visitor or o in unplaced],
                                  led_in, mentions)
                if own is not v.leader:
                    v.led_by(own, officials)
            if v.leader in unplaced:
                v.leader.region = v.visitor
            if v.leader is not None and not v.earlier and fullest(v.leader, officials) is not v.leader:
                v.led_by(fullest(v.leader, officials), officials)
        return visits

    def _national(self, position: str) -> bool:
        return any(position == p or position.startswith(p + " ") for p in self.national_positions)

    @staticmethod
    def _apply(scan: Scan, rules: tuple[Rule, ...], item: Any, code: str | None, pos: int,
               official: Official | None, leaders: dict[str, Official]) -> tuple[set[str], str | None]:
        """The short loop: every rule of the table on one item; returns the rules that fired and the region
        they counted for."""
        fired: list[Rule] = []
        names: set[str] = set()
        for rule in rules:
            if (not rule.unless or names.isdisjoint(rule.unless)) and rule.fires(scan, item):
                fired.append(rule)
                names.add(rule.name)
        if official is not None and scan.finder._national(official.position):
            code = None  # "Wakil Ketua DPD RI Provinsi X", "Menteri X": a national office, no region's delegation
        if official is not None and not official.explicit_region and any(r.leads for r in fired):
            # "Rombongan dipimpin Asisten II, Budi": a leader's region guessed from the text around him (often
            # the host's, named nearby) is no evidence of who travelled
            code = None
        for rule in fired:
            scan.mark(getattr(item, "mention", item), rule.name)
            if code and rule.name == "received_by" and official is not None and not official.explicit_region:
                rule = Rule(rule.name, rule.role, 1.0, rule.scope, rule.fires, rule.examples)  # inferred: weaker
            if scan.add(rule, code, pos) and rule.leads and official is not None and code:
                leaders.setdefault(code, official)
        return names, code

    def _region_items(self, scan: Scan, mentions: list[RegionMention]) -> list[RegionItem]:
        text = scan.text
        context: set[int] = set()  # "Kabupaten Sintang, Kalimantan Barat": the province is named for context
        for i in range(1, len(mentions)):
            if self._appositive_province(text, mentions[i - 1], mentions[i], i - 1 in context) \
                    or self._office_seat(text, mentions[i - 1], mentions[i]):
                context.add(i)
        kept = [i for i in range(len(mentions)) if i not in context]
        items = []
        for k, i in enumerate(kept):
            m = mentions[i]
            sentence = scan.sentence_of(m.start)
            prev = mentions[kept[k - 1]] if k else None  # list neighbours, provinces placing them skipped
            nxt = mentions[kept[k + 1]] if k + 1 < len(kept) else None
            # "menyambangi Wali Kota X": the level word belongs to the title before the name
            cut = m.name_start if m.name_start > m.start and WALI_BEFORE.search(text, max(0, m.start - 8), m.start) \
                else m.start
            before = _undot(text[max(sentence[0], cut - 90):cut])
            # what follows, up to the next region ("KOTA – Rombongan Pemkab X ...": the dateline region is
            # not the one that travels)
            j = i + 1
            while j in context:  # "Kabupaten X di Provinsi Y didatangi ...": the placing province is skipped
                j += 1
            go_on = mentions[j - 1].end if j > i + 1 else m.end
            stop = mentions[j].start if j < len(mentions) else len(text)
            after = text[go_on:min(go_on + 80, stop)]
            items.append(RegionItem(m, before, _undot(after), sentence, prev, nxt))
        return items

    def _office_seat(self, text: str, prev: RegionMention, m: RegionMention) -> bool:
        """"ke DPRD Provinsi Jawa Timur di Surabaya": a city of the province after its council or government only
        says where that office sits."""
        return self.regions[prev.code].level == PROV and self.contains(prev.code, m.code) \
            and re.fullmatch(r"\s*,?\s*di\s+(?:kota\s+)?", text[prev.end:m.start], re.IGNORECASE) is not None \
            and GOVERNED_BEFORE.search(text, max(0, prev.start - 30), prev.start) is not None

    def _appositive_province(self, text: str, prev: RegionMention, m: RegionMention, prev_context: bool) -> bool:
        """A province written right after a kabupaten/kota (or after such a province) only places it: "Pemkab X,
        Provinsi Y", "Kabupaten X (Y)", "Kabupaten X (XX), Y", "Kabupaten X di Provinsi Y", "Kabupaten X Y" (Y its
        own province, or any with X's level word written), "Kabupaten X (XY), Provinsi Y" (its short form unread),
        even when the writer names the province it used to belong to (or a wrong one)."""
        gap = text[prev.end:m.start]
        if m.code in self.capital_of and m.start == m.name_start and prev.code != m.code \
                and self.regions[prev.code].province_code == self.capital_of[m.code] and "\n" not in gap \
                and (not gap.strip() or APPOSED_GAP.fullmatch(gap)):
            return True  # "DPRD Kabupaten Kulon Progo Yogyakarta": the bare name shared with the province places it
        return (self.regions[m.code].level == PROV and (self.regions[prev.code].level != PROV or prev_context)
                and (APPOSED_GAP.fullmatch(gap) is not None
                     or (not gap.strip() and "\n" not in gap
                         and (m.start != m.name_start or self.contains(m.code, prev.code)
                              or (prev.start != prev.name_start and self.regions[prev.code].level != PROV)))))

    @staticmethod
    def _official_items(text: str, officials: list[Official]) -> list[OfficialItem]:
        at = sorted(((s, e, o) for o in officials for s, e in o.mentions if not _aside_at(text, s)),
                    key=lambda x: x[0])
        return [OfficialItem(o, s, e, _undot(text[max(0, s - 160):s]), _undot(text[e:e + 60])) for s, e, o in at]

    # -- from evidence to visits ------------------------------------------------------------------------
    def _resolve(self, scan: Scan, mentions: list[RegionMention], officials: list[Official],
                 dates: list[DateMention], programs: list, leaders: dict[str, Official],
                 receivers: list[Official]) -> list[Visit]:
        text, trace = scan.text, scan.trace
        visitor_score: dict[str, float] = {}
        host_score: dict[str, float] = {}
        evidence: dict[str, tuple[int, int]] = {}
        host_sentences: dict[str, set[tuple[int, int]]] = {}
        visitor_sentences: set[tuple[int, int]] = set()
        sentences_of: dict[str, set[tuple[int, int]]] = {}  # visitor -> the sentences of its own evidence
        for f in trace.firings:
            if f.weight <= 0:
                continue
            if f.role == "visitor":
                visitor_score[f.code] = visitor_score.get(f.code, 0.0) + f.weight
                evidence.setdefault(f.code, f.sentence)
                visitor_sentences.add(f.sentence)
                sentences_of.setdefault(f.code, set()).add(f.sentence)
            else:
                host_score[f.code] = host_score.get(f.code, 0.0) + f.weight
                host_sentences.setdefault(f.code, set()).add(f.sentence)
        called_off = {f.code for f in trace.firings if f.role == "host" and f.note.startswith("called off")}
        # "batal ke Y, dialihkan ke Z": the trip went to another host
        # (told called off more often than gone to, or sent elsewhere: not "sempat ditunda ... akhirnya tiba di Y")
        elsewhere = any(v >= max(MIN_SCORE, visitor_score.get(c, 0.0)) for c, v in host_score.items()
                        if c not in called_off)
        for c in called_off & set(host_score):  # "batal ke Y ... berencana ke Y": the plan was called off
            told = [f for f in trace.firings if f.role == "host" and f.code == c]
            off = sum(f.note.startswith("called off") for f in told) > sum(f.weight > 0 and not f.planned
                                                                             for f in told) \
                or any(f.note.startswith("called off") and self.cues.redirected.search(text, *f.sentence) for f in told)
            if (elsewhere and off) or all(f.planned for f in told if f.weight > 0):
                trace.rejected.append(("host", c, "a trip there was called off" if elsewhere
                                       else "a planned trip there was called off"))
                del host_score[c]
        if not any(v >= MIN_SCORE and v >= host_score.get(c, 0.0) for c, v in visitor_score.items()):
            # no delegation written, or only regions that rather host ("DPRD Maluku" learning from its guests)
            # (never a region the rules saw travel only as one of its organisations: "Karang Taruna A belajar ke B ...
            # Ketua Karang Taruna A, Budi": A's government did not go)
            organised = {f.code for f in trace.firings if f.role == "visitor" and f.organisation} - {
                f.code for f in trace.firings if f.role == "visitor" and f.weight > 0}
            rule, note = "government_beside_trip", "the only government named in a sentence about a trip to the host"
            found = self._implicit_visitor(scan, mentions, host_score, host_sentences)
            if not found:
                rule, note = "officials_region", "the only other region whose officials the article names"
                found = self._visitor_by_officials(scan, officials, host_score, host_sentences)
            if found and found[0] in organised:
                trace.rejected.append(("visitor", found[0], f"{rule}: only an organisation of the region travelled"))
                found = None
            if not found and not visitor_score:
                trace.rejected.append(("visits", "-", "no region has visitor evidence"))
                return []
            if found:
                code, sentence = found
                trace.firings.append(Firing(rule, "visitor", code, MIN_SCORE, sentence[0], sentence, note))
                visitor_score[code] = max(visitor_score.get(code, 0.0), MIN_SCORE)
                evidence.setdefault(code, sentence)
                visitor_sentences.add(sentence)
                sentences_of.setdefault(code, set()).add(sentence)
        seats = {c for c in host_score if self._national_seat(scan, mentions, c)}
        for c in seats:
            trace.rejected.append(("host", c, "only the seat of a national body the delegation went to"))
            del host_score[c]
            if c in visitor_score:  # "datang dari Jakarta, tiba di B": the seat sends no delegation either
                trace.rejected.append(("visitor", c, "only the seat of a national body the delegation went to"))
                del visitor_score[c]
        for c in [c for c in visitor_score if self._capital_seat(scan, c)]:
            # "sepulang berkonsultasi ke Kemendagri di Jakarta ... rombongan yang datang dari Jakarta": the capital,
            # only the seat of the national body the trip went to, sends no delegation (also when it hosts nothing)
            trace.rejected.append(("visitor", c, "the nation's capital, only the seat of a national body"))
            del visitor_score[c]
        for c in [c for c in host_score if c in self.capital_of and self._bare(scan, c)]:
            p = self.capital_of[c]
            if p in host_score and any(m.code == p and GOVERNMENT_BEFORE.search(text, max(0, m.start - 30), m.start)
                                       for m in mentions):
                # "ke Yogyakarta ... studi banding ke DPRD DI Yogyakarta": the bare name is the province visited
                trace.rejected.append(("host", c, f"a bare name of the province {p}, named as a government"))
                host_score[p] += host_score.pop(c)
                host_sentences[p] |= host_sentences.pop(c)
        # "studi banding ke Kalsel ... ke DPRD A ... ke DPRD B": a province holding scored hosts only places them
        best_host = max((v for c, v in host_score.items() if not any(
            self.contains(c, o) and w >= MIN_SCORE for o, w in host_score.items())), default=0.0)
        hosts, weak = [], set()
        for c, v in host_score.items():
            # a weaker host counts when it is named in a sentence that also names the delegation or as the next
            # stop after the main host
            weaker = v < best_host / 2 and not host_sentences[c] & visitor_sentences \
                and not self._tour_stop(text, trace, c, host_score, host_sentences, best_host) \
                and not self._refines(c, host_score)
            if v < MIN_SCORE:
                trace.rejected.append(("host", c, f"host score {v:g} below {MIN_SCORE:g}"))
            elif v < visitor_score.get(c, 0.0):
                trace.rejected.append(("host", c, f"host score {v:g} below its visitor score "
                                                  f"{visitor_score[c]:g}"))
            elif weaker:
                trace.rejected.append(("host", c, f"host score {v:g} under half the best ({best_host:g}) and "
                                                  "not named with the delegation"))
            else:
                hosts.append(c)
                if v < best_host / 2 and not self._tour_stop(text, trace, c, host_score, host_sentences, best_host) \
                        and not self._refines(c, host_score):
                    weak.add(c)
        own = [c for c, v in host_score.items() if v > 0 and any(self.contains(c, w) for w in visitor_score)]
        if not hosts and own:  # "Bupati X silaturahmi ke Gubernur P, disambut Gubernur": his own province
            trace.rejected.append(("visits", "-", f"the delegation went to its own province {own[0]}, no dateline "
                                                  "host"))
            return []
        if not hosts:  # "KOTA – Rombongan Pemkab X ... diterima Sekda Y": the publisher hosts
            implicit = self._implicit_host(scan, mentions, visitor_score, seats)
            if not implicit:
                trace.rejected.append(("visits", "-", "no host: none scored, no dateline, no receiving region"))
                return []
            trace.implicit_host = implicit
            hosts = [implicit]
            for off in officials:  # officials with an inferred region who receive them serve the host
                if not off.explicit_region and off.region in visitor_score and off in receivers:
                    off.region = implicit
        if len(hosts) == 1:  # "Rombongan diterima Kepala Bappeda Agus": he serves the host
            for off in receivers:
                off.region = hosts[0]
        visitors = []
        for c, v in sorted(visitor_score.items(), key=lambda kv: -kv[1]):
            if v < MIN_SCORE:
                trace.rejected.append(("visitor", c, f"visitor score {v:g} below {MIN_SCORE:g}"))
            elif host_score.get(c, 0.0) > v:
                trace.rejected.append(("visitor", c, f"visitor score {v:g} below its host score {host_score[c]:g}"))
            elif (longer := self._shortened(c, visitor_score)) is not None:
                trace.rejected.append(("visitor", c, f"a short form of {longer} named elsewhere"))
            else:
                visitors.append(c)
        program_names = [p.name for p in programs]
        governed = self._governed(text, trace, visitor_score, host_score, host_sentences, sentences_of, mentions)
        for c in [c for c in visitors if any(p != c and self.contains(p, c) for p in governed & set(visitors))]:
            rules = {f.rule for f in trace.firings if f.role == "visitor" and f.code == c and f.weight > 0}
            if rules <= {"from_group", "listed_with_visitor"}:
                # "BPSDM Provinsi P menunjuk B ... peserta berasal dari A, C": the province's course travels
                trace.rejected.append(("visitor", c, "participants from the province's own regions in its delegation"))
                visitors.remove(c)
        # a trip told only as planned pairs only with the party named in its own sentence (with several
        # delegations in the text): "Rombongan Pemkab A tiba di Kota B. Pemkab C akan ke D": D is no host of A
        counted = [(f.role, f.code, f.planned) for f in trace.firings if f.weight > 0]
        only_planned = {(r, c) for r, c, _ in counted} - {(r, c) for r, c, p in counted if not p}

        def make(visitor: str, host: str) -> Visit:
            visit = self._visit(text, visitor, host, leaders, officials, evidence, dates, program_names)
            visit.planned = ("visitor", visitor) in only_planned or ("host", host) in only_planned
            return visit

        visits = []
        contained = []  # pairs of a region and its own province: rejected unless the fallback below keeps one
        for visitor in visitors:
            for host in hosts:
                if host == visitor or ((self.contains(host, visitor) or self.contains(visitor, host))
                                       and not {host, visitor} & governed):
                    if host != visitor:
                        contained.append((visitor, host))
                    continue
                home = any(self.contains(host, w) for w in visitors)
                planned = (("visitor", visitor) in only_planned or ("host", host) in only_planned) \
                    and len(visitors) > 1
                # a party told of only in "Baca juga" lines pairs only with the party named in its line
                aside = any(ss and all(_aside_at(text, s_) for s_, _ in ss)
                            for ss in (host_sentences.get(host, set()), sentences_of.get(visitor, set())))
                if (host in weak or home or planned or aside) \
                        and not host_sentences[host] & sentences_of.get(visitor, set()):
                    # "A dan B studi banding ke C. B jadi percontohan di Provinsi D": D (weak, or B's own
                    # province) is no host of A
                    trace.rejected.append(("pair", f"{visitor} -> {host}", "a weak host or another delegation's "
                                                                            "province, not named with this one"))
                    continue
                visits.append(make(visitor, host))

        def named_as_body(code: str) -> bool:
            return any(m.code == code and (GOVERNED_BEFORE.search(text, max(0, m.start - 30), m.start)
                                           or OWN_COUNCIL.search(text, max(0, m.start - 30), m.start))
                       for m in mentions)

        # "Komisi I DPRK A melakukan konsultasi ke DPR P", "DPRD Kabupaten A menimba ilmu di DPRD Provinsi P": with no
        # other pair, a region goes to its own province named as a government body (the other way round, a
        # province's governor or council touring its own regions, is oversight, not learning)
        kept = [] if visits else [(v, h) for v, h in contained if self.contains(h, v) and named_as_body(h)]
        visits += [make(visitor, host) for visitor, host in kept]
        trace.rejected += [("pair", f"{visitor} -> {host}", "one region contains the other")
                           for visitor, host in contained if (visitor, host) not in kept]
        visits = self._drop_provinces(self._drop_shared_capitals(scan, visits), trace, governed)
        if any(self.contains(v.visitor, v.host) for v in visits) and not self.cues.studies.search(text):
            # "DPRD Provinsi P kunker ke Kabupaten X" (its own region) with no word of learning: oversight
            for v in [v for v in visits if self.contains(v.visitor, v.host)]:
                trace.rejected.append(("pair", f"{v.visitor} -> {v.host}", "a province's working visit to one of "
                                                                            "its own regions, no learning told"))
                visits.remove(v)
        visits = self._drop_capitals(scan, visits, governed)
        visits += self._sentence_pairs(scan, visits, officials, dates, program_names)
        visits += self._hosts_earlier_trips(scan, visits, officials, program_names)
        returned = RETURN_VISIT.search(text)
        if returned and len({(v.visitor, v.host) for v in visits}) == 1:
            # "kunjungan balasan atas kedatangan Ketua DPRD B ke A": B's earlier visit to A counts too (undated)
            sentence = scan.sentence_of(returned.start())
            back = self._visit(text, visits[0].host, visits[0].visitor, {}, officials, {visits[0].host: sentence}, [],
                               program_names)
            trace.firings.append(Firing("return_visit", "visitor", back.visitor, 0.0, returned.start(), sentence,
                                        "the hosts came first: a return visit"))
            back.earlier = True
            visits.append(back)
        for v in visits:  # one delegation, several hosts: each visit takes the date written with its host
            if sum(o.visitor == v.visitor for o in visits) > 1:
                own = self._host_date(text, v.host, host_sentences, dates, mentions)
                told_before = all(PAST_TRIP.search(text, *s) for s in host_sentences.get(v.host, ()))
                # "pada tahun lalu, mereka pernah studi tiru di A, B dan C": an earlier trip, undated
                v.date = own or (None if told_before and host_sentences.get(v.host) else v.date)
        starts = sorted({v.evidence[0] for v in visits if v.evidence and not v.earlier})
        visiting = {v.visitor for v in visits if not v.earlier}
        if len(visiting) > 1:  # several delegations: each takes the date written after its own name
            for v in visits:  # (an undated earlier trip, "A pernah studi banding ke B", stays undated)
                if v.date and not v.earlier:
                    v.date = self._visitor_date(scan, v.visitor, visiting, mentions, dates) or v.date
        several = len({v.visitor for v in visits if not v.earlier}) > 1
        planned_days = {d.value for d in dates if d.planned}
        for v in visits:
            if v.earlier:
                continue  # the hosts' earlier trip: the article counts today's guests
            # "rombongan dijadwalkan tiba pada <d> <m>": a day dates moved past the report (DateMention.planned)
            # is a trip still to come, whatever the visit's own cue said
            v.planned = v.planned or v.date in planned_days
            if not several:
                v.delegation_size = delegation_size.size(text, 0, len(text))
                continue
            after = next((delegation_size.number(m.group(1)) for mention in mentions if mention.code == v.visitor
                          and (m := delegation_size.SIZE_AFTER_NAME.match(text, mention.end))), None)
            if after is not None:  # "rombongan DPRD B 21 orang": counted right after its name
                v.delegation_size = after
                continue
            if v.evidence:  # from its evidence sentence up to the next delegation's
                scope = (v.evidence[0], next((s_ for s_ in starts if s_ > v.evidence[0]), len(text)))
                v.delegation_size = delegation_size.size(text, *scope)
            if v.delegation_size is None:  # "dari A, rombongan sebanyak 15 orang": counted where A is named alone
                v.delegation_size = delegation_size.own_size(scan.text, scan.sentence_of, mentions, v.visitor,
                                                                  visiting)
        return visits

    def _sentence_pairs(self, scan: Scan, visits: list[Visit], officials: list[Official], dates: list[DateMention],
                        program_names: list[str]) -> list[Visit]:
        """"Kunjungan balasan: Pemkot A berkunjung ke B tahun lalu. Pemkab B studi banding ke Kota A": when the earlier
        trip won both regions' roles in the totals, today's trip is read from the sentence that tells it (and the
        earlier one is marked so, undated)."""
        trace = scan.trace
        conflicted = {c for role, c, why in trace.rejected if role in ("host", "visitor") and "below its" in why}
        if not conflicted:
            return []
        pairs = {(v.visitor, v.host) for v in visits}
        by_sentence: dict[tuple[int, int], dict[tuple[str, str], float]] = {}
        for f in trace.firings:
            if f.weight > 0 and not f.planned:
                scores = by_sentence.setdefault(f.sentence, {})
                scores[(f.role, f.code)] = scores.get((f.role, f.code), 0.0) + f.weight
        out: list[Visit] = []
        for sentence, scores in sorted(by_sentence.items()):
            for (role, a), va in scores.items():
                for (role_b, b), vb in scores.items():
                    if role != "visitor" or role_b != "host" or a == b or min(va, vb) < MIN_SCORE \
                            or not {a, b} & conflicted or (a, b) in pairs or (b, a) not in pairs:
                        continue
                    back = next(v for v in visits if (v.visitor, v.host) == (b, a))
                    if not (back.evidence and EARLIER_OR_RETURN.search(scan.text, *back.evidence)) \
                            or EARLIER_OR_RETURN.search(scan.text, *sentence):
                        continue  # only a return visit: the trip told as earlier won both roles
                    back.earlier, back.date = True, None
                    visit = self._visit(scan.text, a, b, {}, officials, {a: sentence}, dates, program_names)
                    trace.firings.append(Firing("sentence_pair", "visitor", a, 0.0, sentence[0], sentence,
                                                f"{a} went to {b} in this sentence (roles taken apart)"))
                    pairs.add((a, b))
                    out.append(visit)
        return out

    def _hosts_earlier_trips(self, scan: Scan, visits: list[Visit], officials: list[Official],
                             program_names: list[str]) -> list[Visit]:
        """"Pemkab B (the host) juga pernah mengunjungi Kabupaten A (the guests) beberapa waktu lalu": the host's
        earlier trip to its guests, told in passing, is a visit too (undated)."""
        out: list[Visit] = []
        pairs = {(v.visitor, v.host) for v in visits}
        going = {"subject_visits", "subject_learns", "official_goes"}
        for f in scan.trace.firings:
            if f.role != "visitor" or f.weight <= 0 or f.rule not in going or not EARLIER_TRIP.search(scan.text,
                                                                                                      *f.sentence):
                continue
            for v in visits:
                if v.host == f.code and (v.host, v.visitor) not in pairs and any(
                        g.role == "host" and g.code == v.visitor and g.sentence == f.sentence and g.weight > 0
                        for g in scan.trace.firings):
                    back = self._visit(scan.text, v.host, v.visitor, {}, officials, {v.host: f.sentence}, [],
                                       program_names)
                    back.date, back.earlier = None, True
                    pairs.add((v.host, v.visitor))
                    out.append(back)
        return out

    def _implicit_host(self, scan: Scan, mentions: list[RegionMention], visitor_score: dict[str, float],
                       seats: Collection[str]) -> str | None:
        """The host of a delegation whose destination is not written: the dateline region, else (when the
        text says someone received them: "diterima", "kedatangan", "ke kabupaten ini") the region the
        article names most; never a region the trip reached only as the seat of a national body (``seats``)."""
        text = scan.text
        if not any(v >= 3.0 for v in visitor_score.values()):
            return None
        if any(f.role == "visitor" and f.weight > 0 and (self.cues.to_national.search(text, *f.sentence)
                                                          or self.cues.abroad.search(text, *f.sentence))
               for f in scan.trace.firings):
            return None  # "konsultasi ke Kemendagri", "studi banding ke Jepang": not to a region
        if any(f.role == "host" and f.weight > 0 and f.rule in ("host_link", "visit_object") and f.code in visitor_score
               for f in scan.trace.firings):
            return None  # "Bupati X berkunjung ke Desa A, Kecamatan B, X": a tour of its own region

        def eligible(code: str) -> bool:
            return code not in visitor_score and code not in seats and not self._capital_seat(scan, code) \
                and not any(self.contains(code, v) or self.contains(v, code) for v in visitor_score)

        for m in mentions[:3]:
            if dateline(text, m.start, text[m.end:m.end + 80]) and eligible(m.code):
                return m.code
        if not self.cues.implied_host.search(text):
            return None
        counts: dict[str, int] = {}
        for m in mentions:
            if eligible(m.code) and not _aside_at(text, m.start):  # not in a "Baca juga" line
                counts[m.code] = counts.get(m.code, 0) + 1
        if not counts:
            return None
        best = max(counts.values())
        top = [c for c, n in counts.items() if n == best]
        return top[0] if len(top) == 1 else None

    def _national_seat(self, scan: Scan, mentions: list[RegionMention], code: str) -> bool:
        """"ke luar daerah, yaitu ke Jakarta ... kunjungan kerja ke DPR di Jakarta": the region is named as the seat of
        a national body the trip went to, never as a government of its own ("Pemprov DKI", "DPRD DKI")."""
        seat = False
        for m in mentions:
            if m.code != code:
                continue
            if GOVERNMENT_BEFORE.search(scan.text, max(0, m.start - 30), m.start):
                return False
            s_start, s_end = scan.sentence_of(m.start)
            to = list(self.cues.to_national.finditer(scan.text, max(s_start, m.start - 80), m.start))
            if to and re.fullmatch(r"(?:[^.;,\n]{0,60}?\bdi)?\s+", scan.text[to[-1].end():m.start], re.IGNORECASE):
                seat = True
            # "ke Jakarta (KPU Pusat)", "ke Jakarta untuk berkonsultasi ke Kemendagri"
            after = SEAT_AFTER.match(scan.text, m.end, s_end)
            if after and self.cues.national.search(after.group(0)):
                seat = True
        return seat or self._capital_seat(scan, code)

    def _capital_seat(self, scan: Scan, code: str) -> bool:
        """"DPRD A konsultasi ke Jakarta ... ke Kemendagri": the nation's capital, never named as a government ("Pemprov
        DKI", "Dinas X DKI"), in an article telling of a trip to a national body (or of consulting in the capital:
        "berkonsultasi ke Jakarta", ``Cues.consult_to``) is that body's seat (once per region and article)."""
        if code not in self.national_capital:
            return False
        found = scan.capital_seats.get(code)
        if found is None:
            consult_to = self.cues.consult_to
            found = scan.capital_seats[code] = (any(
                not _aside_at(scan.text, t.start()) for t in self.cues.to_national.finditer(scan.text)) or any(
                consult_to.search(scan.text, max(0, m.start - 40), m.start) for m in scan.mentions if m.code == code)
            ) and not any(
                GOVERNMENT_BEFORE.search(scan.text, max(0, m.start - 30), m.start)
                or GOVERNED_BEFORE.search(scan.text, max(0, m.start - 40), m.start)
                for m in scan.mentions if m.code == code)
        return found

    def _implicit_visitor(self, scan: Scan, mentions: list[RegionMention], host_score: dict[str, float],
                          host_sentences: dict[str, set[tuple[int, int]]]) -> tuple[str, tuple[int, int]] | None:
        """"Usai studi banding ke A, DPRD B minta ...": with a host but no written delegation, the
        one regional government (Pemkab, DPRD, Bupati ... X) named in a sentence about the trip travelled."""
        found: dict[str, tuple[int, int]] = {}
        for host, score in host_score.items():
            if score < MIN_SCORE:
                continue
            for sentence in host_sentences[host]:
                for m in mentions:
                    if sentence[0] <= m.start < sentence[1] and m.code != host \
                            and not self.contains(host, m.code) and not self.contains(m.code, host) \
                            and GOVERNMENT_BEFORE.search(scan.text, max(sentence[0], m.start - 30), m.start) \
                            and not FORMER.search(scan.text, max(sentence[0], m.start - 30), m.start):
                        found.setdefault(m.code, sentence)
        hosts = [h for h, score in host_score.items() if score >= MIN_SCORE]
        # "Presiden dijadwalkan kunjungan kerja ke B", "Menteri X sambangi B": a national visit, no region travelled
        national = any(PRESIDENCY.search(scan.text, *s_) or MINISTER.search(scan.text, *s_)
                       for h in hosts for s_ in host_sentences[h])
        if not found and not national:
            # "Para anggota DPRD A ... Kini mereka kunker ke B": the one government body the article names
            for m in mentions:
                if hosts and m.code not in host_score and not any(
                        self.contains(h, m.code) or self.contains(m.code, h) for h in hosts) \
                        and not _aside_at(scan.text, m.start) \
                        and BODY_BEFORE.search(scan.text, max(0, m.start - 30), m.start) \
                        and not FORMER.search(scan.text, max(0, m.start - 30), m.start):
                    found.setdefault(m.code, scan.sentence_of(m.start))
        if len(found) != 1 or any(c in host_score for c in found):
            return None
        return next(iter(found.items()))

    def _refines(self, code: str, host_score: dict[str, float]) -> bool:
        """"Kunker ke Bali ... ke Bedugul, Kabupaten Tabanan": a region inside a province the trip went to says
        where in it (the province then gives way, :meth:`_drop_provinces`)."""
        return host_score.get(code, 0.0) >= MIN_SCORE and any(
            p != code and self.contains(p, code) and v >= MIN_SCORE for p, v in host_score.items())

    @staticmethod
    def _tour_stop(text: str, trace: Trace, code: str, host_score: dict[str, float],
                   host_sentences: dict[str, set[tuple[int, int]]], best: float) -> bool:
        """"kunker ke Kota A berlangsung 22-24 Oktober, dilanjutkan ke Kota B": a destination written ("ke B", not
        "di B") in a sentence with the main host is the next stop of the same trip."""
        written = {f.sentence for f in trace.firings if f.code == code and f.role == "host" and f.weight > 0
                   and f.rule in ("host_link", "listed_with_host")
                   and TO_STOP.search(text, max(f.sentence[0], f.start - 40), f.start)}
        return any(o != code and v >= best and written & host_sentences[o] for o, v in host_score.items())

    def _visitor_by_officials(self, scan: Scan, officials: list[Official], host_score: dict[str, float],
                              host_sentences: dict[str, set[tuple[int, int]]]) -> tuple[str, tuple[int, int]] | None:
        """"Wakil Wali Kota A menemui Wali Kota B", "Kepala Dinas X Kabupaten A mempelajari ...": with a host but no
        written delegation, the one other region whose officials the article names (their region written, no
        national office, not receiving the guests, not in a "Baca juga" line) travelled."""
        hosts = [h for h, score in host_score.items() if score >= MIN_SCORE]
        if not hosts or any(PRESIDENCY.search(scan.text, *s_) or MINISTER.search(scan.text, *s_)
                            for h in hosts for s_ in host_sentences[h]):
            return None
        if any(f.note.startswith("planned trip on national") for f in scan.trace.firings):
            return None  # "Presiden dijadwalkan kunjungan kerja ke B": the head of B prepares, no one travels
        receiving = {f.start for f in scan.trace.firings if f.rule == "received_by"}
        placed = {f.code for f in scan.trace.firings if f.role == "host"}  # a destination, even one ignored
        found: dict[str, tuple[int, int]] = {}
        for o in officials:
            code = o.region
            if not code or not o.explicit_region or code in placed or self._national(o.position) \
                    or any(self.contains(h, code) or self.contains(code, h) for h in hosts) \
                    or any(s_ in receiving for s_, _ in o.mentions) or _aside(scan.text, o) \
                    or FORMER.search(scan.text, max(0, o.position_span[0] - 30), o.position_span[0]):
                continue
            found.setdefault(code, scan.sentence_of(min(s_ for s_, _ in o.mentions)))
        if len(found) != 1:
            return None
        return next(iter(found.items()))

    @staticmethod
    def _host_date(text: str, host: str, host_sentences: dict[str, set[tuple[int, int]]], dates: list[DateMention],
                   mentions: list[RegionMention]) -> dt.date | None:
        """The date written in a sentence naming the host, the first one after the host's name
        ("ke Kota A, Senin (5/6), ... ke Kabupaten B, Selasa (6/6)"); not the day someone said so ("ujarnya,
        Sabtu (21/3)")."""
        for s_start, s_end in sorted(host_sentences.get(host, ())):
            named = [m.end for m in mentions if m.code == host and s_start <= m.start < s_end]
            inside = [d for d in dates if s_start <= d.start < s_end and d.value and not d.weak
                      and not SPOKEN.search(text, max(s_start, d.start - 25), d.start)]
            if not inside:
                continue
            after = [d for d in inside if named and any(d.start >= e for e in named)]
            best = min(after, key=lambda d: min(d.start - e for e in named if d.start >= e)) if after else inside[0]
            return best.value
        return None

    @staticmethod
    def _visitor_date(scan: Scan, visitor: str, visiting: set[str], mentions: list[RegionMention],
                      dates: list[DateMention]) -> dt.date | None:
        """The first date after a mention of ``visitor`` and before the next delegation's name in its sentence:
        "A berkunjung pada Rabu (30/10), disusul B pada Kamis (31/10)"; not the day someone said so."""
        text = scan.text
        for m in mentions:
            if m.code != visitor:
                continue
            s_start, s_end = scan.sentence_of(m.start)
            stop = next((o.start for o in mentions if m.end <= o.start < s_end and o.code in visiting
                         and o.code != visitor), s_end)
            for d in dates:
                if m.end <= d.start < stop and d.value and not d.weak \
                        and not SPOKEN.search(text, max(s_start, d.start - 25), d.start):
                    return d.value
        return None

    def contains(self, outer: str, inner: str) -> bool:
        """A province contains its kabupaten/kota (also those of the provinces later split from it, as the news
        still places them: "DPRD Nabire Papua", "Kabupaten A, Kalimantan Timur" for a regency now of Kalimantan
        Utara)."""
        return self.regions[outer].level == PROV and (self.regions[inner].province_code == outer or (
            self.regions[inner].level != PROV and self.regions[inner].province_code in self.split_off.get(outer, ())))

    def _governed(self, text: str, trace: Trace, visitor_score: dict[str, float], host_score: dict[str, float],
                  host_sentences: dict[str, set[tuple[int, int]]],
                  sentences_of: dict[str, set[tuple[int, int]]], mentions: list[RegionMention]) -> set[str]:
        """Provinces that take part as a government body ("DPRD Provinsi Riau", "Pemprov Maluku", named so where
        a rule fired for them, with two firings' worth of evidence or in a sentence that also gives evidence
        for one of its own regions): such a province visits or receives one of its own regions ("DPRD Kabupaten
        X konsultasi ke DPRD Provinsi Y"), unlike a province named only to place a region or a trip. A firing on an
        official ("dipimpin Kepala BPSDMD Provinsi P, Budi") counts where the firing's sentence names the body."""
        out = set()
        for f in trace.firings:
            if f.weight > 0 and self.regions[f.code].level == PROV \
                    and (GOVERNED_BEFORE.search(text, max(0, f.start - 30), f.start)
                         or any(m.code == f.code and f.sentence[0] <= m.start < f.sentence[1]
                                and GOVERNED_BEFORE.search(text, max(0, m.start - 30), m.start) for m in mentions)):
                score = (visitor_score if f.role == "visitor" else host_score).get(f.code, 0.0)
                others = sentences_of if f.role == "host" else host_sentences
                inner = any(self.contains(f.code, c) and f.sentence in ss for c, ss in others.items())
                # "kaji banding ke DPRD Provinsi P dan DPRD Kabupaten X": two governments visited
                inner = inner or (f.role == "host" and any(
                    self.contains(f.code, c) and f.sentence in ss and GOVERNMENTS_JOINED.search(text, *f.sentence)
                    for c, ss in host_sentences.items()))
                if score >= 2 * MIN_SCORE or inner:
                    out.add(f.code)
        return out

    def _drop_provinces(self, visits: list[Visit], trace: Trace, governed: set[str]) -> list[Visit]:
        """A province visitor/host is dropped when the same visit names one of its regencies/cities (unless the
        province is named as a government body)."""
        out = []
        for v in visits:
            # "DPRD A dan B, Provinsi P, studi banding ke DPRD Provinsi Q": P (placing A and B) gives way to them
            # though Q, the host, takes part as a government (a province governed as a visitor keeps its host
            # province: "DPRD P ke Kota C, Provinsi Q ... memilih Provinsi Q")
            inner_visitor = any(o is not v and o.host == v.host and self.contains(v.visitor, o.visitor) for o in visits)
            inner_host = any(o is not v and o.visitor == v.visitor and self.contains(v.host, o.host) for o in visits)
            if (inner_visitor and v.visitor not in governed) or (inner_host and not {v.visitor, v.host} & governed):
                trace.rejected.append(("pair", f"{v.visitor} -> {v.host}",
                                       "a province where one of its own regions takes the part"))
                continue
            out.append(v)
        return out

    @staticmethod
    def _bare(scan: Scan, code: str) -> bool:
        """The region is always written by its bare name, never with its level word or as a government."""
        return all(m.start == m.name_start and not GOVERNMENT_BEFORE.search(scan.text, max(0, m.start - 30), m.start)
                   for m in scan.mentions if m.code == code)

    def _drop_shared_capitals(self, scan: Scan, visits: list[Visit]) -> list[Visit]:
        """"studi banding ke Yogyakarta ... lokasinya Desa A, Bantul": a capital always written bare with the name
        of its province gives way, as the province would, to another region of that province in the same part."""
        def inner(code: str, other: str) -> bool:
            return other != code and self.regions[other].level != PROV \
                and self.regions[other].province_code == self.capital_of[code]

        out = []
        for v in visits:
            if (v.host in self.capital_of and self._bare(scan, v.host)
                    and any(o.visitor == v.visitor and inner(v.host, o.host) for o in visits)) \
                    or (v.visitor in self.capital_of and self._bare(scan, v.visitor)
                        and any(o.host == v.host and inner(v.visitor, o.visitor) for o in visits)):
                scan.trace.rejected.append(("pair", f"{v.visitor} -> {v.host}", "a bare name shared with its "
                                            "province, where another region of the province takes the part"))
                continue
            out.append(v)
        return out

    def _shortened(self, code: str, scores: dict[str, float]) -> str | None:
        """"Rombongan Pemkab Gorontalo" in an article about Kabupaten Gorontalo Utara's delegation: a region whose name
        begins another scoring region's name (same level, more evidence) is a short form of it."""
        r = self.regions[code]
        for other, score in scores.items():
            o = self.regions[other]
            if other != code and o.level == r.level and o.core.lower().startswith(r.core.lower() + " ") \
                    and score > scores[code]:
                return other
        return None

    def _drop_capitals(self, scan: Scan, visits: list[Visit], governed: set[str]) -> list[Visit]:
        """"studi banding ke Kota Ambon ... Banmus DPRD Maluku": a province's capital, never named as a city
        government (Pemkot, Wali Kota, DPRD Kota), only places the province's own government that takes the part."""
        def capital_of(city: str, prov: str) -> bool:
            c, p = self.regions[city], self.regions[prov]
            return p.level == PROV and c.province_code == prov and c.level != PROV and bool(p.capital) \
                and c.core.lower() == p.capital.lower() and not any(
                    m.code == city and GOVERNMENT_BEFORE.search(scan.text, max(0, m.start - 30), m.start)
                    for m in scan.mentions)

        pairs = {(v.visitor, v.host) for v in visits}
        out = []
        for v in visits:
            if any(p in governed and (v.visitor, p) in pairs and capital_of(v.host, p) for p in governed) or \
                    any(p in governed and (p, v.host) in pairs and capital_of(v.visitor, p) for p in governed):
                scan.trace.rejected.append(("pair", f"{v.visitor} -> {v.host}", "the capital town of a province "
                                                                                "whose government takes the part"))
                continue
            out.append(v)
        return out

    def _visit(self, text: str, visitor: str, host: str, leaders: dict[str, Official], officials: list[Official],
               evidence: dict[str, tuple[int, int]], dates: list[DateMention], program_names: list[str]) -> Visit:
        leader = leaders.get(visitor)
        if leader is not None and self.cues.visit_word.search(leader.name):
            leader = None  # "Wali Kota X Laksanakan Kunjungan Kerja": a headline's words, no name
        if leader is None:
            leader = self._likely_leader(text, visitor, officials)
        ev = evidence.get(visitor)
        m = self.cues.kinds.search(text)
        kind = self.kind_of.get(" ".join(m.group(0).lower().split())) if m else None
        date = None if ev and EARLIER.search(text, *ev) and not any(ev[0] <= d.start < ev[1] for d in dates) \
            else _date(text, ev, dates, self.cues.visit_word)  # "A pernah belajar ke sini": an earlier visit
        nth = NTH_DAY.search(text)
        if date and nth:  # "hari kedua kunjungan": the visit began the day before
            date -= dt.timedelta(days=ORDINALS[nth.group(1).lower()] - 1)
        members = [o.name for o in officials if o.region == visitor and o is not leader]
        host_officials = [o.name for o in officials if o.region == host]
        return Visit(visitor, host, date, leader, None, kind, list(program_names), members, host_officials, ev)

    def _at_reception(self, text: str, official: Official) -> bool:
        """An official named only in sentences about receiving the guests, when his region is only inferred
        ("Kadis X menyambut rombongan didampingi Kabid Y": likely one of the hosts), or where he confirms the
        trip to a reporter ("saat dikonfirmasi membenarkan ...": he speaks from home)."""
        return all(AT_HOME.search(_line_sentence(text, s)) or not official.explicit_region
                   and self.cues.receive_any.search(_line_sentence(text, s)) for s, _ in official.mentions)

    def _likely_leader(self, text: str, visitor: str, officials: list[Official],
                       hosting: frozenset[int] = frozenset()) -> Official | None:
        """With no official the text says leads: the highest-ranked official of the visiting region (the one
        the text names most among holders of one position; one who only goes along last), else the one
        official of that region it names; not one of ``hosting`` (ids: those who receive the delegation,
        names holding a region's)."""
        own = [o for o in officials if o.region == visitor and id(o) not in hosting and not self._at_reception(text, o)
               and not _represented(text, o)
               and not _aside(text, o) and not self.cues.visit_word.search(o.name)
               and not SPOKESMAN.search(o.position) and not SECRETARIAT.match(o.position)]
        first = {}  # officials of one position (a name and a headline's words after "Gubernur X") together
        for o in sorted(own, key=lambda o: min(s for s, _ in o.mentions)):
            first.setdefault(o.position, min(s for s, _ in o.mentions))
        ranked = sorted((o for o in own if _rank(o.position) is not None),
                        key=lambda o: (along(text, o), spoken_of(text, o), _rank(o.position), first[o.position],
                                       -len(o.mentions),
                                       min(s for s, _ in o.mentions)))
        if ranked:
            return ranked[0]
        return own[0] if len(own) == 1 else None


# a press or protocol officer tells of the trip; he leads it only when the text says so
SPOKESMAN = re.compile(r"\b(?:humas|hubungan\s+masyarakat|protokol|subbagian|subbag)\b", re.IGNORECASE)
# the council's or the government's clerks tell of a trip they do not lead: "Kabag Risalah Setwan", "Sekwan"
SECRETARIAT = re.compile(r"(?:Kepala\s+Bagian|Kepala\s+Subbagian|Kabag|Kasubag|Sekretaris\s+(?:DPRD|Dewan)|Staf)\b")
LEADING_HEADS = ("Ketua", "Pimpinan", "Kepala", "Wakil Ketua", "Asisten", "Sekretaris", "Staf Ahli", "Inspektur",
                 "Direktur")


def _represented(text: str, official: Official) -> bool:
    """"Mewakili Bupati X, Sekda Y ...": X is not there; whoever stands in for him is."""
    starts = [official.position_span[0]] if official.position_span != (0, 0) else [s for s, _ in official.mentions]
    return all(REPRESENTED.search(text, max(0, s - 20), s) for s in starts)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """``start``-``end`` lies inside one of the sorted ``spans``."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and end <= spans[i][1]


def _aside_at(text: str, pos: int) -> bool:
    """``pos`` stands in a "Baca juga" line."""
    return bool(ASIDE.match(text, text.rfind("\n", 0, pos) + 1))


def _aside(text: str, official: Official) -> bool:
    """Every mention of the official stands in a "Baca juga" line: he is not part of this story."""
    return bool(official.mentions) and all(_aside_at(text, s) for s, _ in official.mentions)


def _rank(position: str) -> int | None:
    """How likely an official leads a delegation: heads of region first, then chairs, heads of office; None for
    members and others, who lead only when the text says so."""
    core = ACTING.sub("", position)
    if core in RANK:
        return RANK.index(core)
    for i, head in enumerate(LEADING_HEADS):
        if core.startswith(head):
            return len(RANK) + i
    return None


def _date(text: str, ev: tuple[int, int] | None, dates: list[DateMention], visit_word: re.Pattern) -> dt.date | None:
    """The first day of the visit (:func:`_dated_day`); within a range the text writes for the stay ("selama dua
    hari, 8-9 Maret, rombongan berada di X"; not a festival's days), the range's first day."""
    day = _dated_day(text, ev, dates, visit_word)
    if day is None:
        return None
    return next((d.value for d in dates if d.value and d.last and d.value <= day <= d.last
                 and (STAY.search(sentence := _line_sentence(text, d.start)) or visit_word.search(sentence)
                      or JOINED_KIND.search(sentence))), day)


def _dated_day(text: str, ev: tuple[int, int] | None, dates: list[DateMention],
               visit_word: re.Pattern) -> dt.date | None:
    """The date in the evidence sentence (one after a day name first: "Selasa (8 Desember 2015)", not the
    event it names), else the first one in a sentence about the visit ("kunjungan itu berlangsung sejak Rabu
    (20/1)"), else the first of the text (not a publication header line); the day someone said something
    ("ujarnya, Rabu (6/10)"), a dateline's and a quote's "hari ini" only after those; a day name alone ("pada
    Selasa") only when no fuller date is written, or in the evidence sentence; another event's day ("memperingati
    hari jadinya pada 21 Juli") last."""
    if not dates:
        return None
    spoken = {d.start for d in dates if SPOKEN.search(text, max(0, d.start - 25), d.start)
              or AHEAD.search(text, max(0, d.start - 20), d.start) or _dateline_or_quoted_today(text, d)}
    other = {d.start for d in dates if OTHER_EVENT.search(text, max(0, d.start - 60), d.start)}
    day = _first_day(text, ev, [d for d in dates if d.start not in other], visit_word, spoken)
    return day if day is not None else next((d.value for d in dates if d.start in other and d.value), None)


def _dateline_or_quoted_today(text: str, d: DateMention) -> bool:
    """A dateline's date ("KOTA, situs.com (21 Februari 2024) –") or a quote's "hari ini": the day of writing or
    of speaking, tried after the dates the text gives the visit."""
    line_start = text.rfind("\n", 0, d.start) + 1
    if d.start - line_start <= 60 and DATELINE_DATE.match(text, d.end):
        return True
    return d.text.lower() == "hari ini" and (text.count('"', line_start, d.start) + text.count("“", line_start, d.start)
                                             + text.count("”", line_start, d.start)) % 2 == 1


def _first_day(text: str, ev: tuple[int, int] | None, dates: list[DateMention], visit_word: re.Pattern,
               spoken: set[int]) -> dt.date | None:
    """:func:`_dated_day` over the candidates, those of ``spoken`` (said, ahead, a dateline's) after the others."""
    for weak in (False, True):
        for d in dates:
            if d.weak == weak and d.value and HELD_ON.search(text, max(0, d.start - 60), d.start):
                return d.value
        if ev:
            inside = [d for d in dates if ev[0] <= d.start < ev[1] and d.value and d.start not in spoken]
            named = [d for d in inside if not d.weak and DAY_NAMED.search(text, max(0, d.start - 12), d.start)]
            for d in named + [d for d in inside if not d.weak] + [d for d in inside if d.weak]:
                return d.value
        for said in (False, True):
            told = [d for d in dates if d.weak == weak and d.value and (d.start in spoken) == said]
            for d in told:
                sentence = _line_sentence(text, d.start)
                if visit_word.search(sentence):  # "digelar 9 Desember, sehari sebelumnya, Selasa (8 Desember)"
                    s_start = d.start - sentence.index(d.text) if d.text in sentence else d.start
                    return next((o.value for o in told if s_start <= o.start < s_start + len(sentence)
                                 and DAY_NAMED.search(text, max(0, o.start - 12), o.start)), d.value)
            for d in told:
                line_start = text.rfind("\n", 0, d.start) + 1
                line_end = text.find("\n", d.end)
                line = text[line_start:line_end if line_end >= 0 else len(text)]
                if len(line) < 60 and re.match(r"^\W*(?:\w+,\s*)?\d", line.strip()):
                    continue  # a publication header line, "Senin, 4 Maret 2024 - 09:15 WIB"
                return d.value
    return None


def _sentence_at(sentences: list[tuple[int, int]], starts: list[int], pos: int, length: int) -> tuple[int, int]:
    """The sentence (of ``sentences``, starting at ``starts``) that holds ``pos``; the whole text before the first."""
    i = bisect.bisect_right(starts, pos) - 1
    return sentences[i] if i >= 0 else (0, length)


def _line_sentence(text: str, pos: int) -> str:
    """The sentence (within its line) around ``pos``."""
    start = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)) + 1
    ends = [i for i in (text.find("\n", pos), text.find(". ", pos)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def _undot(text: str) -> str:
    """Blank the full stops of abbreviations ("Ir.", "Dr.", "H.", "M.Si.") so they do not read as sentence
    ends; offsets are kept."""
    return ABBREV_DOT.sub(lambda m: m.group(1) + " ", text)
