"""The visit step's vocabulary and compiled patterns: the regexes the finder and its rules read around a region
or an official (what stands between listed regions, a government named before a region, a national body, a
trip told as earlier or planned ...), the score a side needs (``MIN_SCORE``), and :class:`Cues`, the words of
``data/visit_cues.csv`` arranged into the patterns the rules read. The patterns of a visit's day are in
:mod:`nlp.visit_dates`, those of who leads in :mod:`nlp.visit_leaders`. The patterns the rules share (the government
and body words, what places a region, the gaps of a list ...) are in :mod:`nlp.visit_rules`.
"""

from __future__ import annotations

import re

from nlp.lexicon import alternation, companion_words
from nlp.visit_rules import (
    BODIES,
    GOVERNMENT,
    HEADS,
    LIST_OPENS,
    MINISTRY_WORD,
    OFFICE_ACRONYMS,
    OFFICE_OPENINGS,
    OFFICES,
    PLACE_IN,
    PLACE_WORDS,
    SECRETARIATS,
    cue_alternation,
    cue_regex,
)


def mover_regex(stems: list[str]) -> str:
    """The going or learning words ``stems`` as one regex, a noun also with "-nya" ("lawatannya ke X")."""
    return cue_regex(stems).pattern.replace(r")\b", r")(?:nya)?\b", 1)


# what stands between a kabupaten/kota and the province placing it ("Kabupaten X (XY), Provinsi Y")
APPOSED_GAP = re.compile(r"\)?\s*(?:\([^()\n]{1,12}\)\s*)?(?:,\s*(?:provinsi\s+)?|\(\s*|provinsi\s+|"
                         r"di\s+(?:provinsi\s+)?)", re.IGNORECASE)
ABBREV_DOT = re.compile(r"\b([A-Z][A-Za-z]{0,3})\.(?=[\s,A-Z]|$)")
LIST_LEFTOVER = re.compile(r"^[\s,;:()]*(?:(?:dan|serta|sekaligus|juga|masing-masing)\b[\s,;:()]*|"
                           r"[A-Za-z]{1,5}\.(?:[A-Za-z]{1,4}\.?)?[\s,;:()]*)*$")
# "kunjungan ini merupakan kunjungan balasan atas kedatangan mereka": the hosts visited the guests before
RETURN_VISIT = re.compile(r"\b(?:kunjungan|kunker|lawatan)\s+balasan\s+(?:atas|dari)\s+(?:kedatangan|kunjungan|"
                          r"lawatan)\b", re.IGNORECASE)
# an earlier visit told in passing: it counts, but the article's date is not its date
EARLIER = re.compile(r"\bpernah\b", re.IGNORECASE)
# the delegation as the host's guests, the one a passive receiving verb receives ("rombongan itu diterima ...")
GUESTS = r"(?:rombongan|delegasi|tamu)"
EARLIER_OR_RETURN = re.compile(r"\b(?:pernah|sebelumnya|tahun\s+lalu|balasan)\b", re.IGNORECASE)
# "juga pernah mengunjungi", "beberapa waktu lalu", "sebelumnya": a trip told as earlier than the article's one
EARLIER_TRIP = re.compile(r"\b(?:pernah|sebelumnya|beberapa\s+waktu\s+(?:yang\s+)?lalu|(?:tahun|bulan)\s+lalu)\b",
                          re.IGNORECASE)
PAST_TRIP = re.compile(r"\b(?:pernah|tahun\s+(?:\d{4}\s+)?lalu)\b", re.IGNORECASE)
# ("di A, B dan terakhir ke C", "pertama A, lalu B, kemudian C": the stops of a tour, one list; "ke Surakarta atau
# Solo": one place by two names)
# ("Desa A, Kabupaten X dan Desa B di Kabupaten Y": the villages of the listed regions)
# ("yakni DPRD Kota A, DPRD Kabupaten B": each listed region named by its council)
REGION_LEFTOVER = re.compile(r"^[\s,;:()]*(?:(?:dan|serta|atau|hingga|kabupaten|kota|provinsi|pemkab|pemkot|pemprov|"
                             r"dprd|ke|di|lalu|kemudian|selanjutnya|yang|terakhir|pertama|"
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
# a regional government body or head (or "ke Kota ...") and the name after it (round 38: an office named by an
# acronym of data/government_words.csv right before the name, "Kota"/"Kabupaten" between or not: "Diskominfo A",
# "Dispar Kota B"; not an unlisted word by its opening, which reads "Disambut Bupati", "Dinilai Punya", "Balikpapan"):
# two names in one sentence with a plain visit cue make it a visit between them
BODY = re.compile(r"\b(?i:(?:" + BODIES + "|" + SECRETARIATS + "|" + HEADS + r"|ke)\s+"
                  r"(?i:(?:kabupaten|kota|provinsi|kab\.)\s+)?(?:\([A-Za-z]+\)\s+)?|"
                  r"(?:dinas|badan)\s+\w+\s+(?i:kabupaten|kota|provinsi)\s+|"
                  r"(?i:" + OFFICE_ACRONYMS + r")\s+(?i:(?:kabupaten|kota|provinsi)\s+)?|"
                  r"dari\s+(?i:kabupaten|kota|provinsi)\s+)([A-Z][\w-]+)")
# a province's council or government: "DPRD Provinsi", "Pemprov", "Pemerintah Provinsi" (not its governor, whose
# trips inside his province are tours of his own region)
# ("ke Dinas Kearsipan Provinsi P": one of its offices, named; not "rumah dinas Gubernur P")
# ("Dinas A, B dan C Provinsi P": an office's name of up to six words, commas between;
# read within GOVERNED_REACH characters before the province's name)
GOVERNED_BEFORE = re.compile(r"\b(?:dprd|dprk|dpra|pemprov|pemerintah|setdaprov|sekretariat\s+daerah|bpsdmd?|"
                             r"bkpsdmd?|(?-i:(?:Dinas|Badan|Biro)(?:,?\s+(?!Provinsi\b|Gubernur\b)(?:[A-Z][\w-]*|dan))"
                             r"{1,6}?))\)?\s+(?:provinsi\s+)?$",
                             re.IGNORECASE)
GOVERNED_REACH = 70
# a province's own council named as the province's people's council, right before its name ("DPR Papua", "DPRA")
OWN_COUNCIL = re.compile(r"\bdpr[pa]?\s+$", re.IGNORECASE)
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
        # (round 40) a courtesy call or a welcome ("bersilaturahmi dengan", "beraudiensi dengan", "menyambut Gubernur
        # B") tells of no trip by itself: such a plain cue opens no article alone (VisitFinder._plain_visit)
        self.courtesy = {" ".join(c.lower().split()) for c in role("courtesy", [])}
        # "studi banding ke Jepang", "kunjungan kerja ke luar negeri": a trip abroad
        self.abroad = re.compile(r"\b(?:ke|di)\s+(?:negara\s+|negeri\s+)?(?:\w+\s+){0,2}?"
                                 + cue_alternation(role("abroad", [])) + r"\b", re.IGNORECASE)
        self.kinds = cue_regex(list(self.kind_of))
        self.not_visit = cue_regex(role("not_visit", []))
        # "Raker APEKSI di B", "HUT APKASI": an association of regional governments (role regions_association),
        # whose gatherings heads of many regions attend
        self.regions_association = cue_regex(role("regions_association", []))
        self.stopover = cue_regex(role("stopover", []))
        # "hasil studi banding akan kami terapkan di X": X is home, where the lesson is applied
        self.at_home = cue_regex(role("at_home", []))
        # "pengurus Karang Taruna X belajar ke", "mahasiswa Universitas X Kota Y": an organisation of the region, no
        # government
        # The organisation's own name may end in a comma before its region ("mahasiswa Universitas A, Kota Y",
        # "Institut B (IB) C, Kabupaten Y"): a capitalised word or a closing bracket right before the comma, the
        # region right after it; a comma elsewhere (a list, a clause: "Universitas A, kunjungan X, Y", "politisi
        # partai ini menjelaskan, Kota Y") still ends the reach, and so does a region named as a government right
        # before the comma, a guest or a list ("mahasiswa A disambut Bupati X, Kabupaten Y", "DPRD Kota X, Kota Y").
        stop = "dan|serta|ke|di|dari"
        word = r"\s+(?!(?:" + stop + r")\b)[\w.()-]+"
        last = r"\s+(?!(?:" + stop + "|kabupaten|kota|provinsi|" + BODIES + "|" + HEADS + r")\b)[\w.()-]+"
        self.organisation = re.compile(r"\b" + cue_alternation(role("organisation", []))
                                       + r"\b\)?(?:(?:" + word + r"){0,6}?|(?:(?:" + word + r"){0,4}?" + last
                                       + r")?\s+(?:(?-i:[A-Z])[\w.()-]*|[\w.()-]*\)),)(?:\s+se-|\s+)"
                                       r"(?:kabupaten\s+|kota\s+|provinsi\s+)?$",
                                       re.IGNORECASE)
        # a word of a plan anywhere in a sentence ("direncanakan"): no trip told there yet
        # (visit_pairs.PairResolver._trip_told_there)
        self.planned_word = cue_regex(role("planned", []))
        national = "(?:" + cue_alternation(role("national", [])) + "|" + MINISTRY_WORD + ")"
        self.national = re.compile(r"\b" + national + r"\b", re.IGNORECASE)
        # "ke Kemendagri", "ke Kementerian Dalam Negeri", "ke Direktorat Jenderal X Kementerian Y": a trip to a
        # national body
        # ("ke sejumlah kementerian", "mendatangi Kementerian X", "ke Komisi IV DPR RI")
        # ("ke Kantor Wilayah Kementerian X", "ke Kanwil Kemenag X": a ministry's regional office)
        # ("berkonsultasi dengan Kementerian X", "beraudiensi dengan Dirjen Y": met there)
        # (the verbs of consulting: data/visit_cues.csv role consult)
        consult = cue_alternation(role("consult", []))
        self.to_national = re.compile(r"\b(?:ke|mengunjungi|mendatangi|menyambangi|" + consult
                                      + r"\s+dengan)\s+(?:(?:sejumlah|beberapa|"
                                      r"berbagai)\s+)?(?:(?:kantor\s+wilayah|kanwil)\s+|"
                                      r"kantor\s+|gedung\s+|(?:direktorat|ditjen|dirjen|deputi|biro|"
                                      r"pusat|badan|sekretariat\s+jenderal|setjen|komisi|fraksi|pimpinan)\b"
                                      r"[^.;,\n]{0,70}?)?" + national + r"\b", re.IGNORECASE)
        # ("Puslatbang X Lembaga Administrasi Negara", "Diklatpim LAN": the national agency of the civil service's
        # courses, named in CONVENTIONS beside the ministries: role national_trainer, a row of kind capitals (its
        # acronym) matched as written, in capitals only)
        # "Pusdiklat Kementerian X", "Pusat Pengembangan SDM (PPSDM) Kementerian X Regional Y": a course of a
        # ministry's training centre, whose participants come from many regions (roles training_body and
        # national_course; with a word of its trip, role course_trip, in the same sentence or in a headline with a
        # course word: VisitFinder._national_course)
        capitals = [cue for cue, kind, r in visit_cues if r == "national_trainer" and kind == "capitals"]
        written_out = [cue for cue in role("national_trainer", []) if cue not in capitals]
        trainer = "(?:" + "".join("(?-i:" + re.escape(c) + ")|" for c in capitals) + cue_alternation(written_out) + ")"
        self.national_course = re.compile(r"\b" + cue_alternation(role("training_body", [])
                                                                   + role("national_course", []))
                                          + r"\b(?:[\s()]+\w+){0,6}?[\s()]+(?:" + MINISTRY_WORD + r"|regional|"
                                          + trainer + r")\b", re.IGNORECASE)
        self.course_trip = cue_regex(role("course_trip", []))
        # a course named by its kind or its centre ("Diklatpim", "Pusdiklat"): a headline with one and a trip word
        self.course_word = cue_regex(role("training_body", []) + role("national_course", []))
        # "ke Jakarta (KPU Pusat)", "ke Ibu Kota Jakarta itu untuk konsultasi ke beberapa kementerian"
        # "berkonsultasi ke Jakarta", "koordinasi ke Jakarta": consulting in the nation's capital is a trip to its
        # national bodies (:meth:`visit_places.PlaceRules._capital_seat`)
        self.consult_to = re.compile(r"\b" + consult + r"\s+ke\s+$", re.IGNORECASE)
        receive = role("receive", [])
        passive = [c for c in receive if c.lower().startswith("di")]
        active = [c for c in receive if not c.lower().startswith(("di", "tuan"))]
        # an official named after a passive receiving verb serves the host: "diterima (langsung oleh) Sekda X"
        self.received_by = re.compile(r"\b" + cue_alternation(passive) + r"\s+(?:langsung\s+)?(?:oleh\s+)?[^.\n]*$",
                                      re.IGNORECASE)
        # ("Ketua DPRD X, Budi, bersama unsur pimpinan dan anggota menerima kunjungan ...": with his people, the
        # guests named; not "Sekda X bersama rombongan menerima paparan"; data/companion_words.csv reader companion)
        self.receives = re.compile(r"[^.\n]{0,10}\b" + cue_alternation(active + ["menerima"]) + r"\b|"
                                   r"[^.\n]{0,10}\b(?:" + alternation(companion_words()["companion"])
                                   + r")\b[^.;\n]{0,40}?\b(?:menyambut|menjamu|"
                                   r"menerima\s+(?:langsung\s+)?(?:kunjungan|kedatangan|rombongan|tamu|delegasi))\b",
                                   re.IGNORECASE)
        # how they are received: "disambut (langsung / hangat / penuh antusias ...)"
        # (data/visit_cues.csv role receive_manner)
        manner = cue_alternation(role("receive_manner", []))
        # "disambut hangat Bupati X, Budi, beserta jajaran": the head right after a passive receiving verb receives with
        # his people, he leads no delegation
        self.received_head = re.compile(r"\b" + cue_alternation(passive) + r"\s+(?:(?:" + manner + r"|oleh)\s+){0,4}$",
                                        re.IGNORECASE)
        # "diterima para pejabat SKPD yang dipimpin Staf Ahli X": the receiving party's head, not the delegation's
        led = [c for c in role("led_by", []) if c.lower().startswith("di") and " " not in c]
        self.receivers_led = re.compile(r"\b" + cue_alternation(passive) + r"\b(?:(?!\b" + GUESTS + r"\b)"
                                        r"[^.;\n]){0,90}?\byang\s+" + cue_alternation(led) + r"\b[^.;\n]{0,120}$",
                                        re.IGNORECASE)
        # "rombongan disambut (hangat oleh) Pemerintah Kota X": the government that receives them hosts
        self.received_by_body = re.compile(r"\b" + cue_alternation(passive) + r"\s+(?:(?:" + manner
                                           + r"|secara|dan)\s+){0,4}(?:oleh\s+)?(?:jajaran\s+)?"
                                           r"(?:" + BODIES + "|" + SECRETARIATS + r")\s+(?:kabupaten\s+|kota\s+|"
                                           r"provinsi\s+)?(?:\([A-Za-z]{2,8}\)\s+)?$", re.IGNORECASE)
        # "X kedatangan ...", "X (kembali) menerima kunjungan ...", "X menjadi tuan rumah"
        # ("X menerima 25 kunjungan studi banding", "X sudah menerima puluhan rombongan": counted guests)
        self.receives_after = re.compile(r"\s*\)?\s*,?\s*(?:(?:kembali|pun|juga|lagi|sering|kerap|rutin|selalu|banyak|"
                                         r"sudah|telah)\s+){0,2}(?:kedatangan|"
                                         r"disambangi|dikunjungi|didatangi|" + cue_alternation(active)
                                         + r"|(?:menerima|kedatangan)\s+(?:\d+|puluhan|ratusan|belasan|banyak|"
                                         r"sejumlah)\s+(?:kali\s+)?"
                                         r"(?:kunjungan|rombongan|tamu|delegasi)|(?:menerima|menyambut|kedatangan)\s+"
                                         r"(?:sebanyak\s+|sekitar\s+)?\d+\s+orang)\b", re.IGNORECASE)
        # "menerima kunjungan Bupati A X, Wali Kota B Y": a list of guests follows
        self.receive_guests = re.compile(r"\b(?:" + cue_alternation(active) + r"|kedatangan)\s+(?:(?:kerja|dinas|"
                                         r"studi\s+\w+|belajar|kunjungan|kedatangan|rombongan|delegasi|tamu|para|"
                                         r"sejumlah|dari)\s+)*",
                                         re.IGNORECASE)
        # the text says the delegation was received somewhere, without always naming where
        self.implied_host = re.compile(r"\b(?:" + cue_alternation(receive + ["kedatangan"])
                                       + r"|ke\s+(?:kabupaten|kota|provinsi|daerah)\s+(?:ini|kita|kami)|ke\s+sini)\b",
                                       re.IGNORECASE)
        # "ke kabupaten yang dipimpin Bupati X": the place he governs, before a led_by cue
        self.governed = re.compile(r"\b" + cue_alternation(role("governed_place", [])) + r"\s+yang\s+$", re.IGNORECASE)
        self.led_by = re.compile(r"\b" + cue_alternation(role("led_by", [])) + r"\s+(?:langsung\s+|sendiri\s+)?"
                                 r"(?:oleh\s+)?", re.IGNORECASE)
        # "Sekda X Budi memimpin rombongan", "Sekda X Budi bersama Ketua TP PKK Y memimpin rombongan"
        leads = cue_alternation([c for c in role("led_by", []) if not c.lower().startswith("di")])
        self.leads_after = re.compile(r"[^.\n]{0,25}?(?:\b(?:" + alternation(companion_words()["companion"])
                                      + r")\b[^.;\n]{0,60}?)?\b" + leads,
                                      re.IGNORECASE)
        self.with_group = re.compile(r"[^.\n]{0,40}?\b(?:dan|beserta|bersama)\s+"
                                     + cue_alternation(role("with_group", [])) + r"\b", re.IGNORECASE)
        trip = (r"(?:studi|kaji|berkunjung|bertandang|mengunjungi|mendatangi|menyambangi|kunjungan|kunker|benchmarking|"
                r"belajar|menimba|berguru)")
        # "Pemkab X akan studi banding ke Y", "dijadwalkan berkunjung ke": a trip the article reports as planned
        # counts (the visit is reported); "Bupati meminta OPD studi banding ke daerah lain", "kunjungan itu
        # batal": urged or called off, no trip
        self.planned = re.compile(r"\b" + cue_alternation(role("planned", [])) + r"\s+(?:\w+\s+){0,3}?" + trip + r"\b",
                                  re.IGNORECASE)
        self.urged = re.compile(r"\b" + cue_alternation(role("urged", [])) + r"\s+(?:\w+\s+){0,3}?" + trip + r"\b",
                                re.IGNORECASE)
        # "berharap Wali Kota B dan rombongan turut berkunjung ke A sebagai kunjungan balasan": a return visit
        # only hoped for or invited
        self.hoped_return = re.compile(r"\b" + cue_alternation(role("hoped", []))
                                       + r"\b[^.;\n]{0,120}?\b(?:(?:kunjungan|kunker|lawatan)\s+(?:balasan|balik)|"
                                       r"berkunjung\s+balik|balik\s+berkunjung)\b",
                                       re.IGNORECASE)
        called_off = cue_alternation(role("called_off", []))
        # "Namun rencana itu ditunda": the plan of the sentence before is called off
        # "dibatalkan dan dialihkan ke Z": the trip goes to Z instead
        self.redirected = cue_regex(role("redirected", []))
        # "batal ke Y, dialihkan ke Z": Z is where the trip went
        self.redirected_to = re.compile(self.redirected.pattern + r"\s+ke\s+(?:" + PLACE_IN + ")?" + GOVERNMENT + "$",
                                        re.IGNORECASE)
        self.plan_dropped = re.compile(r"\b(?:rencana|kunjungan|kegiatan|agenda|studi\s+\w+)\s+(?:itu|tersebut|ini)\b"
                                       r"[^.;\n]{0,40}?\b" + called_off + r"\b", re.IGNORECASE)
        # after the trip, also with "-nya" pointing back at it: "kunjungan ke Y ... memutuskan membatalkannya",
        # "... ditundanya" (round 44; not before it: "batalnya pemangkasan anggaran kunker" cancels something else)
        self.called_off = re.compile(r"\b" + called_off + r"\s+(?:\w+\s+){0,7}?" + trip + r"\b|\b" + trip +
                                     r"\b[^.;\n]{0,80}?\b" + called_off + r"(?:nya)?\b", re.IGNORECASE)
        # the region makes the trip itself: "DPRD X berkonsultasi ke", "Pemkab X melakukan silaturahmi ke" (the
        # one-word going verbs and trip nouns of role visit, told by their shape; receiving ones such as
        # "menyambut" are the host's)
        receiving = {c.lower() for c in receive}
        words = [c.lower() for c in role("visit", []) if len(c.split()) == 1 and c.lower() not in receiving]
        verbs = [c for c in words if c.startswith(("ber", "me"))]
        nouns = [c for c in words if not c.startswith(("ber", "me", "di", "ke"))]
        study_words = role("kind", []) + role("learn", [])  # what a sent group goes to do
        self.subject_visits = re.compile(r"[^.\n]{0,40}?\b(?:(?:menggelar|melakukan|mengadakan|melaksanakan)\s+"
                                         r"(?:studi|kunker|kaji|benchmarking|" + cue_alternation(nouns) + r")|"
                                         # "Pemkab A memberangkatkan dua puluh guru guna kaji tiru ke B": the group
                                         # a government sends travels for it (CONVENTIONS; role send)
                                         + cue_alternation(role("send", [])) + r"\b[^.\n]{0,60}?\b"
                                         r"(?:untuk|guna)\s+(?:mengikuti\s+|melakukan\s+|melaksanakan\s+)?"
                                         r"(?:" + cue_alternation(study_words) + r")|"
                                         r"(?<!selamat )datang|kunjungi|sambangi|datangi|bertolak|bertamu|"
                                         + cue_alternation(verbs) + r")\b",
                                         re.IGNORECASE)
        self.happened = re.compile(r"\b" + cue_alternation(role("happened", []) + receive + ["menerima"]) + r"\b|"
                                   r"\(\d{1,2}(?:[-–]\d{1,2})?/\d{1,2}", re.IGNORECASE)
        # cues after which "ke X" / "di X" is where the delegation went ("datang ke" -> "datang")
        movers = role("kind", []) + role("learn", []) + role("arrive", []) + [
            c for c in role("visit", []) if c not in receive]  # "diterima di X" is no trip to X
        stems = sorted({re.sub(r"\s+(?:ke|di)$", "", c.lower()) for c in movers})
        mover = mover_regex(stems)
        # any mover in a sentence, its words apart also by an abbreviation's dot (as the rules blank them): the
        # sentences where host_link may fire
        self.mover_in = re.compile(mover.replace(r"\s+", r"[\s.]+"), re.IGNORECASE)
        # ("selamat datang di X": the host's greeting, no going word)
        self.host_link = re.compile(r"(?<!selamat )" + mover + r"[^.;:\n]{0,60}?\b(?:ke|di)\s+(?:(?:balai|kantor|"
                                    r"pendopo|puspem|"
                                    r"aula|ruang|gedung|rumah|sekolah|pasar|puskesmas|rsud|kawasan|lokasi|objek|museum|"
                                    r"perpustakaan|sentra|dinas|badan|bagian|sekretariat|mal|mall|pusat)\b[^,.\n]{0,50}?|"
                                    # "ke provinsi tetangga, Kalimantan Tengah"
                                    r"(?:provinsi|kabupaten|kota|daerah)\s+(?:tetangga|sebelah)\s*,?\s+|"
                                    + PLACE_IN + ")?" + GOVERNMENT + "$",
                                    re.IGNORECASE)
        # "studi tiru di daerah X", "kunker ke wilayah Provinsi X": the area of X is the destination when the area
        # word follows the trip word closely, at most four words between, no comma and no "yang" clause (not
        # "studi banding, lalu berbelanja di daerah Y", "belajar cara yang juga ditiru di daerah Y"); a group
        # named with its home area ("rombongan kepala desa dari ... di wilayah X") is no trip word
        area_mover = mover_regex(sorted(set(stems) - {"rombongan", "delegasi"}))
        self.host_area = re.compile(r"(?<!selamat )" + area_mover + r"(?:\s+(?!yang\b)[^\s,.;:()]+){0,4}?\s+"
                                    r"(?:ke|di)\s+(?:daerah|wilayah)\s+" + GOVERNMENT + "$", re.IGNORECASE)
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
        # (round 42) "Bupati A, Budi, mengatakan ia dan stafnya mempelajari ...": after an official, his side's own
        # learning told with a pronoun (a learning word of role learn), not across a receiving word, a visit noun or
        # the guests ("pihaknya menerima rombongan yang ingin belajar")
        self.self_learns = re.compile(r"[^.;\n]{0,50}?\b(?:ia|dirinya|pihaknya|kami)\b(?:(?!\b" + cue_alternation(
            receive + ["menerima", "terbuka", "kunjungan", "mereka", "rombongan", "tamu"]) + r"\b)[^.;\n]){0,60}?"
            + cue_regex(role("learn", [])).pattern, re.IGNORECASE)
        self.receive_any = re.compile(r"\b" + cue_alternation(receive + ["menerima", "kedatangan"]) + r"\b",
                                      re.IGNORECASE)
        self.receive_active = re.compile(r"\b" + cue_alternation(active + ["menerima", "kedatangan"]) + r"\b",
                                         re.IGNORECASE)
        self.goes_or_learns = re.compile(goes + "|" + self.learning.pattern, re.IGNORECASE)
        self.visit_word = re.compile(goes + "|" + cue_regex(role("kind", [])).pattern + r"|\bkunjungan\b",
                                     re.IGNORECASE)
        # (round 44) the sentences that date a visit (`visit_dates.visit_day`): those with a word of the trip, and
        # one telling the delegation received ("Rombongan itu diterima Wali Kota X ..., Kamis (16/10)"), the
        # guests' word (GUESTS) before a passive receiving verb; not a letter or a press release received ("surat
        # ... diterima")
        self.dated_word = re.compile(self.visit_word.pattern + r"|\b" + GUESTS + r"\b[^.;\n]{0,60}?\b"
                                     + cue_alternation(passive) + r"\b", re.IGNORECASE)
        # "belajar ... dari Kabupaten X", "menimba ilmu dari X": the region taught them
        learn = cue_regex(role("learn", [])).pattern
        # "menyerap ilmu serta inovasi Wali Kota X", "mempelajari program Pemkab X": X is what they learn from
        self.learned_object = re.compile(cue_regex(role("learn", []) + adopt).pattern + r"[^.,;:\n]{0,40}$",
                                         re.IGNORECASE)
        # ("belajar dari keberhasilan Kota X mengelola ...": what the region achieved)
        self.learn_from = re.compile(learn + r"[^.;:\n]{0,50}?\b(?:dari|kepada|pada)\s+(?:(?:keberhasilan|kesuksesan|"
                                     r"pengalaman|kemajuan|inovasi|praktik\s+baik)\s+)?(?:pemerintah\s+|pemkab\s+|"
                                     r"pemkot\s+|pemprov\s+)?$", re.IGNORECASE)
