"""Names in lists of programs: the items after "seperti / antara lain / yakni", a colon, an example word or a
learning verb (``_list_items``), those counted with ordinals ("pertama, X; kedua, Y": ``_ordinal_items``) and those
opening numbered or bulleted lines (``_line_items``). ``ProgramListReader`` is mixed into
``nlp.program_candidates.CandidateFinder``."""

from __future__ import annotations

import re

from nlp.program_names import camel, capitalised_run, e_service, generic_word, single_name
from nlp.program_patterns import (
    BRACKET_ONLY,
    BRACKETED,
    CLAUSE_AFTER,
    E_LOWER,
    E_LOWER_BEFORE,
    E_LOWER_COORD,
    GOVERNMENT_HEADS,
    ITEM_END,
    ITEM_NUMBER,
    ITEM_SEPARATOR,
    LIST_THEN,
    LOWER_ENGLISH,
    LOWER_THEN_NAME,
    NAME_TOKEN,
    NOT_PROGRAM_HEADS,
    ORDINAL,
    OWNER_AFTER,
    PLACE_KINDS,
    SENTENCE_END,
    TRIGGER_WORDS,
    VILLAGE_LEVELS,
)
from nlp.textutil import LIST_LINE


class ProgramListReader:
    """The list readers of the program finder (static: they read no attribute of the finder)."""

    @staticmethod
    def _list_items(text: str, pos: int, coined_only: bool, contiguous: bool = False) -> list[tuple[int, int]]:
        """Names in a list: "seperti Desa Pintar, layanan online, Si Ceria, dan Si Rajin". With ``coined_only``
        single capitalised words count; otherwise an item needs two capitalised words or a coined word.
        ``contiguous`` lists end at the first item that is no name ("Smart Dusun, serta pariwisata")."""
        end = len(text)
        for stop in (".\n", ". ", "\n", ";"):
            i = text.find(stop, pos)
            if 0 <= i < end:
                end = i
        if end == len(text) and text.endswith("."):
            end -= 1  # the text's last sentence
        items = []
        in_unit = False  # inside an owner's name split by the list's commas ("dari Dinas Perindustrian, Perdagangan")
        in_places = False  # after an item naming a place ("Desa Wisata X, Y, dan Z": Y and Z are places too)
        # a bracket explains its item, it holds no more items: "Lumbung Warga (Gudang Beras dan Benih), Lapak Tani"
        masked = BRACKETED.sub(lambda b: ITEM_SEPARATOR.sub(lambda k: "_" * len(k.group()), b.group()), text[pos:end])
        bounds = [pos] + [pos + i for k in ITEM_SEPARATOR.finditer(masked) for i in k.span()] + [end]
        for part in [text[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]:
            part_start = text.find(part, pos)
            if part_start < 0 or not part.strip():
                continue
            pos = part_start + len(part)
            then = LIST_THEN.match(part)  # "..., lalu Aksi Tani Cerdas atau ...": the next item
            if then:
                part, part_start = part[then.end():], part_start + then.end()
                in_unit = False
            number = ITEM_NUMBER.match(part)  # "yaitu 1) Kampung Cakap, 2) ..."
            if number:
                part, part_start = part[number.end():], part_start + number.end()
            if items and part.split()[0].isupper() and len(part.split()[0]) >= 3 \
                    and re.search(r"\batau\s+$", text[max(0, part_start - 8):part_start]):
                continue  # "Sistem Antrean Daring atau SIAD": the same program's acronym
            if part[:1].isupper():
                run = capitalised_run(text, part_start)
                words = text[run[0]:run[1]].split() if run else []
                if run and run[1] - run[0] >= len(part.rstrip()) - 1:
                    if words and ((" ".join(words).lower() + " ").startswith(PLACE_KINDS)
                                  or words[0].lower() in VILLAGE_LEVELS):
                        in_places = True
                    if not in_unit and (len(words) >= 2 or (coined_only and single_name(words[0])
                                                            and not in_places)):
                        items.append(run)
                    continue
                if run and len(words) >= 2 and BRACKET_ONLY.fullmatch(text, run[1], part_start + len(part)):
                    items.append(run)  # "Sekolah Tani Muda (STM)": the name and its acronym
                    continue
                owner = OWNER_AFTER.match(text, run[1]) if run else None
                if owner and (len(words) >= 2 or single_name(words[0])):
                    # "Kak Rosa dari Dinas Pariwisata", "Klinik Usaha (KU) dari Kabupaten X": a name and its owner
                    items.append(run)
                    in_unit = any(w.lower() in GOVERNMENT_HEADS | NOT_PROGRAM_HEADS
                                  for w in text[owner.end():part_start + len(part)].split())
                    continue
                if contiguous:
                    # "mempelajari Rumah Layanan Warga yang dibangun ...": the name, then the clause about it
                    if run and len(text[run[0]:run[1]].split()) >= 2 and CLAUSE_AFTER.match(text, run[1]) \
                            and not generic_word(text[run[0]:run[1]].split()[0]):
                        items.append(run)
                    break
                continue
            if any(w in GOVERNMENT_HEADS for w in part.lower().split()):
                in_unit = True  # "..., yang direplikasi Dinas Koperasi, UKM dan Perindustrian": the unit goes on
            if contiguous and not any(camel(t.group()) for t in NAME_TOKEN.finditer(part)):
                break
            lead = len(part) - len(part.lstrip())
            e_word = None if in_unit else E_LOWER.fullmatch(part.strip())
            if e_word and e_service(e_word, E_LOWER_BEFORE.search(text, max(0, part_start - 40), part_start)
                                     or E_LOWER_COORD.match(text, part_start + len(part.rstrip()))):
                items.append((part_start + lead, part_start + len(part.rstrip())))  # "antara lain e-absensi, e pasar"
                continue
            named = LOWER_THEN_NAME.fullmatch(part.rstrip())
            if named and not in_unit:
                # "seperti produk andalan kampung (Prodeska), ...": a program described, its name in brackets
                items.append((part_start + named.start(1), part_start + named.end(1)))
                continue
            low_words = part.split()
            if not in_unit and 2 <= len(low_words) <= 3 and part.islower() and not LOWER_ENGLISH.isdisjoint(low_words) \
                    and low_words[0] not in TRIGGER_WORDS and not generic_word(low_words[0]):
                items.append((part_start, part_start + len(part.rstrip())))  # "warga corner": a coined name
                continue
            for tok in NAME_TOKEN.finditer(part):  # "produk minuman tanyaKu"
                if camel(tok.group()):
                    items.append((part_start + tok.start(), part_start + tok.end()))
        return items

    @staticmethod
    def _ordinal_items(text: str, pos: int) -> list[tuple[int, int]]:
        """The items of "pertama, Layanan Antar Dokumen; kedua, smart dusun v 2.0 - urusan ...; ketiga, ...":
        in one sentence, each the words after an ordinal up to a dash, a bracket or the separator (at most six
        words, lower case allowed), when at least two ordinals follow each other."""
        end = SENTENCE_END.search(text, pos)
        stop = end.start() if end else len(text)
        ordinals = list(ORDINAL.finditer(text, pos, stop))
        if len(ordinals) < 2:
            return []
        items = []
        for k, m in enumerate(ordinals):
            piece_end = ordinals[k + 1].start() if k + 1 < len(ordinals) else stop
            piece = text[m.end():piece_end]
            lead = len(piece) - len(piece.lstrip(" \t,:"))
            body = ITEM_END.split(piece[lead:], maxsplit=1)[0]
            if k + 1 < len(ordinals) and not re.search(r"[;,][ \t]*(?:dan|serta)?[ \t]*$", piece):
                return []  # "pertama kali digelar": no list
            body = re.sub(r"[ \t;,]+(?:dan|serta)?[ \t]*$", "", body).rstrip(" ;,")
            words = body.split()
            if 1 <= len(words) <= 6 and not all(generic_word(w) for w in words):
                start = m.end() + lead
                items.append((start, start + len(body)))
        return items

    @staticmethod
    def _line_items(text: str, pos: int) -> list[tuple[int, int]]:
        """The names opening the numbered or bulleted lines after a list intro: "1. Sapa Warga (Sistem ...)",
        "- Kartu Sagu Lestari, untuk ..."; a line whose opening words are no capitalised name ends the list."""
        items = []
        for line in LIST_LINE.finditer(text, pos):
            if line.start() != pos:
                break
            pos = line.end()
            run = capitalised_run(text, line.start(1))
            if not run:
                break
            rest = text[run[1]:line.end()].strip()
            if rest and not rest.startswith(("(", ":", "-", "–", ",")) and not OWNER_AFTER.match(text, run[1]):
                continue  # a sentence, not a name
            items.append(run)
        return items
