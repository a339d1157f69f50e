"""The officials finder's vocabulary lives in data/official_words.csv, read through nlp/lexicon.py."""

from __future__ import annotations

import csv

from nlp_helpers import officials as officials_in

from nlp import (
    lexicon,
    official_lists,
    official_merge,
    official_names,
    official_patterns,
    official_regions,
    official_titles,
    officials,
    program_patterns,
)

KINDS = {"field", "functional_head", "functional_title", "not_public", "force_unit", "force_rank", "force_grade",
         "force_branch", "party_body", "typo_head",
         "topic_committee", "program_owner", "vertical", "name_intro", "region_lead", "council_lead", "name_linker",
         "address_form", "branch_open_head",
         "name_abbrev", "name_lead", "balinese", "open_head", "regional_open_head", "kantor_of", "speech_verb",
         "spoken_of_cue", "head_of_region_cue", "reported_cue", "then_aside", "sub_unit", "unit_type", "unit_skip",
         "field_joiner", "national_level", "local_level", "civic_head", "list_intro", "unit_gap_word",
         "unit_gap_joiner", "unit_gap_stop", "national_head", "ministry", "national_body",
         "person_noun", "written_out_head", "event_word", "place_head", "foreign_mission", "lower_stop",
         "received_word", "company_head", "company_name_word",
         "regional_office_word", "committee_head"}


def _rows() -> list[dict[str, str]]:
    with (lexicon.DATA_DIR / "official_words.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def test_official_words_file_is_valid():
    rows = _rows()
    assert rows and set(rows[0]) == {"word", "kind", "comment"}
    assert {r["kind"] for r in rows} == KINDS
    seen = set()
    for row in rows:
        assert row["word"] == row["word"].strip() and row["word"], row
        assert (row["word"].lower(), row["kind"]) not in seen, row
        seen.add((row["word"].lower(), row["kind"]))
    for kind in KINDS:  # every kind says what it is for, on its first row
        assert next(r for r in rows if r["kind"] == kind)["comment"], kind


def test_one_unit_word_set_for_officials_and_programs():
    assert official_patterns.UNIT_WORDS is program_patterns.UNIT_WORDS is lexicon.unit_words()
    assert {"dinkes", "bappeda", "kesehatan", "perdagangan"} <= official_patterns.UNIT_WORDS
    assert official_patterns.FIELD_WORDS <= official_patterns.UNIT_WORDS


def test_vocabulary_from_data_reaches_the_rules():
    assert officials.FORCE_UNIT.match(" Polres Sukamaju")
    assert officials.COMPASS_TAIL.match(" Utara Budi")
    assert "dpc" in official_titles.PARTY_BODIES and "sekretaris" in officials.TYPO_HEADS
    assert "Widyaiswara" in official_titles.FUNCTIONAL_FIRST
    assert "Pranata Komputer" in official_titles.FUNCTIONAL_HEADS
    assert "Dekranasda" in official_merge.NOT_PUBLIC_OFFICES
    assert {"Dinas", "Badan", "Subbidang"} <= official_patterns.UNIT_TYPES
    assert "dinas" not in official_patterns.UNIT_TYPES
    assert official_titles.UNIT_SKIP == {"bidang", "tim"} and official_titles.SMALL == {"dan", "serta"}


def test_levels_come_from_data_and_exist_in_positions():
    """The level groups name levels that positions.csv uses (``nasional`` and ``pusat`` are synonyms)."""
    used = {level for _, _, level, _ in lexicon.load_positions()}
    assert "national" in officials.NATIONAL and official_patterns.LOCAL == {"district", "village"}
    assert official_patterns.LOCAL <= used and "national" in used


def test_name_words_come_from_data():
    """The stop-lists once written in officials.py are read from data/ (not_names.csv, official_words.csv)."""
    finder = officials.OfficialFinder(lexicon.load())
    assert {"juli", "rombongan", "senin"} <= finder.not_names and "senin" in finder.days
    assert {"resmikan", "hadir"} <= finder.verbs
    assert official_patterns.NOT_NAME == finder.not_names
    assert "ibu" in official_names.ADDRESS_FORMS and "moch" in official_patterns.NAME_ABBREVS
    assert "menurut" in official_names.NAME_INTRO
    assert "pemkab" in official_patterns.REGION_LEADS and "dprk" in official_regions.COUNCIL_LEADS
    assert "Deputi" in official_titles.OPEN_HEADS and "Koordinator" in official_titles.REGIONAL_OPEN_HEADS


def test_districts_named_with_a_compass_word_take_the_region_finders_directions() -> None:
    from nlp.lexicon import region_words
    from nlp.officials import COMPASS_TAIL

    for word in region_words()["direction"]:
        assert COMPASS_TAIL.match(f" {word.capitalize()} Budi"), word


def test_the_party_asides_read_the_one_party_list(monkeypatch) -> None:
    """The parties' short names are read once (``official_patterns.PARTIES``): the patterns and the party asides
    after a name ("Budi (PKB)") use that set; the finder keeps no copy of its own."""
    assert official_lists.PARTIES is official_patterns.PARTIES
    text = "Rapat DPRD Kota Kediri dihadiri Rano Kelimutu (PKB) dan Sekar Nirmala (Golkar)."
    assert officials_in(text) == [("Rano Kelimutu", "Anggota DPRD", "Kota Kediri"),
                                  ("Sekar Nirmala", "Anggota DPRD", "Kota Kediri")]
    monkeypatch.setattr(official_lists, "PARTIES", frozenset({"pkb"}))
    assert officials_in(text) == [("Rano Kelimutu", "Anggota DPRD", "Kota Kediri")]
