"""Heads of delegations named by their role in the group, not by a position title.

"ketua rombongan DPRD Kabupaten X, Budi", "Budi memimpin rombongan DPRD X", "rombongan DPRD X dipimpin Budi",
"Budi, ketua rombongan yang juga anggota Komisi III DPRD X": the person leads a regional government's
delegation, so holds an office there. The position is read from the group: a council's delegation
(DPRD, komisi, dewan ...) is led by an "Anggota DPRD", any other by its "Ketua Rombongan"; the region is the
one the group phrase names (none named: none given). Officials the position finder already found are left
as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from nlp.lexicon import agent_forms, alternation, companion_words, official_words, visit_cue_words
from nlp.official_merge import Official
from nlp.official_names import NAME_INTRO
from nlp.official_patterns import (
    COUNCIL_WORD,
    FIELD_WORDS,
    NOT_NAME,
    ORGANISATION,
    REGION_LEADS_CASED,
    UNIT_WORDS,
)
from nlp.official_regions import DELEGATION_HEAD
from nlp.officials import OfficialFinder
from nlp.regions import RegionMention
from nlp.textutil import ACRONYM, fold

GROUP = r"(?:rombongan|delegasi|tim)"
# the verbs and head words of the led_by cues (data/visit_cues.csv): "X dikoordinir Budi", "ketua rombongan"
LED_VERB = "(?:" + alternation([c for c in visit_cue_words()["led_by"] if c.startswith("di") and " " not in c]) + ")"
HEAD_WORD = "(?:" + alternation(sorted({c.split()[0] for c in visit_cue_words()["led_by"] if c.endswith(" rombongan")
                                        and c.count(" ") == 1 and not c.startswith("me")})) + ")"
# "ketua rombongan DPRD X, Budi", "Ketua Rombongan Kunjungan Kerja Pemkot X Budi", "ketua tim studi banding X,"
# "kata ketua rombongan Budi", "Ketua Rombongan Kunker Drs. H. Budi": the name right after the group's head
TRIP_NAME = re.compile(r"\s+(?:(?:kunjungan\s+kerja|kunker|studi\s+(?:banding|tiru)|kaji\s+banding)\s+)?(?=[A-Z])",
                       re.IGNORECASE)
# "Ketua Tim Penguji dan Penilai ...", "Ketua Tim Ekspedisi Sehat 2 Budi": the team's own name goes on after the
# words read as a name ("dan" and a capitalised word, a number), so they name no person
TEAM_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:dan|&)[ \t]+[A-Z]|\d)")
HEAD_THEN_NAME = re.compile(r"\b" + HEAD_WORD + r"\s+" + GROUP + r"\b(?P<group>[^.;,\n]{0,70})",
                            re.IGNORECASE)
# "rombongan DPRD X (yang) dipimpin (langsung) (oleh) (ketuanya) Budi", "kunjungan itu dinakhodai Budi"
TRIP = r"(?:kunjungan|kunker|studi\s+\w+|kaji\s+\w+|benchmarking|observasi|lawatan)"
# "Komisi C yang dipimpin Budi berangkat kunker": a council's committee named with its head
# (Speed: GROUP_LED_BY and NAME_WITH_GROUP open with what their scan tries at very many places; each is built from
# a tail constant that is also compiled alone as its cue, and skipped in a text where that cue (a faster scan) finds
# nothing, as every match of the pattern holds a match of its tail; tests/test_nlp_cues.py checks the construction.)
# "dengan dipimpin Plt Kepala Badan ... Provinsi X, Budi", "Rombongan ..., dipimpin Sekretaris Dinas, Budi,": a
# led-by cue in a sentence about a delegation or trip, its title (and region) before the name; GROUP_LED_BY's cue
LED_BY_TAIL = r"\b" + LED_VERB + r"\s+(?:langsung\s+)?(?:oleh\s+)?"
LED_BY = re.compile(LED_BY_TAIL, re.IGNORECASE)
COMMITTEE = r"(?:komisi|pansus|panitia\s+khusus|fraksi|badan\s+musyawarah|banmus|bapemperda|banggar)"
GROUP_LED_BY = re.compile(r"\b(?:" + GROUP + "|" + TRIP + "|" + COMMITTEE + r")\b"
                          r"(?P<group>(?:[^.;,\n]|(?<=\w)\.(?=\w)){0,60}?)\s+"
                          r"(?:yang\s+)?"
                          r"(?:langsung\s+)?" + LED_BY_TAIL + r"(?:ketuanya\s+|kepalanya\s+)?", re.IGNORECASE)
ABOUT_TRIP = re.compile(r"\b(?:" + GROUP + "|" + TRIP + r"|berkunjung|bertandang|mendatangi|menyambangi)\b",
                        re.IGNORECASE)
# a title up to its comma: capitalised words, numerals and the joining words of unit names ("Kepala Badan
# Koordinasi Pemerintahan dan Pembangunan Wilayah I")
TITLE_RUN = re.compile(r"(?:(?:[A-Z][\w.\-/]*|[IVX]+|dan|&|serta|bidang|urusan)[ \t]+){0,14}?"
                       r"(?:[A-Z][\w.\-/]*|[IVX]+)[ \t]*,[ \t]*")
# honorifics and degrees between a title's region and the name: "Kota X H. Budi", "Kota X, Ir. Budi"
HONORIFIC_GAP = re.compile(r"[ \t]*,?[ \t]*(?:(?:ibu|bapak|pak|bu|[A-Z][A-Za-z]{0,3}\.)[ \t]*)*$")
# "asisten tiga Kota X, Budi beserta rombongan": a name after its region, with the group it brings
WITH_GROUP_TAIL = r"[ \t]+(?:beserta|bersama|dan)[ \t]+(?:seluruh[ \t]+)?(?:rombongan|rombongannya|delegasi)\b"
NAME_WITH_GROUP = re.compile(r"[ \t]*,[ \t]*(?P<rest>[^,;\n]{2,50}?)" + WITH_GROUP_TAIL)
WITH_GROUP_CUE = re.compile(WITH_GROUP_TAIL)
# "Pansus Tatib DPRD X di bawah pimpinan Budi menjalankan studi banding": the group before, its head after
UNDER_LEAD = re.compile(r"(?P<group>[^.;\n]{0,80}?)\bdi\s+bawah\s+(?:pimpinan|komando)\s+(?:langsung\s+)?",
                        re.IGNORECASE)
UNDER_CUE = re.compile(r"\bdi\s+bawah\s+(?:pimpinan|komando)\s", re.IGNORECASE)  # where UNDER_LEAD can match
# "dipimpin Sekretaris Daerah Kabupaten X Ibu Budi": an untyped title ends at the region it names
TITLE_TO_REGION = re.compile(r"[^.;,\n]{3,60}$")
ADDRESS = re.compile(r"[ \t]*(?:(?:ibu|bapak|pak|bu)\b\.?[ \t]*)?", re.IGNORECASE)
# "Budi memimpin rombongan DPRD X", "Budi, yang memimpin delegasi X", "Budi, ketua rombongan yang juga ... X";
# also (round 41) "Budi memimpin langsung kunjungan kerja tim X" (a trip word), "Budi menjadi ketua rombongan",
# "Budi, M.Si selaku pimpinan rombongan" (a degree before the role)
# ("H.Budi": an honorific glued to the name's first word)
NAME = (r"(?P<name>(?:[A-Z][a-z]{0,2}\.(?=[A-Z][a-z]))?"
        r"(?:(?:[A-Z][\w'’\-]{0,2}\.|[A-Z][\w'’\-]*)[ \t]+){0,4}[A-Z][\w'’\-]*)")  # "Moh.", "H.", not "Klaten."
NAME_THEN_HEAD = re.compile(r"(?<![\w'’.\-])" + NAME +
                            r"(?:,[ \t]*[A-Z][\w.]{0,6}(?=,|[ \t]+(?:selaku|sebagai)\b))*"  # "Budi, SH, yang juga ..."
                            r"(?:,[ \t]*(?:yang[ \t]+(?:juga[ \t]+)?)?|[ \t]+(?:yang[ \t]+(?:juga[ \t]+)?)?)"
                            r"(?:(?:memimpin|mengetuai)(?:[ \t]+"
                            r"(?i:langsung|sendiri))?"
                            r"(?:[ \t]+(?i:puluhan|belasan|sejumlah|para|seluruh|\d+)(?:[ \t]+\w+)?)?"
                            r"|(?:selaku|menjadi|(?:bertindak[ \t]+)?sebagai)[ \t]+(?:ketua|pimpinan)"
                            r"|(?i:" + HEAD_WORD + r")(?=[ \t]+(?i:" + GROUP + r")))"
                            r"[ \t]+(?i:" + GROUP + "|" + TRIP + r")\b(?P<group>(?:[^.;,\n]|,(?![ \t]*[a-z])){0,90})")
# ("Budi, Pimpinan Rombongan X"; the group ends at a comma before a lower-case word: "Budi, ketua rombongan,
# mengatakan Kota X layak ditiru" names the host after it)
# "Budi (ketua rombongan) mengatakan ...", "Budi (Ketua Tim Studi Banding DPRD X)": the head's role in brackets
NAME_BRACKET_HEAD = re.compile(r"(?<![\w'’.\-])" + NAME + r"(?:,[ \t]*[A-Z][\w.]{0,6})*[ \t]*\([ \t]*"
                               r"(?i:" + HEAD_WORD + r")[ \t]+(?i:" + GROUP + r")\b"
                               r"(?P<group>[^()\n]{0,70})\)")
# "<title> yang memimpin rombongan, <name>,": the title before the clause, the name after its comma
TITLE_LEADS_THEN_NAME = re.compile(r"\byang[ \t]+(?:memimpin|mengetuai)[ \t]+(?:langsung[ \t]+)?" + GROUP
                                   + r"[ \t]*,[ \t]*", re.IGNORECASE)
# "<name>, <office>, sebagai|selaku <head> rombongan": his office between commas, then his role
NAME_ASIDE_HEAD = re.compile(r"(?<![\w'’.\-])" + NAME + r"[ \t]*,[ \t]*(?P<group>[A-Z][^,;.\n]{2,80}?)[ \t]*,[ \t]*"
                             r"(?i:selaku|sebagai)[ \t]+(?i:ketua|pimpinan|pemimpin)[ \t]+(?i:" + GROUP + r")\b")
ROLE_AFTER_ASIDE = re.compile(r",[ \t]*(?:selaku|sebagai)[ \t]+(?:ketua|pimpinan|pemimpin)[ \t]+" + GROUP + r"\b",
                              re.IGNORECASE)
BRACKET_HEAD_CUE = re.compile(r"\([ \t]*" + HEAD_WORD + r"[ \t]+" + GROUP + r"\b", re.IGNORECASE)
# "<name> (<post>/<head> <group>)": his post, a slash, then his role in the group
NAME_POST_SLASH_HEAD = re.compile(r"(?<![\w'’.\-])" + NAME + r"(?:,[ \t]*[A-Z][\w.]{0,6})*[ \t]*\([ \t]*"
                                  r"(?P<group>[^()/\n]{3,80}?)[ \t]*/[ \t]*(?i:" + HEAD_WORD + r")[ \t]+(?i:" + GROUP
                                  + r")[ \t]*\)")
SLASH_HEAD_CUE = re.compile(r"/[ \t]*" + HEAD_WORD + r"[ \t]+" + GROUP + r"[ \t]*\)", re.IGNORECASE)
# "memimpin tim studi tiru ke Provinsi X": the group's destination is not its region
DESTINATION = re.compile(r"\b(?:ke|di|menuju)\s+(?:(?:pemkab|pemkot|pemko|pemprov|dprd|kabupaten|kota|provinsi)\s+)?$",
                         re.IGNORECASE)
ORDINAL_WORDS = frozenset("satu dua tiga i ii iii iv".split())
# a council or one of its organs; delegation_size.COUNCIL_COUNTED reads the words too
COUNCIL_ALTERNATION = (r"dprd|dprk|dpra|dpr|dewan|komisi|legislatif|fraksi|pansus|banmus|badan\s+musyawarah|bapemperda|"
                       r"bp\s+perda|banggar|panja")
COUNCIL = re.compile(r"\b(?:" + COUNCIL_ALTERNATION + r")\b", re.IGNORECASE)


def _past_title(text: str, pos: int, finder: OfficialFinder) -> int:
    """Where a name starts after a short title: ", Asisten Satu Budi" -> "Budi"."""
    m = re.compile(r"[\s,:]*((?:[A-Z][\w.]*[ \t]+){1,3})").match(text, pos)
    if not m:
        return pos
    end = pos
    for w in re.finditer(r"\S+", m.group(1)):
        if w.group().lower().rstrip(".") not in finder.position_words | ORDINAL_WORDS:
            break
        end = m.start(1) + w.end()
    return end


def _titled_name(text: str, pos: int, regions: list[RegionMention], finder: OfficialFinder) -> tuple[int, int] | None:
    """The name after a led-by cue and the head's title: "Camat A Kota X Hj Budi", "Sekretaris Dinas, Budi",
    "Plt Kepala Badan ... Provinsi X, Budi"; None when the cue is followed by no title ending in a name."""
    after = [r for r in regions if pos <= r.start and r.end - pos <= 110]
    if after and TITLE_TO_REGION.match(text, pos, after[0].start) is not None:
        gap_end = after[0].end
        name = finder._name(text, ADDRESS.match(text, gap_end).end())
        if name and HONORIFIC_GAP.match(text, gap_end, name[0]):
            return name
    run = TITLE_RUN.match(text, pos)
    if run and finder.has_office_word(text[pos:run.end()]):
        return finder._name(text, run.end())
    return None


# the words of a post written after a led-by cue in a shape the position finder refuses: a run of capitalised
# words (initials, "H.", numerals) and the lower-case words between such runs
CAP_RUN = re.compile(r"(?:[A-Z][\w'’.\-]*|[IVX]+)(?:[ \t]+(?:[A-Z][\w'’.\-]*|[IVX]+|\d+))*(?![\w'’\-])")
POST_GAP_WORD = re.compile(r"[ \t]*(?:,[ \t]*)?(?P<word>[a-z][\w\-]*)[ \t]*")
COMMA_GAP = re.compile(r"[ \t]*,?[ \t]*")
BRACKET_OPENS = re.compile(r"[ \t]*\(")
POSSESSIVE = re.compile(r"(?:-?nya)$")


def _post_then_name(text: str, pos: int, regions: list[RegionMention],
                    finder: OfficialFinder) -> tuple[int, int] | None:
    """The name after a led-by cue and a post the position finder leaves unread: a post in lower case ("dipimpin
    ketua komisi I DPRD <region> Budi", "dipimpin langsung bupatinya, Budi"), or capitalised and then its
    holder ("dipimpin Kepala Dinas Budi", "dipimpin Kabid <field> (ACR) Budi"). The words between the cue
    and the name are all a post's: capitalised runs with no person in them, and lower-case words of posts, units,
    fields or regions (any other lower-case word, a verb or "yang", ends the search); None when no name follows."""
    stop = min([len(text), pos + 160] + [i for i in (text.find("\n", pos),) if i >= 0])
    region_spans = [(r.start, r.end) for r in regions if pos <= r.start < stop]
    at, post_words = pos, 0
    while at < stop:
        at = COMMA_GAP.match(text, at).end()
        run = CAP_RUN.match(text, at)
        if run:
            words = run.group().split()
            if len(words) == 1 and POSSESSIVE.sub("", words[0].lower()) in finder.position_words:
                lo = hi = 0  # "dikoordinir Ketuanya, Budi": the group's own head
            else:
                lo, hi = _person_words(run.group(), finder)
            first = text.find(words[lo], run.start()) if lo < hi else run.end()
            place = any(s < run.end() and first < e for s, e in region_spans)  # "... Kalimantan Timur"
            nxt = CAP_RUN.match(text, COMMA_GAP.match(text, run.end()).end())
            # "Ketua Tim Pemekaran <place>, Budi": the place closes the post, the name follows the comma
            then_name = text[run.end():run.end() + 1] == "," and nxt is not None \
                and bool(finder.clean_name(nxt.group())) and _person_words(nxt.group(), finder)[0] == 0
            if not post_words and (lo, hi) == (0, len(words)):
                return None  # "dipimpin Budi, ...": a bare name, no post before it (not read here)
            if then_name and len(words) == 1 and (post_words or lo > 0):
                return None  # "(ACR) <word>, Budi": a word the text misspells or the region step leaves unread
            if lo < hi and (post_words or lo > 0) and not place and not then_name:
                span = finder._name(text, first)
                if span and first <= span[0] < run.end():  # "H Budi" read as "Budi"
                    return span
            at = run.end()
            if BRACKET_OPENS.match(text, at):  # "(ACR)": a unit's short form
                close = text.find(")", at, stop)
                if close < 0:
                    return None
                at = close + 1
            post_words += len(words)
            after = COMMA_GAP.match(text, at).end()
            if text[after:after + 1].isupper():
                at = after
                continue
            if not text[after:after + 1].islower():
                return None
            at = after
        gap = POST_GAP_WORD.match(text, at)
        if gap is None:
            return None
        word = gap.group("word").lower()
        word = POSSESSIVE.sub("", word) if len(word) > 5 else word  # "bupatinya", "bupati-nya"
        in_region = any(s <= gap.start("word") < e for s, e in region_spans)
        if not (in_region or finder.is_region_name(word) or word in finder.position_words or word in finder.units
                or word in FIELD_WORDS or word in UNIT_WORDS or word in ("langsung", "oleh", "dan")):
            return None
        post_words += word not in ("langsung", "oleh")
        at = gap.end()
    return None


def _post_words(text: str, start: int, end: int, regions: list[RegionMention], finder: OfficialFinder) -> str:
    """The post :func:`_post_then_name` read before a name, as a position: without its region, a unit's short form
    in brackets, "langsung", "oleh", a possessive "-nya" or an honorific ("ketua komisi II DPRD <region>" ->
    "Ketua Komisi II DPRD")."""
    for r in sorted((r for r in regions if start <= r.start and r.end <= end), key=lambda r: -r.start):
        text = text[:r.start] + " " * (r.end - r.start) + text[r.end:]
    words = []
    for w in re.sub(r"\([^()]*\)|,", " ", text[start:end]).split():
        key = w.lower()
        if key in ("langsung", "oleh") or w.rstrip(".") in REGION_LEADS_CASED or not finder.clean_name(w):
            continue
        if key.endswith("nya") and len(key) > 5:
            w = POSSESSIVE.sub("", w)
        words.append(w if w.lower() in ("dan", "&") or not w[:1].islower() else w[:1].upper() + w[1:])
    return " ".join(words)


def _office_word(word: str, finder: OfficialFinder, mixed: bool) -> bool:
    """A word of a post, a unit, a unit's field or (``mixed``: among words in lower case, not a name typed in
    capitals) an office's acronym (:data:`nlp.textutil.ACRONYM`: "Konsul KJRV", "Pusdiklat KPM ABC"): no word of a
    person's name."""
    key = word.strip(".,").lower()
    if len(key) < 2:
        return False  # an initial, "I" of a Balinese name
    return bool(key in finder.position_words or key in finder.units or key in FIELD_WORDS or key in UNIT_WORDS
                or key in finder.not_names or (mixed and ACRONYM.fullmatch(word.strip(".,"))))


def _person_words(name: str, finder: OfficialFinder) -> tuple[int, int]:
    """The words of ``name`` (start, end indices) that name the person when a group's or unit's words stand
    around them: two words or more after the last office word ("Diklat Banyu Prasojo" -> "Banyu Prasojo"), else two
    words or more before the first ("Banyu Prasojo Tiap Komisi"); (0, 0) when none do: "Ketua Tim Penguji dan ...",
    "Dinas Pertanian, Hortikultura dan ...", "dipimpin Konsul KJRV, Budi", "Tenaga Ahli Penguji" (one word after a
    post's words is as likely its field as a name)."""
    words = name.split()
    mixed = any(not w.isupper() for w in words)
    office = [i for i, w in enumerate(words) if _office_word(w, finder, mixed)]
    if not office:
        return 0, len(words)
    if len(words) - office[-1] > 2:
        return office[-1] + 1, len(words)
    return (0, office[0]) if office[0] >= 2 else (0, 0)


def _person_span(text: str, span: tuple[int, int], name: str, finder: OfficialFinder) -> tuple[int, int] | None:
    """The part of ``span`` (read as ``name``) that names the person: ``span`` itself when no group's or unit's words
    stand in it, the words :func:`_person_words` keeps otherwise; None when none name him."""
    words = name.split()
    lo, hi = _person_words(name, finder)
    if (lo, hi) == (0, len(words)):
        return span
    if lo == hi:
        return None
    start = text.find(words[lo], span[0], span[1])
    end = text.rfind(words[hi - 1], max(start, 0), span[1]) + len(words[hi - 1])
    if start < 0 or end < start + len(words[lo]):
        return None
    return start, end


REGIONAL_BODY = re.compile(r"\b(?:pemkab|pemkot|pemko|pemprov|pemda|pemerintah\s+(?:kabupaten|kota|provinsi))\b",
                           re.IGNORECASE)


def _regional_group(group: str) -> bool:
    """The words before "di bawah pimpinan" name a regional body: a council's or a government's (not
    "delegasi Mongolia")."""
    return bool(COUNCIL.search(group) or REGIONAL_BODY.search(group))


def _region_surname_end(text: str, start: int, region: RegionMention, finder: OfficialFinder) -> bool:
    """A bare region word closing a head's name after two name words is his surname ("Ketua rombongan Pemkot X,
    Anu Wiryo <region>,"), as ``OfficialFinder._region_surname`` reads it; not after a unit or position word
    ("Komisi D DPRD DIY")."""
    before = [w.strip(".,") for w in text[start:region.start].split()]
    if len(before) < 2 or region.start != region.name_start or text[region.start - 1] != " ":
        return False
    return not any(len(w) < 2 or w.lower() in finder.units or w.lower() in finder.position_words for w in before)


def delegation_heads(text: str, regions: list[RegionMention], found: list[Official],
                     finder: OfficialFinder, body_start: int = 0) -> list[Official]:
    """Officials named as heads of a delegation whom ``found`` (the position finder's officials) lacks."""
    taken = [span for o in found for span in o.mentions]
    known = [frozenset(fold(t) for t in o.name.split()) for o in found]
    heads: list[Official] = []
    hosts = {r.code for r in regions  # "ke Kota Y" (not "di Y": where anything happens)
             if (to := DESTINATION.search(text, max(0, r.start - 30), r.start))
             and not to.group(0).lower().startswith("di")}

    def add(span: tuple[int, int] | None, group_start: int, group_end: int, fuller: bool = False,
            post: str = "") -> bool:
        """Adds the head named at ``span``; ``fuller``: named after "Ketua Rombongan (X)", where his fullest name
        stands; ``post``: his post as the text writes it before his name (else the group's head's)."""
        if not span or any(s < span[1] and span[0] < e for s, e in taken):
            return False
        if span[0] < body_start:  # a headline capitalises every word
            return False
        raw = text[span[0]:span[1]]
        words = raw.split()
        while words and words[0].lower().rstrip(".,") in NAME_INTRO | NOT_NAME:
            span = (span[0] + raw.index(words[1]) if len(words) > 1 else span[1], span[1])
            words = words[1:]
        inside = [r for r in regions if r.start < span[1] and span[0] < r.end]
        if inside and _region_surname_end(text, span[0], inside[0], finder):
            inside = []  # the region word is his surname: the whole span is his name
        if not words or inside:
            return False
        name = finder.clean_name(text[span[0]:span[1]])
        person = _person_span(text, span, name, finder)
        if person is None:
            return False
        if person != span:  # a group's or unit's words read with the name
            span, name = person, finder.clean_name(text[person[0]:person[1]])
        first = name.split()[0].lower() if name else ""
        if not name or first in finder.not_names or first in finder.position_words or first in finder.units:
            return False
        if finder.is_region_name(name):
            return False  # "dipimpin Asisten I X Sulawesi Tenggara (Sultra) Budi": a region the region step left unread
        tokens = frozenset(fold(t) for t in name.split())
        group = text[group_start:group_end]
        region = next((r.code for r in regions if group_start <= r.start < group_end
                       and not DESTINATION.search(text, max(0, r.start - 30), r.start)), None)
        same = [i for i, k in enumerate(known) if tokens <= k or k <= tokens]
        if same:  # named with a position elsewhere: "Komisi C yang dipimpin Budi" is a mention of him
            one = same[0] if len(same) == 1 and same[0] < len(found) else None
            if one is not None and not tokens <= known[one]:
                if not fuller:
                    return False
                if found[one].region not in (None, region) and (region or found[one].region in hosts):
                    one = None  # "Ketua Rombongan, Banyu Prasojo, diterima Kabag Umum Y, Santoso": a host's man
                else:  # "Ketua Rombongan, Banyu Prasojo" and "Santoso, yang juga ...": his fullest name
                    found[one].name = name
                    known[one] = tokens
            if one is not None:
                found[one].mentions = sorted([*found[one].mentions, span])
                taken.append(span)
                return False
            if len(same) > 1 or same[0] >= len(found) or tokens <= known[same[0]]:
                return False
        position = post or ("Anggota DPRD" if COUNCIL.search(group) else DELEGATION_HEAD)
        heads.append(Official(name, position, region, [span], (0, 0), region is not None))
        taken.append(span)
        known.append(tokens)
        return True

    for m in HEAD_THEN_NAME.finditer(text):
        start, end = m.span("group")
        if text[end:end + 1] == "," and add(finder._name(text, end + 1)
                                            or finder._name(text, _past_title(text, end + 1, finder)), start, end,
                                            fuller=True):
            continue  # "ketua rombongan DPRD X, Budi": the name follows the comma
        inside = [r for r in regions if start <= r.start and r.end <= end]
        if inside:  # "Ketua Rombongan Kunjungan Kerja Pemkot X Budi": the name follows the group's region
            add(finder._name(text, inside[0].end), start, inside[0].end, fuller=True)
        elif (lead := TRIP_NAME.match(text, start)) and text[lead.end():lead.end() + 1].isupper():
            name = finder._name(text, lead.end())  # "kata ketua rombongan Budi": no group written
            if name and text[name[1]:name[1] + 1] in ("", " ", ",", ".", "\n") \
                    and not TEAM_NAME_GOES_ON.match(text, name[1]):  # not "Ambassador/Permanent ..."
                add(name, start, end, fuller=True)
    led = LED_BY.search(text) is not None  # GROUP_LED_BY's cue
    for m in (GROUP_LED_BY.finditer(text) if led else ()):
        after = [r for r in regions if m.end() < r.start and r.end - m.end() <= 70
                 and TITLE_TO_REGION.match(text, m.end(), r.start)]
        span = finder._name(text, m.end())
        if after and (span is None or span[1] <= after[0].start):
            # "dipimpin Seketaris Daerah kab X Ibu Budi": the name follows the region the title names
            name = finder._name(text, ADDRESS.match(text, after[0].end).end())
            if name and text[after[0].end:name[0]].strip(" \t.").lower() in ("", "ibu", "bapak", "pak", "bu"):
                span = name
        add(span, m.start("group"), m.end("group"))
    for m in LED_BY.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        stop = text.find("\n", m.end())
        stop = len(text) if stop < 0 else stop
        sentence_start = max(line_start, text.rfind(". ", line_start, m.start()) + 1)
        if not ABOUT_TRIP.search(text, sentence_start, min(stop, m.end() + 200)):
            continue
        span = _titled_name(text, m.end(), regions, finder)
        post = ""
        if span is None and (span := _post_then_name(text, m.end(), regions, finder)) is not None:
            post = _post_words(text, m.end(), span[0], regions, finder)
            # a sentence naming an organisation that is no government (``official_patterns.ORGANISATION``): the
            # head read after an unread post is its officer, no official
            if ORGANISATION.search(text, sentence_start, span[0]):
                continue  # "pengurus Asosiasi X yang dipimpin ketuanya, Budi", "dipimpin ketua APDESI X, Budi"
        if span is None:
            continue
        if any(m.end() <= r.start < span[0] for r in regions):  # the region the title names is the head's
            add(span, m.end(), span[0], post=post)
        else:
            add(span, sentence_start, m.start(), post=post)
    for m in (NAME_WITH_GROUP.finditer(text) if WITH_GROUP_CUE.search(text) else ()):
        region = next((r for r in regions if r.end == m.start()), None)
        if region is None or region.start < body_start:
            continue
        name = finder._name(text, m.start("rest"))
        if name and name[1] <= m.end("rest") + 1 and not text[m.end("rest"):name[1]].strip():
            add(name, region.start, region.end)
    for m in (UNDER_LEAD.finditer(text) if UNDER_CUE.search(text) else ()):
        if _regional_group(m.group("group")):
            add(finder._name(text, m.end()), m.start("group"), m.end("group"))
    for m in (NAME_BRACKET_HEAD.finditer(text) if BRACKET_HEAD_CUE.search(text) else ()):
        add((m.start("name"), m.end("name")), m.start("group"), m.end("group"))
    for m in (NAME_POST_SLASH_HEAD.finditer(text) if SLASH_HEAD_CUE.search(text) else ()):
        add((m.start("name"), m.end("name")), m.start("group"), m.end("group"))
    for m in TITLE_LEADS_THEN_NAME.finditer(text):
        title_start = _sentence_start(text, m.start())
        add(finder._name(text, m.end()), title_start, m.start())
    for m in (NAME_ASIDE_HEAD.finditer(text) if ROLE_AFTER_ASIDE.search(text) else ()):
        add((m.start("name"), m.end("name")), m.start("group"), m.end("group"))
    for m in NAME_THEN_HEAD.finditer(text):
        before = next((r for r in regions if 0 <= m.start("name") - r.end <= 3
                       and text[r.end:m.start("name")].strip() in (",", "")), None)
        if before is not None:
            # "Asisten I Setda Kabupaten X, Budi, yang juga memimpin rombongan": his title names his region
            add((m.start("name"), m.end("name")), before.start, m.end("group"))
        else:
            add((m.start("name"), m.end("name")), m.start("group"), m.end("group"))
    return heads


# "kunjungan kerja (Kunker) Wali Kota X Budi", "lawatan Bupati X": the official whose trip it is
TRIP_OF = re.compile(r"\b(?:kunjungan(?:\s+kerja)?|kunker|lawatan|studi\s+(?:banding|tiru|komparasi))\s+"
                     r"(?:\(\w+\)\s+)?$", re.IGNORECASE)


def trip_of(text: str, visitor: str, officials: list[Official]) -> Official | None:
    """The official of the visiting region whose trip the text names it ("kunjungan kerja Bupati X Budi"),
    when the text says no more of who leads."""
    return next((o for o in officials if o.region == visitor and o.position_span != (0, 0)
                 and TRIP_OF.search(text, max(0, o.position_span[0] - 40), o.position_span[0])), None)


def fullest(leader: Official | None, officials: list[Official]) -> Official | None:
    """The leader under the fullest form of his name the text writes: "Camat Amir" leads, and "Camat Rusdi
    Amir" elsewhere is the same man (one such official, whose region is the leader's or only inferred)."""
    if leader is None:
        return None
    tokens = frozenset(fold(t) for t in leader.name.split())
    fuller = [o for o in officials if o is not leader and tokens < frozenset(fold(t) for t in o.name.split())
              and (o.region == leader.region or not o.explicit_region)]
    if len(fuller) != 1:
        return leader
    fuller[0].region = leader.region
    return fuller[0]


# "Ketua Komisi B DPRD": the committee of a council, which the text names with its region ("Komisi B DPRD Kota X")
COMMITTEE_OF = re.compile(r"\b(?:Komisi|Pansus|Fraksi)[ \t]+(?:[A-E]|[IVX]{1,4}|\d{1,2})\b")
COUNCIL_WORDS = re.compile(r"[ \t]*" + COUNCIL_WORD + r"?[ \t]*$")


# a sentence's end, not a title's dot: "H. Budi", "Drs. Budi", "Prof. Budi"
SENTENCE_END = re.compile(r"(?:\b[a-z]\w{2,}|\b(?!Prof\b)[A-Z]\w{3,}|\d|[)\"”])[.!?][\"”]?\s")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (within its line)."""
    start = text.rfind("\n", 0, pos) + 1
    for m in SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    return start


def committee_regions(text: str, officials: list[Official], mentions: list[RegionMention]) -> None:
    """An official of a council's committee whose region was only inferred (often the host's, named nearby) is of
    the region the text writes after that committee: "Komisi B DPRD Kota X studi banding ke Kota Y. Ketua Komisi B,
    Budi, ..." makes Budi of X (one such region in the text; none written, or the inferred one named in his own
    sentence: left as it is)."""
    for off in officials:
        unit = None if off.explicit_region else COMMITTEE_OF.search(off.position)
        if unit is None or any(r.code == off.region and _sentence_start(text, s) <= r.start < s
                               for s, _ in off.mentions for r in mentions):
            continue  # "Rombongan DPRD X dipimpin ... bersama Ketua Komisi I Budi": his region is in his sentence
        named = committee_named(unit.group(0))
        codes = {r.code for m in named.finditer(text) for r in mentions
                 if 0 <= r.start - m.end() <= 40 and COUNCIL_WORDS.match(text, m.end(), r.start)}
        if len(codes) == 1:
            off.region = codes.pop()


def title_regions(text: str, officials: list[Official], mentions: list[RegionMention]) -> None:
    """An official whose region was only inferred (often the host's, named nearby) is of the one region written
    between his title and his name: "Ketua Komisi I Fraksi Partai X DPRK Kabupaten A, Budi" makes Budi of A."""
    for off in officials:
        if off.explicit_region or off.region is None or off.position_span == (0, 0) or not off.mentions:
            continue
        start = off.position_span[0]
        name = next((s for s, _ in sorted(off.mentions) if s >= off.position_span[1]), None)
        if name is None or name - start > 120 or TITLE_GAP_BREAK.search(text, off.position_span[1], name):
            continue
        codes = {r.code for r in mentions if start <= r.start and r.end <= name}
        if len(codes) == 1:
            off.region = codes.pop()


# a title and its holder's name are no further apart than a clause: no sentence end, no line break between
TITLE_GAP_BREAK = re.compile(r"[;\n\"“”]|\.\s")


def host_leader(leader: Official, host: str, own: list[Official], led_in: dict[int, list[tuple[int, int]]],
                mentions: list[RegionMention]) -> Official:
    """The one official of the delegation (``own``) told to lead or go to this host: "Wakil Ketua A menjalani
    kunjungan ke DPR. Ketua B bersama dua anggota berkunjung ke DPRD Kabupaten X": B leads the visit to X, not
    the first one said to go. ``led_in`` holds the sentences in which each official (by id) leads or goes."""
    def named(off: Official) -> set[str]:
        return {m.code for s, e in led_in.get(id(off), ()) for m in mentions if s <= m.start < e}

    elsewhere = named(leader) - {host, leader.region}
    if host in named(leader) or not elsewhere:  # he is told to go there, or to nowhere else
        return leader
    there = [o for o in own if o is not leader and host in named(o)]
    return there[0] if len(there) == 1 else leader


@lru_cache(maxsize=64)
def committee_named(unit: str) -> re.Pattern[str]:
    """A committee's name as the text writes it ("Komisi B", not "Komisi B-nya" or "Komisi B/C")."""
    return re.compile(r"\b" + r"[ \t]+".join(map(re.escape, unit.split())) + r"\b(?![ \t]*[-–/])", re.IGNORECASE)


# "Ketua Komisi B": the committee in a head's title, not the committee as a group going somewhere
HEAD_BEFORE = re.compile(r"\b(?:Ketua|Wakil|Sekretaris|Anggota)[ \t]+$", re.IGNORECASE)
# "Komisi A DPRD Kabupaten X": a committee of the council of the region named next
COUNCIL_NEXT = re.compile(r"[ \t]*" + COUNCIL_WORD + r"[ \t]*$")


# "Budi memastikan pihaknya kunker ke A": after a head, his side's trip to a host
GOES = re.compile(r"\b(?:" + TRIP + r"|berkunjung|bertandang|berangkat)\b[^.;\n]{0,40}?\bke\b|"
                  r"\b(?:mendatangi|menyambangi|mengunjungi)\b", re.IGNORECASE)


def tour_legs(off: Official, visitor: str, hosts: frozenset[str], mentions: list[RegionMention],
              sentence_of: Callable[[int], tuple[int, int]], text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The hosts of a tour named with a head: those in his sentences or after his committee going there ("Lalu
    Komisi B berkunker ke DPRD A": the hosts after it up to the next committee or the sentence's end); and those
    the text sends him or his committee to (his committee's, or after him with a trip: "Budi memastikan pihaknya
    kunker ke A"; not "Di A, Ketua Komisi B, Budi, memaparkan ..."). Another council's committee of the same name
    ("diterima Komisi A DPRD Kabupaten Y") is not his."""
    own = [sentence_of(s) for s, _ in off.mentions]
    group: list[tuple[int, int]] = []
    unit = COMMITTEE_OF.search(off.position)
    if unit is not None:
        for m in committee_named(unit.group(0)).finditer(text):
            if HEAD_BEFORE.search(text, max(0, m.start() - 20), m.start()) or any(
                    r.code != visitor and 0 <= r.start - m.end() <= 40 and COUNCIL_NEXT.match(text, m.end(), r.start)
                    for r in mentions):
                continue
            stop = sentence_of(m.start())[1]
            nxt = COMMITTEE_OF.search(text, m.end(), stop)
            group.append((m.end(), nxt.start() if nxt else stop))

    def named(spans: list[tuple[int, int]]) -> frozenset[str]:
        return frozenset(m.code for m in mentions if m.code in hosts and any(a <= m.start < b for a, b in spans))

    sent = frozenset(m.code for m in mentions if m.code in hosts and any(
        e <= m.start < sentence_of(s)[1] and GOES.search(text, e, m.start) for s, e in off.mentions))
    return named(own + group), named(group) | sent


def leg_leader(leader: Official | None, host: str, heads: list[Official],
               legs: Callable[[Official], frozenset[str]], rank: Callable[[str], int | None]) -> Official | None:
    """On a tour (one delegation, several hosts), the head of the delegation (``heads``) named with this host
    (``legs``: ``tour_legs``) leads its leg: "Komisi II ke Kota A dan Kota B, dipimpin Ketua DPRD Budi" makes Budi
    the leader at A and B, and "Lalu Komisi B berkunker ke DPRD A. Ketua Komisi B, Budi menjelaskan ..." makes the
    committee's chair the leader at A. ``leader`` stays unless he is named with other hosts and not this one; among
    several heads named with this host, the highest-ranked one alone."""
    if leader is not None and (host in legs(leader) or not legs(leader)):
        return leader
    there = sorted(((rank(o.position) or 0, o) for o in heads if host in legs(o)), key=lambda x: x[0])
    if not there or (len(there) > 1 and there[0][0] == there[1][0]):
        return leader
    return there[0][1]


_WORDS = official_words()  # data/official_words.csv
# "sesuai arahan Bupati X", "salam dari Bupati X", "dilaporkan kepada Bupati X": a head spoken of, not one there
SPOKEN_OF = re.compile(rf"\b(?:{alternation(_WORDS['spoken_of_cue'])})\b[^.;!?\n]{{0,15}}$", re.IGNORECASE)
# "Budi mengatakan Bupati X menginstruksikan ...": a head in what another reports
REPORTED = re.compile(rf"\b(?:{alternation(_WORDS['reported_cue'])})\b[^.;!?\n\"“”]{{0,80}}$", re.IGNORECASE)
# "di bawah kepemimpinan Budi", "daerah yang dipimpin Bupati Budi": the head of the region, not of the trip (rows
# head_of_region_cue)
HEAD_OF_REGION = re.compile(r"\b(?:" + alternation(_WORDS["head_of_region_cue"], r"[ \t]+") + r")(?:[ \t]+oleh)?[ \t]+"
                            r"(?:(?-i:[A-Z])[\w.]*[ \t]+){0,3}$", re.IGNORECASE)
ABSENT_AFTER = re.compile(r"[^.;!?\n]{0,40}?\byang\s+(?:berhalangan|tidak\s+dapat|tak\s+bisa)\b", re.IGNORECASE)


def spoken_of(text: str, official: Official) -> bool:
    """Every mention of the official names him as one spoken of, not one who is there: after "arahan", "salam
    dari", "kepada", as the head of his region ("di bawah kepemimpinan Budi", "daerah yang dipimpin Bupati Budi"),
    inside another's report or quote, or "yang berhalangan hadir"; he is guessed as a leader only after those who
    are there."""
    for start, end in official.mentions:
        title = official.position_span[0] if official.position_span != (0, 0) and \
            0 <= start - official.position_span[0] <= 80 else start
        line_start = text.rfind("\n", 0, title) + 1
        quoted = (text.count('"', line_start, title) + text.count("“", line_start, title)
                  + text.count("”", line_start, title)) % 2 == 1
        if not (quoted or SPOKEN_OF.search(text, max(line_start, title - 40), title)
                or HEAD_OF_REGION.search(text, max(line_start, title - 40), title)
                or REPORTED.search(text, max(line_start, title - 100), title) or ABSENT_AFTER.match(text, end)):
            return False
    return bool(official.mentions)


# "Dalam rombongan ikut Ketua DPRD X Budi", "didampingi Sekda X Budi", "kunjungan itu diikuti Kadis X Budi": he
# goes along (data/companion_words.csv reader along; a passive di- word may take "oleh" after it)
ALONG = re.compile(r"\b(?:" + "|".join(agent_forms(companion_words()["along"])) + r")\b[^.;!?\n]{0,120}$",
                   re.IGNORECASE)


# "Budi, yang juga ikut dalam rombongan", "Budi turut serta"
ALONG_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:yang[ \t]+)?(?:juga[ \t]+)?(?:ikut|turut)\b", re.IGNORECASE)
SHORT_DOT = re.compile(r"\b([A-Z]{1,2}|[A-Z][a-z]{1,2})\.")  # "H.", "AR.", "Dr.": no sentence end


def along(text: str, official: Official) -> bool:
    """Every mention of the official names him as one who goes along (with the head or the group), so he is
    not the one to guess as its leader."""
    return all(ALONG.search(SHORT_DOT.sub(r"\1 ", text[max(0, start - 120):start]))
               or ALONG_AFTER.match(text, end) for start, end in official.mentions)


# "Wakil Ketua DPRD, Budi dan Ani, selaku koordinator komisi masing-masing, memimpin kegiatan ini": he leads,
# further from his name than the led-by rules look
LEADS_IN_SENTENCE = re.compile(r"\b(?:memimpin|mengetuai|mengomandoi)\b(?!\s+(?:daerah|kabupaten|kota|provinsi|"
                               r"wilayah|desa|rapat|sidang|upacara|apel|doa))", re.IGNORECASE)


# what may stand between a name and the verb it is the subject of: fellow names joined by "dan" and an aside
# between commas ("Budi dan Ani, selaku koordinator komisi masing-masing, memimpin"); no other verb or subject
# (the fellow's degrees after commas too: "Budi dan Ani SE, MAP, selaku ...")
SUBJECT_GAP = re.compile(r"(?:[ \t]+(?:dan|serta)[ \t]+[A-Z][\w.'’ ]{0,40}?(?:,[ \t]*[A-Z][\w.]{0,6}(?=,))*)?[ \t]*"
                         r"(?:,[^,.;\n]{1,80},)?[ \t]*")


def _leads_in_sentence(text: str, official: Official) -> bool:
    """The official is the subject of a verb of leading in his sentence ("Budi, selaku koordinator, memimpin
    kegiatan ini"; not "Budi mengatakan Bupati memimpin ...")."""
    for _, end in official.mentions:
        stop = SENTENCE_END.search(text, end)
        line_end = text.find("\n", end)
        stop_at = min(stop.end() if stop else len(text), line_end if line_end >= 0 else len(text))
        verb = LEADS_IN_SENTENCE.search(text, end, stop_at)
        if verb and SUBJECT_GAP.fullmatch(text, end, verb.start()):
            return True
    return False


def stand_in(text: str, visitor: str, officials: list[Official], excluded: frozenset[int],
             rank: Callable[[str], int | None], receives: Callable[[Official], bool]) -> Official | None:
    """With no leader found otherwise: a head of the visiting region, or one whose region was only inferred (as the
    host's or another's), whose sentence says after his name that he leads ("Wakil Ketua DPRD, Budi dan Ani,
    selaku koordinator komisi masing-masing, memimpin kegiatan ini"); never one named receiving the guests or at
    home ("saat dikonfirmasi"), nor one of ``excluded`` (ids: hosts, names holding a region's)."""
    heads = [o for o in officials if o.region is not None and o.mentions and id(o) not in excluded
             and (o.region == visitor or not o.explicit_region) and rank(o.position) is not None
             and not receives(o) and _leads_in_sentence(text, o)]
    return min(heads, key=lambda o: (o.region != visitor, rank(o.position) or 0, min(s for s, _ in o.mentions)),
               default=None)
