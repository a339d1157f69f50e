"""Full profile: officials checked and completed with stanza's UPOS tags and dependencies.

- A name does not start with a verb, adposition, conjunction, pronoun or determiner, and trailing words of
  those classes are cut ("Bupati Sleman Meresmikan Pasar" names nobody).
- A position in apposition to a proper noun names that person even when the name comes first:
  "Sukirman, Bupati Lumajang, mengatakan ..." (``appos`` from the position to the name; the name is the
  PROPN head with its ``flat`` dependents).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

NOT_NAME_UPOS = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART"})
NAME_LINKS = frozenset({"flat", "flat:name", "flat:foreign"})


@dataclass(frozen=True, slots=True)
class W:
    """One word of a parsed sentence with character offsets."""

    index: int  # 1-based id in its sentence
    text: str
    upos: str | None
    head: int
    deprel: str | None
    start: int
    end: int


def words_of(doc: Any) -> list[list[W]]:
    out = []
    for sentence in doc.sentences:
        words = []
        for w in sentence.words:
            start = w.start_char if w.start_char is not None else w.parent.start_char
            end = w.end_char if w.end_char is not None else w.parent.end_char
            if start is None or end is None:
                continue
            words.append(W(w.id, w.text, w.upos, w.head or 0, w.deprel, start, end))
        out.append(words)
    return out


def has_syntax(doc: Any) -> bool:
    """The document went through a tagger and a parser (the full profile)."""
    first = next((s.words[0] for s in doc.sentences if s.words), None)
    return first is not None and first.upos is not None and first.deprel is not None


def check_names(officials: list, sentences: list[list[W]], text: str, clean: Any) -> list:
    """Cut or drop names whose words the tagger says are no proper-name words."""
    kept = []
    for off in officials:
        start, end = off.mentions[0]
        words = [w for s in sentences for w in s if start <= w.start < end]
        if words and words[0].upos == "VERB":  # "Bupati Sleman Meresmikan Pasar"
            continue
        while len(words) > 1 and words[-1].upos in NOT_NAME_UPOS:
            words.pop()
        if words and words[-1].end < end:
            name = clean(text[start:words[-1].end])
            if not name:
                continue
            off.name, off.mentions[0] = name, (start, words[-1].end)
        kept.append(off)
    return kept


def _grown_words(head: W, sentence: list[W], joins: Callable[[W], bool]) -> list[W] | None:
    """``head`` and the dependents ``joins`` takes, theirs in turn, in sentence order; None unless they stand
    together (the name spans of ``name_span`` and ``_subtree_name``)."""
    members = {head.index}
    changed = True
    while changed:
        changed = False
        for w in sentence:
            if w.index not in members and w.head in members and joins(w):
                members.add(w.index)
                changed = True
    ids = sorted(members)
    if ids != list(range(ids[0], ids[-1] + 1)):
        return None
    return [w for w in sentence if w.index in members]


def name_span(head: W, sentence: list[W]) -> tuple[int, int] | None:
    """The proper name around ``head``: it and its contiguous ``flat`` dependents, all PROPN."""
    words = _grown_words(head, sentence, lambda w: w.deprel in NAME_LINKS and w.upos == "PROPN")
    return None if words is None else (words[0].start, words[-1].end)


def appositive_officials(text: str, sentences: list[list[W]], positions: list, make: Any) -> list:
    """Officials whose position stands in apposition after their name: "Sukirman, Bupati Lumajang, ..."."""
    found = []
    for p in positions:
        for sentence in sentences:
            first = next((w for w in sentence if w.start == p.start), None)
            if first is None:
                continue
            # the position phrase's own head: walk up while the head lies inside the position span
            word = first
            by_id = {w.index: w for w in sentence}
            while word.head in by_id and p.start <= by_id[word.head].start < p.end:
                word = by_id[word.head]
            if word.deprel != "appos" or word.head not in by_id:
                break
            head = by_id[word.head]
            if head.upos != "PROPN" or head.start >= p.start:
                break
            span = name_span(head, sentence)
            if span and text[span[1]:p.start].strip() in (",", "", "–", "-"):
                official = make(span, p)
                if official:
                    found.append(official)
            break
    return found


def refine_officials(doc: Any, found: list, finder: Any, regions: list, body_start: int = 0) -> list:
    """Apply the UPOS and dependency rules above to the rule-based ``found`` officials of ``doc``."""
    sentences = words_of(doc)
    kept = check_names(found, sentences, doc.text, finder.clean_name)
    have = {o.mentions[0] for o in kept}
    used = {o.position_span for o in found}  # positions the name after them already took
    region_spans = [(m.start, m.end) for m in regions]

    def personal(span: tuple[int, int]) -> bool:
        """No position, unit or region words: "Pelayanan Terpadu Satu Pintu" is no person."""
        if any(s < span[1] and span[0] < e for s, e in region_spans):
            return False
        return not finder.has_office_word(doc.text[span[0]:span[1]])

    positions = [p for p in finder.position_mentions(doc.text, regions) if (p.start, p.end) not in used]
    extra = appositive_officials(doc.text, sentences, positions,
                                 lambda span, p: finder.make(doc.text, span, p, regions, body_start)
                                 if personal(span) else None)
    return kept + [o for o in extra if o.mentions[0] not in have]


# verbs whose object, when a proper name, is a program: "menerapkan Simonalis", "mempelajari Smart Dusun"
# ("memperkenalkan" and "menggelar" are left out: they introduce tourist sites and meetings as often)
PROGRAM_VERBS = frozenset("""meluncurkan mengembangkan menerapkan mempelajari mereplikasi mengadopsi menggagas
menciptakan menginisiasi menjalankan memanfaatkan menggunakan memaparkan meniru mencontoh menggulirkan mencanangkan
melaunching mengaplikasikan mengimplementasikan mengusung""".split())
LEARN_VERBS = frozenset("belajar tertarik berguru menimba mempelajari".split())
ABOUT = frozenset("tentang mengenai soal terkait dengan pada akan".split())
# places and sites named as objects are no programs: "memaparkan Bukit Doda"
PLACE_HEADS = frozenset("""bukit pantai gunung danau pulau taman goa gua air curug telaga pura candi pasar alun-alun
jalan desa kelurahan kecamatan dusun sungai hutan kebun pelabuhan bandara stasiun""".split())
PROGRAM_LINKS = frozenset({"flat", "flat:name", "flat:foreign", "compound", "amod", "nummod"})


def _subtree_name(head: W, sentence: list[W]) -> tuple[int, int] | None:
    """The capitalised name headed by ``head``: it and its contiguous name-like dependents."""
    words = _grown_words(head, sentence, lambda w: w.deprel in PROGRAM_LINKS
                         and (w.text[:1].isupper() or w.text[:1].isdigit()))
    if words is None or not words[0].text[:1].isupper():
        return None
    return words[0].start, words[-1].end


def object_programs(doc: Any) -> list[tuple[int, int]]:
    """Proper names that are the object of a program verb, and the names joined to them by ``conj``:
    "Pemkab menerapkan Simonalis dan Lapor Pak" (the free profile cannot tell such a name from a person's
    or a place's; callers drop regions, officials and institutions)."""
    out = []
    for sentence in words_of(doc):
        by_id = {w.index: w for w in sentence}
        for w in sentence:
            if w.upos != "PROPN" or w.deprel not in ("obj", "obl", "conj") or w.head not in by_id:
                continue
            first = w
            if w.deprel == "conj":  # "menerapkan A dan B": B's head is A, an object of the verb
                first = by_id[w.head]
                if first.deprel not in ("obj", "obl") or first.upos != "PROPN" or first.head not in by_id:
                    continue
            verb = by_id[first.head]
            if first.deprel == "obj" and verb.text.lower() not in PROGRAM_VERBS:
                continue
            if first.deprel == "obl" and not (verb.text.lower() in LEARN_VERBS and any(
                    c.head == first.index and c.deprel == "case" and c.text.lower() in ABOUT for c in sentence)):
                continue  # "belajar tentang Simonalis", "tertarik dengan Smart Dusun"
            span = _subtree_name(w, sentence)
            if span and doc.text[span[0]:span[1]].split()[0].lower() not in PLACE_HEADS:
                out.append(span)
    return out
