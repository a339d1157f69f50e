"""Holders' names: the name after or before a position, what ends it (verbs, places, offices), honorifics and
degrees dropped (``clean_name``); names read only in title-cased lines (``outside_titles``, ``held_elsewhere``) and one
spelling per person (``one_spelling``). ``NameReader`` is mixed into ``nlp.officials.OfficialFinder``."""

from __future__ import annotations

import dataclasses
import difflib
import re

from nlp.lexicon import function_words
from nlp.official_merge import (
    ADAT_TITLES,
    LOWER_VERB,
    Official,
    derived_noun,
    headline_verb,
    merge_officials,
    verb_like,
    whole_occurrences,
)
from nlp.official_patterns import (
    _ACRONYM_BRACKET,
    _FROM_PARTY,
    _PARTY_BRACKET,
    FIELD_WORDS,
    FORCE_BRANCH,
    FORCE_RANK,
    FUNCTION_WORDS,
    MINISTRY,
    NAME_ABBREVS,
    PLURAL_POSITION,
    UNIT_TYPES,
    UNIT_WORD,
    UNIT_WORDS,
    WORDS,
    party_short,
)
from nlp.official_titles import PositionMention
from nlp.regions import DIRECTIONS, PROSE_BEFORE, RegionMention
from nlp.textutil import is_word_char, on_title_line

NAME_LINKERS = frozenset(w.lower() for w in WORDS["name_linker"])  # "Ahmad bin Ali"
# "Budi besok,", "Budi utara", "Budi and": no name's word in lower case (data/official_words.csv lower_stop; compass
# words; English function words)
LOWER_STOPS = (frozenset(w.lower() for w in WORDS["lower_stop"]) | frozenset(w.lower() for w in DIRECTIONS)
               | function_words("en"))
ADDRESS_FORMS = frozenset(w.lower() for w in WORDS["address_form"])  # "Ibu Kustini" is "Kustini"
# a capitalised run right before ", <position>" or " selaku <position>"
# what links a name to the position after it: ", ", ", selaku ", " yang juga menjabat sebagai ", " ("
_HOLDS = (r"(?:(?:juga|kini|saat[ \t]+ini|sekaligus)[ \t]+)?(?:menjabat(?:[ \t]+sebagai)?|merupakan|adalah)"
          r"|juga(?:[ \t]+sebagai)?")  # "Budi yang merupakan Kepala Dinas X", "Ani yang kini menjabat Camat Y"
_HOLDS_BARE = r"(?:kini[ \t]+)?(?:merupakan|menjabat(?:[ \t]+sebagai)?)"  # "Budi merupakan Kepala Dinas X"
SEP_BEFORE = re.compile(r"(?:,[ \t]*(?:(?i:selaku)[ \t]+|sebagai[ \t]+|yang[ \t]+(?:(?:" + _HOLDS + r")[ \t]+)?"
                        r"|salah[ \t]+(?:seorang|satu)[ \t]+)?"  # "Budi, salah seorang anggota DPRD X, ..."
                        r"|[ \t]+(?:(?i:selaku)|sebagai|yang[ \t]+(?:" + _HOLDS + r")|" + _HOLDS_BARE + r")"
                        r"[ \t]+|[ \t]*\([ \t]*|[ \t]+[\-–—][ \t]+)$")  # "Budi, S.Sos - Kepala Dinas X" (a caption)
# a capitalised run ending the text before a position: no word with a sentence's full stop inside ("Ngawi. Budi");
# a spaced dash opens it ("BADUNG, Media.com – Budi, Anggota DPRD X, ...": after a dateline)
NAME_RUN = re.compile(r"(?:^|[.,;:(\n\"“”][ \t]*|[ \t][\-–—][ \t]+|\b[a-z]\w*[ \t]+)"
                      r"(?P<name>(?:(?:[A-Z][\w'’\-]{0,3}\.[ \t]*|[A-Z][\w'’\-]*[ \t]+)(?:bin[ \t]+|binti[ \t]+)?){0,5}"
                      r"[A-Z][\w'’\-]*)$")
# a capitalised run of any length ending the text before a position ("Ketua Satgas Saber Pungli AKBP Budi")
LONG_RUN = re.compile(r"(?:^|[.,;:(\n\"“”][ \t]*|\b[a-z]\w*[ \t]+)(?P<name>(?:[A-Z][\w'’\-.]*[ \t]+){2,14}"
                      r"[A-Z][\w'’\-]*)$")
# the text after a position that closes an apposition: "Budi, Sekda X, ...", "Budi, anggota DPRD X yang baru ...",
# "Budi, Wali Kota X sekaligus Ketua Y", a line's end
APPOSITION_END = re.compile(r"\s*(?:[,.;)]|$)|[ \t]*\n|[ \t]+(?:yang|sekaligus|dari[ \t]+(?:Fraksi|Partai"
                            r"|(?i:daerah[ \t]+pemilihan|dapil)))\b"
                            r"|[ \t]+Fraksi[ \t]+[\w\-]+(?:[ \t]+[\w\-]+)?[ \t]*[,.;]"  # "..., anggota DPRD Fraksi X."
                            # "..., anggota DPRD X asal PAN, ...", "..., anggota DPRD Y dari partai Z, ..."
                            r"|[ \t]+(?:dari|asal)[ \t]+(?:(?i:partai)[ \t]+)?" + party_short() + r"[ \t]*[,.;]")
# "Budi, Kepala Bappeda X mengatakan ...", "... disampaikan Budi, Sekda X saat menerima ...": a verb or a
# conjunction in lower case closes it too, unless the name ends a clause of its own ("Menurut Budi, ...")
VERB_CLOSE = re.compile(r"[ \t]+(?:saat|ketika|sewaktu|usai|seusai|sebelum|setelah|sesudah|selepas|bahwa|kepada)\b"
                        r"|[ \t]+(?!(?:dinas|daerah|desa|dewan|direktorat|bidang|bagian|badan)\b)"
                        r"(?:me|ber|ter|di)[a-z]{4,}\b(?![ \t]+[A-Z])")
CLAUSE_INTRO = re.compile(r"\b(?i:menurut|lanjut|kata|ujar|ucap|jelas|tutur|ungkap|imbuh|tambah|sebut|tegas|bagi|oleh"
                          r"|bersama|dengan|dan|serta)[ \t]+$")
# a list item's link back to the item before it: "A, B, dan C"
LIST_BACK = re.compile(r"(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)$")
# a degree, party or seat written after a name: "Budi, M.Si", "Budi dari Fraksi Golkar", "Ani (F-PKB)", "Cici (Dapil 2)"
_CAPTION_ASIDE = r"[ \t]*\([a-z][^()\n]{0,30}\)"  # "Budi (kanan), Kepala Dinas X", "Ani (berkerudung)"
TRAILING_ASIDE = re.compile(r"(?:,?[ \t]*(?<![\w.])(?P<degree>[A-Za-z][A-Za-z.]{0,7})"
                            r"|" + _FROM_PARTY + r"[ \t]+[\w\- ]{1,30}?" + _ACRONYM_BRACKET
                            + r"|" + _PARTY_BRACKET + r"|" + _CAPTION_ASIDE + r")[ \t]*,?[ \t]*$")
# a nickname in quotes inside a name, a name's word after it: 'Wardi "Ucok" Simanjuntak', "Ani 'Nunung' Lestari"
QUOTES = frozenset("\"“”'‘’")
QUOTED_NICKNAME = re.compile(r"[\"“'‘][A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?[\"”'’](?=[ \t]+[A-Z])()")
MONTH_NAME_NEXT = re.compile(r"[ \t]+([A-Z][a-z'’\-]{2,})\b")  # "Juli Hartanto", not "Juli 2024"
# what may stand between a position and its holder's name: spaces, commas, colons, dashes ("Bupati X: Budi")
SEPARATORS = re.compile(r"[\s,:;–—\-]*")
# the letter a degree written apart with no full stop opens: "S Ag", "M AP" (``NameReader._degree_apart``)
DEGREE_LETTERS = frozenset({"S", "M"})
TRAILING_DEGREE = re.compile(r"(,?[ \t]*)([A-Za-z][A-Za-z.]{0,7})[ \t]*,[ \t]*$")
# the last degree of a name written right before its position: "ujar Budi, MM Kepala Dinas X"
LAST_DEGREE = re.compile(r"(,[ \t]*)([A-Z][A-Za-z.]{0,7})[ \t]+$")
NAME_INTRO = frozenset(w.lower() for w in WORDS["name_lead"])  # "Menurut Budi, ...": no part of the name
INTRO_WORD = re.compile(r"(\w+)[ \t]+$")
# a clause opening right before a name: a sentence's or line's start, "Sementara itu, ", "Adapun, "
SPEECH_AFTER = re.compile(r"[ \t]*,?[ \t]+([a-z]+)\b")  # "... Kepala Dinas X mengatakan"
CLAUSE_OPENING = re.compile(r"(?:[.!?\n][ \t\"“”]*|\b(\w+)[ \t]*,[ \t]*)$")
# the rest of an office in brackets after a name: "Ani (Dirjen Bina Keuangan Daerah Kemendagri)"
OFFICE_THEN_CLOSE = re.compile(r"(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w\-]*){0,5}[ \t]*\)")
# a retired rank's mark inside a holder's titles: "Komjen Pol (Purn) Budi", "Brigjen TNI (Purn.) Ani"
RETIRED = re.compile(r"\([ \t]*(?:[Pp]urn|H\.?[ \t]*C)\.?[ \t]*\)")  # also an honorary degree: "Dr. (H.C.) Budi"
# a place: the name is written elsewhere after a preposition or a place word ("di Hulu Seberang", "Desa Paron")
PLACE_BEFORE = re.compile(r"\b(?:di|ke|" + "|".join(w.capitalize() for w in WORDS["place_head"]) + r")[ \t]+(?=[A-Z])")
# a place word that closes a unit's field, no place: "Dinas Pemberdayaan Masyarakat dan Desa Budi", "Kabid
# Pemerintahan Nagari Budi" (the holder follows the field, the word names no village); only a place word that is a
# field word too, never a preposition ("Tata Kelola Pemerintahan di Budi" names a place)
FIELD_PLACE_WORD = re.compile(r"\b(?:Masyarakat|Pemerintahan)[ \t]+(?:(?:dan|&)[ \t]+)?(?:" + "|".join(
    w.capitalize() for w in WORDS["place_head"] if w in WORDS["field"]) + r")[ \t]+$")
# a place word before a village's or district's name ("Desa X", "Dusun X"), perhaps after a local head's word
# ("Kepala Desa X", "Wali Nagari X"); then a word of that name, and what closes the name
PLACE_HEAD = re.compile(r"(?i:\b(?P<head>(?:kepala|wali)[ \t]+)?(?:" + "|".join(WORDS["place_head"]) + r"))(?=[ \t])")
PLACE_NEXT = re.compile(r"[ \t]+([^\s,.;:()]+)")
PLACE_CLOSED = re.compile(r"[ \t]*[,.;:)]|[ \t]+[a-z]")
COMMA_NEXT = re.compile(r"[ \t]*,[ \t]*")
PLACE_CLOSE = re.compile(r"[ \t]+di[ \t]+[A-Z]")  # '"...," kata Budi Ketua DPRD X di Gedung Y': a place closes the post
SPEECH_BEFORE = re.compile(r"\b(?:kata|ujar|ucap|jelas|tutur|ungkap|imbuh|tambah|sebut|tegas)[ \t]+$")
INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+\.?")  # "H.R.T", "R.K.": a chain of initials, one part of a name
GLUED_TITLE = re.compile(r"([A-Za-z]{1,4}\.)(?=[A-Z])")
# a name's last word written in lower case, then a degree after a comma ("Budi hartono, SH"), glued after a full stop
# ("Budi hartono.SE") or a chain of degrees ("Budi hartono SE,MSM"); a bare acronym after a lower-case word is no
# degree ("Budi kalah MA"; ``NameReader._name``)
LOWER_LAST = re.compile(r"[ \t]+(?P<word>[a-z][a-z'\-]{2,14})(?:[ \t]*(?P<comma>,|\.(?=[A-Z]))[ \t]*|[ \t]+)"
                        r"(?P<degree>[A-Z][A-Za-z.]{0,7})(?:[ \t]*,[ \t]*(?P<next>[A-Z][A-Za-z.]{0,7}))?(?=[\s,;)]|$)"
                        # the degree-shaped word does not open the next name as its honorific: "Budi kemarin, H. Ani"
                        r"(?![ \t]*\.?[ \t]+[A-Z][a-z])")
LIST_INTRO_WORDS = frozenset(w.lower() for w in WORDS["list_intro"])  # "Budi yakni, SH": a list opens, no name
DASH = re.compile(r"[\-–—]")
# after a name's word in lower case: the next capitalised word of the name, or a comma or bracket closing it
LOWER_NAME_NEXT = re.compile(r"[ \t]+(?P<word>[A-Z][a-z][\w'\-]*)|[ \t]*[,(]|[ \t]+(?:dan|serta)[ \t]")
NEXT_CAPITALISED = re.compile(r"[ \t]+[A-Z][a-z]")  # a capitalised word next: "Drs. budi Hartono"
# an acronym in brackets after a ministry or "Republik Indonesia": "(Mendagri)", "(DPR RI)", "(Kemenpan-RB)"
MINISTRY_ACRONYM = re.compile(r"\([A-Z][A-Za-z\-]{1,12}(?:[ \t]+RI)?\)")
TOKEN_RE = re.compile(r"[A-Za-zÀ-ÿ][\w'’\-]*\.?|\S", re.UNICODE)
GLUED_RUN = re.compile(r"[A-Za-z][^\s,;:()]*")  # what is glued after a full stop inside a name: "A", "Ani", "M.Si"


class NameReader:
    """Reading holders' names; mixed into ``OfficialFinder``."""

    def _past_place(self, text: str, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` without a place the region finder left unread before the name: an upper-case region acronym
        ("OI Banyu Prasojo") or the first two words of a longer region's name ("Tanjung Jabung Budi" for "Tanjung
        Jabung Timur"), when a name of its own follows."""
        words = list(UNIT_WORD.finditer(text, span[0], span[1]))
        cut = 0
        if len(words) >= 2 and words[0].group().isupper() and words[0].group().lower() in self.region_acronyms:
            cut = 1
        elif len(words) >= 3 and f"{words[0].group()} {words[1].group()}".lower() in self.region_heads:
            cut = 2
        if cut and self._name(text, words[cut].start()):
            return words[cut].start(), span[1]
        return span

    def _is_place(self, text: str, name: str) -> bool:
        """``name`` is written somewhere in ``text`` right after a preposition or a place word ("di X", "Desa X")."""
        if self._places[0] is not text:  # where a place may start, by its first word; built once per text
            index: dict[str, list[int]] = {}
            for m in PLACE_BEFORE.finditer(text):
                if FIELD_PLACE_WORD.search(text, max(0, m.start() - 40), m.end()):
                    continue  # "Kadis Pemberdayaan Masyarakat Desa Budi": the field's last word, no village
                index.setdefault(UNIT_WORD.match(text, m.end()).group(), []).append(m.end())
            self._places = (text, index)
        first = UNIT_WORD.match(name).group() if UNIT_WORD.match(name) else name
        return any(text.startswith(name, at) and not is_word_char(text[at + len(name):at + len(name) + 1] or " ")
                   for at in self._places[1].get(first, ()))

    def _place_words(self, text: str, words: list[str]) -> int:
        """How many of ``words`` (a local head's run: "Watu Kidul Hartono") open with a place of two words or more
        the text writes closed elsewhere after a place word, before a comma, a stop or a lower-case word ("di Dusun
        watu kidul itu"); after a local head ("Kepala Desa Watu Kidul, Hartono") only before a comma and a name, not
        degrees ("Menurut Kepala Desa Banyu Prasojo, desa itu ..." names no place); 0 when none, never all of them."""
        wanted = [w.strip(",").lower() for w in words[:-1]]
        best = 0
        for m in PLACE_HEAD.finditer(text):
            at, ends = m.end(), []
            while len(ends) < len(wanted) and (w := PLACE_NEXT.match(text, at)) and w.group(1).lower() == \
                    wanted[len(ends)]:
                at = w.end()
                ends.append(at)
            for k in range(len(ends), max(best, 1), -1):
                if not PLACE_CLOSED.match(text, ends[k - 1]):
                    continue
                comma = COMMA_NEXT.match(text, ends[k - 1])
                if not m.group("head") or (comma and self._clean_name_at(text, comma.end())):
                    best = k
                    break
        return best

    def _clean_name_at(self, text: str, pos: int, local: bool = False) -> tuple[int, int] | None:
        """The span of :meth:`_name` at ``pos`` when it holds a name, not degrees only ("..., S.IP., M.AP")."""
        span = self._name(text, pos, local)
        return span if span and self.clean_name(text[span[0]:span[1]]) else None

    def _name(self, text: str, pos: int, local: bool = False) -> tuple[int, int] | None:
        """The span of a person's name starting at ``pos`` (after separators and honorifics); after a ``local``
        position (camat, lurah ...) a derived-looking word may be its place ("Lurah Penarukan Sugeng")."""
        m = SEPARATORS.match(text, pos)
        p = m.end() if m else pos
        if "\n" in text[pos:p]:
            return None
        start = end = None
        count = 0
        ministry = False
        skip_to = 0
        for tm in TOKEN_RE.finditer(text, p):
            if tm.start() < skip_to:
                continue
            retired = RETIRED.match(text, tm.start()) if start is None and tm.group() == "(" else None
            if retired:
                skip_to = retired.end()
                continue  # "Komjen Pol (Purn) Budi": a retired rank's mark among the titles
            nick = QUOTED_NICKNAME.match(text, tm.start()) if start is not None and tm.group() in QUOTES else None
            if nick:  # 'Wardi "Ucok" Simanjuntak': a nickname in quotes inside the name
                skip_to = end = nick.end(1)
                continue
            if end is not None and text[end:tm.start()].strip():
                break
            if end is not None and "\n" in text[end:tm.start()]:
                break
            tok = tm.group()
            bare = tok.rstrip(".")
            if start is None and ministry and tok == ",":
                ministry = False
                continue  # "Dirjen Bina Pembangunan Daerah Kemendagri, Rusdianto Dalimunte"
            acronym = MINISTRY_ACRONYM.match(text, tm.start()) if start is None and ministry and tok == "(" else None
            if acronym:  # "Menteri X Republik Indonesia (Menx) Budi": the post's acronym after the country
                skip_to = acronym.end()
                continue
            if not bare[:1].isalpha():
                break
            low = bare.lower()
            rank = self._force_rank(text, p, tm.start()) if start is None else None
            if rank:
                skip_to = rank
                continue  # "Danlanal X Kolonel Laut (P) Budi", "Laksamana Pertama TNI Budi"
            if start is None and low in self.skip_words:
                continue  # an abbreviated field of an assistant: "Asisten II Ekbang H. Amir"
            if start is None and low.replace(".", "") in self.honorifics and low not in ADDRESS_FORMS:
                continue  # "dr. Mochamad ...", "AKBP Andhika ..."
            if start is None and (MINISTRY.match(low) or (low == "republik" and text[tm.end():tm.end() + 10]
                                                          .strip().lower().startswith("indonesia"))):
                ministry = True
                continue  # "Dirjen Dukcapil Kemendagri Bambang Arifianto": the ministry is no part of the name
            if start is None and ministry and low == "indonesia":
                continue  # "Menteri PU Republik Indonesia, Budi"
            if start is None and low in ADDRESS_FORMS:
                nxt = TOKEN_RE.match(text, tm.end() + 1) if text[tm.end():tm.end() + 1] == " " else None
                if nxt and nxt.group()[:1].isupper() and nxt.group().rstrip(".").lower() not in self.not_names \
                        and nxt.group().lower() not in self.position_starts:
                    continue  # "Ketua TP PKK, Ibu Kustini": the address form is no part of the name
                return None
            if start is None and tok.endswith(".") and 2 <= len(bare) <= 3 and low not in NAME_ABBREVS \
                    and low not in self.not_names and not bare.isupper() and bare[:1].isupper():
                continue  # an abbreviated title the list lacks: "Drs. Ec. H. Slamet" (not initials: "AR. Budi")
            if start is None and ((low in self.not_names and not self._month_name(text, low, tm.end()))
                                  or (possessive(low) and not self._name_follows(text, tm.end()))
                                  or low.startswith("se-")  # "Rakorbup Se-Jawa Tengah": "all of", no name
                                  or low in self.position_starts or low in self.units or low in self.positions
                                  or (len(bare) >= 4 and bare.isupper() and not text.isupper())):
                return None
            if verb_like(low, self.verbs) or (start is None and not local and derived_noun(low)) \
                    or (not local and (headline_verb(low) or (start is not None and LOWER_VERB.match(low)))
                        and self._read[0] is text and on_title_line(text, self._read[1], tm.start())):
                if start is None:
                    return None  # "Bupati Sleman Hadir", "Wali Kota X Resmikan Taman"
                break  # "Bupati X Budi Berpulang", "... Budi Diminta": a headline's verb after the name
            if start is not None and low in NAME_LINKERS:
                nxt = TOKEN_RE.match(text, tm.end() + 1)
                if nxt and nxt.group()[:1].isupper() and text[tm.end():tm.end() + 1] == " ":
                    count += 1
                    end = tm.end()
                    continue  # "Ahmad Sarifudin bin Ahmad"
            if not (bare[:1].isupper()):
                if start is None and count == 0 and tm.start() > p and self._lower_word(low) \
                        and self._is_honorific(text[p:tm.start()].split()[-1]) \
                        and NEXT_CAPITALISED.match(text, tm.end()):
                    start, count, end = tm.start(), 1, tm.end()
                    continue  # "Drs. budi Hartono": a first name in lower case after a degree
                if start is not None and self._lower_name_word(text, low, tm.end()):
                    count += 1
                    end = tm.end()
                    continue  # "Rina kartika Dewi", "Tuta sekarwangi, Kepala ...": a name's word typed in lower case
                break
            if start is not None and (low in self.days or low in self.position_starts or bare in UNIT_TYPES
                                      or (low in self.units and bare.isupper() is False and len(bare) > 3)
                                      or (low in self.glued_heads and NEXT_CAPITALISED.match(text, tm.end()))):
                break  # "Bupati A, Bupati B": the next position starts; "Budi Bagian Umum": an office follows
            if start is not None and low in ADAT_TITLES and tok.endswith(".") != (low == "datuk"):
                if not NEXT_CAPITALISED.match(text, tm.end()):
                    break
                count += 1
                end = tm.end()
                continue  # "Budi Dt. Rajo Mudo": a Minangkabau title of custom and its words are part of the name
            if start is None:
                start = tm.start()
            count += 1
            if tok.endswith(".") and not (len(bare) == 1 or low in self.honorifics or low in NAME_ABBREVS
                                          or (start == tm.start() and bare.isupper() and len(bare) <= 3)
                                          or self._glued_on(text, tm.end(), bare)):
                end = tm.start() + len(bare)  # a full stop after a name ends the sentence
                break
            end = tm.end()
            if count >= 7:
                break
        if start is None:
            return None
        tail = LOWER_LAST.match(text, end)
        if tail and (tail.group("comma") or (tail.group("next") and self._is_honorific(tail.group("next")))) \
                and self._is_honorific(tail.group("degree")) and self._lower_word(tail.group("word")):
            end = tail.end("word")  # "Budi hartono, SH", "Budi hartono SE,MSM": a last name in lower case
        return start, end

    def _glued_on(self, text: str, pos: int, before: str) -> bool:
        """A name's part glued after the full stop at ``pos`` (``before`` the word the stop ends), no blank between:
        one initial after a name ("Budi.A"), a name's word after an initial of capitals ("Budi CH.Ani"); no degree
        ("Budi.M.Si", "Budi.AP"), source credit ("Budi.KOMPAS"), common word ("Budi.Rombongan"), place ("Budi
        AR.Semarang") nor a next sentence's bare initial ("Budi.M Sari")."""
        run = GLUED_RUN.match(text, pos)
        if not run or self._is_honorific(run.group()):
            return False
        word = run.group().rstrip(".")
        if len(word) == 1:  # "Budi.A, SE"; not "Budi.S. Sos" (a degree written apart), "Budi.M Sari" (a sentence
            # run on that opens with a name's bare initial)
            return word.isupper() and not run.group().endswith(".") and not NEXT_CAPITALISED.match(text, run.end())
        return before.isupper() and len(before) <= 3 and word[:1].isupper() and word[1:].islower() \
            and len(word) >= 3 and self._name_like(word) and word.lower() not in self.region_starts  # "AR.Semarang"

    def _force_rank(self, text: str, begin: int, pos: int) -> int | None:
        """The end of a rank written in words at ``pos`` ("Laksamana Muda"), or of a branch of the forces after a rank
        read before it since ``begin`` ("Kolonel Laut (P)"); None when neither is written there."""
        rank = FORCE_RANK.match(text, pos)
        if rank:
            return rank.end()
        before = text[begin:pos].split()
        branch = FORCE_BRANCH.match(text, pos) if before and self._is_honorific(before[-1]) else None
        return branch.end() if branch else None

    def _name_follows(self, text: str, pos: int) -> bool:
        """A name's word right after ``pos``: capitalised, no honorific, common word or office ("Suryanya Atmaja",
        not "Ketuanya Dra Hj ...", "Sorenya Gubernur ...")."""
        nxt = TOKEN_RE.match(text, pos + 1) if text[pos:pos + 1] == " " else None
        return bool(nxt) and not self._is_honorific(nxt.group()) and self._name_like(nxt.group())

    def _lower_name_word(self, text: str, low: str, end: int) -> bool:
        """A word of a name typed in lower case after its first capitalised word, ending at ``end``: a name's word
        follows ("Rina kartika Dewi"), or a comma or bracket closes the name ("Tuta sekarwangi, Kepala Dinas X"); never
        one before a full stop, which ends the sentence ("Budi geram. Sebab ...")."""
        if text[end - 1] == "." or len(low) < 3 or low in LOWER_STOPS or not self._lower_word(low) \
                or low in self.days or low in self.months:
            return False
        nxt = LOWER_NAME_NEXT.match(text, end)
        if not nxt:
            return False
        word = nxt.group("word")
        return word is None or (self._name_like(word) and word.lower() not in self.days
                                and word.lower() not in self.months and not self._is_honorific(word))

    def _lower_word(self, low: str) -> bool:
        """A lower-case word that may be part of a name: no function word, common word, office word or verb."""
        return not (low in FUNCTION_WORDS or low in self.not_names or low in self.position_words or low in UNIT_WORDS
                    or low in FIELD_WORDS or low in self.honorifics or low in LIST_INTRO_WORDS
                    or verb_like(low, self.verbs, lower=True) or derived_noun(low))

    def _written_lower(self, text: str, word: str) -> bool:
        """``word`` (a name read alone) is written in lower case elsewhere in ``text`` as an ordinary word, after a
        lower-case word that is no speech verb ("yang terutama", "sebuah anjungan"): a common word read as a holder in
        a title-cased line ("Bupati X Terutama ..."), not a name typed in lower case ("kata budi", "Drs budi"), nor a
        name the text also quotes as a speaker ("Camat X Bagus ... hasilnya bagus, kata Bagus")."""
        if any(SPEECH_BEFORE.search(text, max(0, m.start() - 30), m.start())
               for m in re.finditer(r"(?<![\w@./\-])" + re.escape(word) + r"(?!\w)", text)):
            return False
        low = word.lower()
        for m in re.finditer(r"(?<![\w@./\-])" + re.escape(low) + r"(?![\w@/\-])", text):
            before = PROSE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before and not SPEECH_BEFORE.search(text, before.start(), m.start()) \
                    and before.group(1) not in self.honorifics:
                return True
        return False

    def _bare_level_holder(self, text: str, pos: int) -> bool:
        """A holder's name of two words or more at ``pos``, after a bare level word, with no word that begins a region's
        name or names a country ("Provinsi Banyu Prasojo", not "Kabupaten Tanaraya Budi" where the gazetteer lacks the
        place, nor "Gubernur Provinsi Quezon Filipina")."""
        span = self._name(text, pos)
        words = text[span[0]:span[1]].split() if span else []
        return len(words) >= 2 and self._name_like(words[0]) \
            and not any(w.lower() in self.region_starts or w.lower() in self.abroad for w in words)

    def _month_name(self, text: str, low: str, end: int) -> bool:
        """A month's name opening a person's name: "Wakil Bupati Juli Hartanto", "Kadis Agustus Manurung" (a
        capitalised name word follows, no date or year)."""
        if low not in self.months:
            return False
        nxt = MONTH_NAME_NEXT.match(text, end)
        return bool(nxt) and nxt.group(1).lower() not in self.not_names and not self._office_word(nxt.group(1)) \
            and not verb_like(nxt.group(1).lower(), self.verbs)

    def _name_before(self, text: str, p: PositionMention, regions: list[RegionMention],
                     closed: bool = False) -> list[tuple[int, int]]:
        """Names written before their position: "Menurut Jiwu Nemar, Kepala Dinas Pariwisata Garut, ..."
        (an apposition closed by a comma, full stop or relative clause), "Dora Kenmo selaku Sekda Garut";
        a list sharing a plural position: "A dari Fraksi X, B, dan C selaku anggota Komisi I DPRD Y"."""
        offset = max(0, p.start - 160)
        before = text[offset:p.start]
        last = LAST_DEGREE.search(before)  # "Budi, MM Kepala Dinas X": no comma before the position
        if last and last.group(2).lower().replace(".", "") in self.honorifics \
                and last.group(2).lower() not in ADDRESS_FORMS:
            before = before[:last.start()] + ", "
        while True:  # "Ahmad Sarifudin, M.Si, Asisten I": degrees after the name
            d = TRAILING_DEGREE.search(before)
            if not d or d.group(2).lower().replace(".", "") not in self.honorifics:
                break
            before = before[:d.start()] + ", "
        sep = SEP_BEFORE.search(before)
        if not sep:  # "didampingi Letkol Budi Dandim X", "serta Bapak Budi Kepala Bidang X": a rank opens the name
            span = self._name_run(before.rstrip(" \t"), offset, regions) if before[-1:] in " \t" else None
            first = text[span[0]:span[1]].split()[0] if span else ""
            words = text[span[0]:span[1]].split() if span else []
            spoken = bool(span) and bool(SPEECH_BEFORE.search(text, max(0, span[0] - 12), span[0]))
            if not (1 if spoken else 2) <= len(words) <= 5 or all(self._is_honorific(w) for w in words):
                return []  # '"...," kata Budi Ketua DPRD X.': after a speech verb a name of one word too
            lead = INTRO_WORD.search(text, max(0, span[0] - 16), span[0])
            if self._is_honorific(first) or first.lower() in ADDRESS_FORMS \
                    or (lead and lead.group(1).lower() in ADDRESS_FORMS and lead.group(1)[:1].isupper()
                        and all(self._name_like(w) for w in words)):
                return [span]  # "serta Bapak Banyu Prasojo Gubernur X": the address form is left out of the name
            # "kata Banyu Prasojo Kepala Dinas X kepada ...", "Menurut Banyu Prasojo Kepala Dinas X, ...": a speech
            # word before the name, a comma or verb after the position
            said = lead and lead.group(1).lower() in self.name_intros
            if not said:  # "Sementara itu, Banyu Prasojo Kepala Dinas X mengatakan ...": a clause's opening before the
                # name, a speech verb after the position ("Piala Bupati X dibuka" names no one)
                opening = CLAUSE_OPENING.search(text, max(0, span[0] - 24), span[0]) if span[0] else None
                verb = SPEECH_AFTER.match(text, p.after)
                said = bool((span[0] == 0 or (opening and (opening.group(1) is None
                                                           or opening.group(1).lower() in NAME_INTRO)))
                            and verb and verb.group(1).lower() in self.speech_verbs)
            if said and len(words) <= 4 and all(self._name_like(w) and w.lower() not in ADDRESS_FORMS for w in words) \
                    and (APPOSITION_END.match(text, p.after) or VERB_CLOSE.match(text, p.after)
                         or (spoken and PLACE_CLOSE.match(text, p.after))):
                return [span]  # '"...," kata Budi Ketua DPRD X di Jakarta': a speech verb's holder, then a place
            return []
        kind = sep.group().strip(" \t,").split()[0].lower() if sep.group().strip(" \t,") else ","
        if kind == "(" and not OFFICE_THEN_CLOSE.match(text, p.after):
            return []  # "Budi (Kepala Dinas X)", "Ani (Dirjen Keuangan Daerah Kemendagri)" name them
        head = self._strip_item(before[:sep.start()])
        span = self._name_run(head, offset, regions, after_rank=kind != ",")
        if not span:
            return []
        said = SPEECH_BEFORE.search(text, max(0, span[0] - 12), span[0])  # '"...," kata Budi, Sekda X, di ...'
        if kind == "," and not closed and not said and not APPOSITION_END.match(text, p.after) \
                and not (VERB_CLOSE.match(text, p.after) and not CLAUSE_INTRO.search(text, max(0, span[0] - 12),
                                                                                     span[0])):
            return []  # "Tuga, Bupati Wajo Kenri ..." is a list, not an apposition
        spans = [span]
        if kind in ("selaku", "sebagai") and PLURAL_POSITION.match(p.canonical):
            while True:  # "A, B, dan C selaku anggota Komisi I": every listed name holds the position
                head = head[:spans[-1][0] - offset]
                link = LIST_BACK.search(head)
                if not link:
                    break
                head = self._strip_item(head[:link.start()])
                item = self._name_run(head, offset, regions)
                if not item:
                    break
                spans.append(item)
        return spans[::-1]

    def _name_like(self, word: str) -> bool:
        """A capitalised word that may be part of a name: no common word, verb or derived noun."""
        low = word.lower().rstrip(".,")
        return word[:1].isupper() and low not in self.not_names and not verb_like(low, self.verbs) \
            and not derived_noun(low) and low not in self.position_words and low not in UNIT_WORDS

    def _strip_item(self, head: str, degrees_only: bool = False) -> str:
        """``head`` without the degrees and the party written after its last name: "Ahmad, M.Si", "Budi dari
        Fraksi Golkar", "Ani (F-PKB)", "Cici, SE (Dapil 2)"; with ``degrees_only`` the degrees alone."""
        while True:
            m = TRAILING_ASIDE.search(head)
            if not m or (m.group("degree") and m.group("degree").lower().replace(".", "") not in self.honorifics) \
                    or (degrees_only and not m.group("degree")):
                return head
            head = head[:m.start()]

    def _name_run(self, head: str, offset: int, regions: list[RegionMention],
                  after_rank: bool = False) -> tuple[int, int] | None:
        """The span of the capitalised name that ends ``head`` (a prefix of the text at ``offset``); with
        ``after_rank`` a long run is cut after its last rank or title: "Ketua Satgas X AKBP Budi yang juga ..."."""
        m = NAME_RUN.search(head)
        if not m and after_rank:
            m = LONG_RUN.search(head)
            ranks = [w for w in re.finditer(r"\S+", m.group("name")) if self._is_honorific(w.group())] if m else []
            if not ranks or ranks[-1].end() >= len(m.group("name")):
                return None
            cut = m.start("name") + ranks[-1].end()
            m = NAME_RUN.search(head, cut - 1) if head[cut - 1:cut].strip() else None
            m = m or re.compile(r"[ \t]+(?P<name>.+)$").match(head, cut)
        if not m:
            return None
        words = list(re.finditer(r"\S+", m.group("name")))
        dashed = DASH.search(m.group(), 0, m.start("name") - m.start())  # "– Budi, Anggota DPRD X": after a dash
        stripped = False
        while words and (words[0].group().lower().rstrip(".") in NAME_INTRO
                         or words[0].group().lower().rstrip(".") in self.not_names
                         or possessive(words[0].group().lower())
                         or verb_like(words[0].group().lower(), self.verbs)):
            if words[0].group().lower() in self.local_titles:
                return None  # "Camat Dlingo, Lurah, ...": the place of a local head, not a name
            words.pop(0)  # "Menurut Budi", "Hadir Budi"
            stripped = True
        if dashed and stripped:
            return None  # "Hari itu – Selasa Pahing, Anggota DPRD X": a date after the dash, no name
        if not words or any(w.group().lower() in self.position_words
                            or (w.group().lower() in UNIT_WORDS and not _balinese(words, w))
                            or w.group().rsplit(".", 1)[-1].lower() in self.units
                            or MINISTRY.match(w.group().lower()) for w in words):
            return None  # "Ka.Bappeda, Kadis X", "Kemendagri, Menpan RB": an office, not a name
        span = (offset + m.start("name") + words[0].start(), offset + m.start("name") + words[-1].end())
        if any(r.start < span[1] and span[0] < r.end for r in regions):
            return None
        return span

    def clean_name(self, raw: str) -> str:
        """Drop honorifics/degrees at either end; keep initials ("R. Sudibyo") and "Moch."."""
        raw = QUOTED_NICKNAME.sub(" ", raw)  # 'Wardi "Ucok" Simanjuntak' is "Wardi Simanjuntak"
        tokens = [t for tok in raw.replace(",", " ").split() for t in self._unglue(tok)]
        tokens = self._before_next_sentence(tokens)
        while tokens and self._is_honorific(tokens[0]) and len(tokens) > 1:
            tokens.pop(0)
        while len(tokens) > 1:
            if len(tokens) > 2 and len(tokens[-2]) == 2 and tokens[-2].endswith(".") \
                    and self._is_honorific(tokens[-2] + tokens[-1]):
                del tokens[-2:]  # a degree written apart: "S. Sos", "M. Si"
            elif self._degree_apart(tokens):
                del tokens[-2:]  # the same with no full stop: "Budi S Ag", "Ani M AP"
            elif self._is_honorific(tokens[-1]):
                tokens.pop()
            else:
                break
        if len(tokens) == 1 and self._is_honorific(tokens[0]):
            return ""
        name = " ".join(tokens)
        return name if any(len(t.rstrip(".")) >= 2 for t in tokens) else ""

    def _before_next_sentence(self, tokens: list[str]) -> list[str]:
        """``tokens`` up to a full stop that ends the sentence inside them: a word of two letters or more (a name's
        word or a degree after one) written with a full stop, then a word that starts no name (``not_names``: the
        next sentence's pronoun, verb or common word, "Banyu Prasojo SE. Ia ...", "Banyu Prasojo MSi. Turut hadir
        ...", "Prasojo. Kunjungan itu ..."); a name word's full stop is dropped. Initials ("R. Banyu"), honorifics
        that open the name ("Dr. Banyu") and a title of custom after a degree ("SH. Dt. Rajo") are followed by a name
        word and stay; so does a shortened first name (``NAME_ABBREVS``) when more of the name follows the listed word
        ("Muh. Dewan Banyu")."""
        for i, token in enumerate(tokens[:-1]):
            if not token.endswith(".") or len(token.replace(".", "")) < 2 \
                    or tokens[i + 1].rstrip(".").lower() not in self.not_names:
                continue
            if token.rstrip(".").lower() in NAME_ABBREVS and i + 2 < len(tokens):
                continue  # "Muh. Dewan Banyu": a shortened first name, the name goes on past the listed word
            if not self._is_honorific(token):
                return tokens[:i] + [token.rstrip(".")]
            if not all(map(self._is_honorific, tokens[:i])):
                return tokens[:i + 1]
        return tokens

    def _degree_apart(self, tokens: list[str]) -> bool:
        """The last two of ``tokens`` are a degree written apart with no full stop after a name: "S Ag", "M AP" (an
        "S" or "M", then a capitalised word of two letters or more that spells a known degree with it)."""
        return len(tokens) > 2 and tokens[-2] in DEGREE_LETTERS and len(tokens[-1]) >= 2 \
            and tokens[-1][:1].isupper() and self._is_honorific(tokens[-2] + tokens[-1])

    def _unglue(self, token: str) -> list[str]:
        """ "H.Tulebo" -> "H.", "Tulebo"; "Dr.H.Budi" -> "Dr.", "H.", "Budi"; initials stay as written
        ("R.K.Tolangi", "M.Tirtomulyo")."""
        if self._is_honorific(token) or INITIALS.fullmatch(token):
            return [token]  # "Sp.PD", "S.Sos": one degree, not "Sp." and a name; "H.R.T": initials, no "H." (Haji)
        out = []
        while (m := GLUED_TITLE.match(token)) and self._is_honorific(m.group(1)):
            out.append(m.group(1))
            token = token[m.end():]
        return out + [token]

    def _is_honorific(self, token: str) -> bool:
        low = token.lower()
        if "." not in low:
            return low in self.honorifics
        return low.replace(".", "") in self.honorifics or glued_degrees(low, self.honorifics)


def glued_degrees(low: str, honorifics: frozenset[str]) -> bool:
    """Degrees glued by full stops with no blank, written as one word: "s.sos.m.ap" (s.sos + m.ap), "s.sp", "s.m.si":
    its parts cut into runs that each spell a known degree (or are one letter), a degree of two letters or more among
    them; not initials ("r.k") nor an initial glued to a name ("a.budiman", "ch.wirya")."""
    parts = [p for p in low.split(".") if p]
    if len(parts) < 2:
        return False
    # reach[i]: the parts before i are cut into degrees; the second value: a real degree among them
    reach: list[tuple[bool, bool]] = [(True, False)] + [(False, False)] * len(parts)
    for i in range(len(parts)):
        if not reach[i][0]:
            continue
        for j in range(i + 1, len(parts) + 1):
            run = "".join(parts[i:j])
            if run in honorifics or (j == i + 1 and len(run) == 1):
                degree = reach[i][1] or (run in honorifics and len(run) >= 2)
                if not reach[j][0] or (degree and not reach[j][1]):
                    reach[j] = (True, degree)
    return reach[-1] == (True, True)


def possessive(low: str) -> bool:
    """A word with the suffix -nya, no name: "Menurutnya", "Buktinya", "Sorenya" (seven letters or more)."""
    return len(low) >= 7 and low.endswith("nya")


BALINESE_NAMES = frozenset(w.lower() for w in WORDS["balinese"])


def _balinese(words: list[re.Match], w: re.Match) -> bool:
    """ "I" starting a Balinese name ("I Nyoman Budi"), not a roman numeral ("Wakil Ketua I")."""
    at = words.index(w)
    return w.group() == "I" and at + 1 < len(words) and words[at + 1].group().lower() in BALINESE_NAMES


def only_in_titles(off: Official, spans: tuple[tuple[int, int], ...]) -> bool:
    """Every mention of ``off`` lies inside a title-cased line (``spans``: ``title_lines``)."""
    return all(any(s <= a and b <= e for s, e in spans) for a, b in off.mentions)


def outside_titles(found: list[Official], text: str, spans: tuple[tuple[int, int], ...]) -> list[Official]:
    """``found`` without the "names" read only in title-cased lines (the headline, a "Baca juga" link, a line
    written like a headline) that hold a word the text writes in lower case elsewhere: a common word, capitalised
    by the headline's style ("Bupati X Sambut Tamu": "sambut", "Sekda X Promosi Kuliner": "promosi"), unless the
    text writes the whole name, with its capitals, outside such lines (``spans``: ``title_lines``)."""
    inside = [off for off in found if only_in_titles(off, spans)]
    if not inside:
        return found
    rest = list(text)
    for start, end in spans:
        rest[start:end] = "\n" * (end - start)
    rest_text = "".join(rest)
    dropped = [off for off in inside if not _whole_word(off.name, rest_text)
               and any(len(w) >= 3 and _whole_word(w.lower(), rest_text) for w in off.name.split())]
    return [off for off in found if off not in dropped]


def held_elsewhere(found: list[Official], spans: tuple[tuple[int, int], ...]) -> list[Official]:
    """``found`` without the "names" read only in title-cased lines (``spans``: ``title_lines``) after a post that
    an official named outside those lines holds, the same post of the same region, under a name that is not his
    (``merge_officials`` keeps the two apart): the line's words after the post are its holder's verb, epithet,
    place or nickname, not another holder ("Wali Kota X Tertarik ...", "Bupati Y Puji ...", "Gubernur Z Kang Ucok
    ..." with the holder named in full in the body). Members' posts ("Anggota DPRD", ``PLURAL_POSITION``) have
    many holders and are left."""
    body = [o for o in found if not only_in_titles(o, spans)]

    def other_holder(off: Official) -> bool:
        if not any(o.position == off.position and o.region == off.region for o in body):
            return False
        # not one found under a fuller name or a nickname ("Bupati Prasojo", "Prasjo"): a mention of his
        return not any(len(merge_officials([o, off])) == 1 for o in body)

    return [off for off in found if not (only_in_titles(off, spans) and not PLURAL_POSITION.match(off.position)
                                         and other_holder(off))]


def _whole_word(words: str, text: str) -> bool:
    """``words`` written in ``text`` as whole words, with their case, any spaces between them."""
    return re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)", text) is not None


def one_spelling(found: list[Official], text: str) -> list[Official]:
    """One spelling per person: a name written a letter or two apart in one article ("Khairunas" and "Khairunnas",
    "Budi Sasmito" and "Budi Sasmita") takes the form found most often, else the one ``text`` writes most often,
    else the longer, else the first."""
    names = list(dict.fromkeys(o.name for o in found))
    if len(names) < 2:
        return found
    count = {n: sum(o.name == n for o in found) for n in names}
    rename: dict[str, str] = {}
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if a in rename or b in rename or not _spelt_alike(a, b):
                continue
            keep = max((a, b), key=lambda n: (count[n], len(list(whole_occurrences(n, text))), len(n),
                                              -names.index(n)))
            rename[b if keep == a else a] = keep
    if not rename:
        return found
    return [dataclasses.replace(o, name=rename[o.name]) if o.name in rename else o for o in found]


def _spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name: as many words, the same first letter, at least 8 letters, and at most two
    letters apart (``difflib`` ratio >= .9)."""
    if len(a.split()) != len(b.split()) or a[:1].lower() != b[:1].lower() or min(len(a), len(b)) < 8 \
            or abs(len(a) - len(b)) > 2 or a.lower() == b.lower():
        return False
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.9
