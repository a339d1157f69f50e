"""Checks of the reference lexicons in data/: formats, allowed values and consistency with regions.csv."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"

NAME_PARTICLES = {
    "i", "ni", "made", "ketut", "nyoman", "putu", "wayan", "gede", "kadek", "komang", "gusti", "ida", "bagus",
    "ayu", "luh", "dewa", "anak", "agung", "cokorda", "raden", "r", "mas", "sri", "ratu", "andi", "teuku",
    "tengku", "cut", "gus",
}
ALIAS_KINDS = {"abbreviation", "spelling", "nickname", "official"}
POSITION_LEVELS = {"kabupaten", "kota", "provinsi", "region", "national", "village", "district"}
POSITION_KINDS = {"title", "prefix", "head", "unit"}
CUE_ROLES = {"kind", "learn", "arrive", "receive", "not_visit", "led_by", "with_group", "stopover", "planned",
             "urged", "called_off", "hoped", "happened", "national", "visit", "abroad", "model", "adopt", "at_home",
             "organisation", "chosen_verb", "met_verb", "training_head", "training_body", "for_the_group_verb",
             "visiting_verb", "redirected", "count_about", "count_with", "count_total", "count_noun", "count_companion",
             "count_part", "trip_word", "own_tour", "governed_place", "planned_after", "count_together",
             "together_verb", "consult", "receive_manner", "national_course", "course_trip", "national_trainer",
             "send", "group_part", "group_part_ordinal", "regions_association", "courtesy"}
# data/government_words.csv: the buildings and rooms of a region's government (nlp/officials.py, nlp/visit_rules.py)
BUILDING_KINDS = {"building", "building_official", "building_visit", "room", "room_name"}
TYPE_WORDS = ("Dinas", "Badan", "Bagian", "Subbagian", "Bidang", "Seksi", "Biro", "Kantor", "Satuan", "Subbidang")


def read_csv(name: str, header: list[str]) -> list[dict[str, str]]:
    """Read data/NAME strictly: UTF-8, the exact header, the right number of fields on every line."""
    path = DATA / name
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        assert next(reader) == header, f"{name}: header must be {','.join(header)}"
        rows = []
        for line_no, fields in enumerate(reader, start=2):
            assert len(fields) == len(header), f"{name}:{line_no}: {len(fields)} fields, not {len(header)}"
            assert all(f == f.strip() for f in fields), f"{name}:{line_no}: stray whitespace"
            rows.append(dict(zip(header, fields, strict=True)))
    assert rows, f"{name} is empty"
    return rows


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def bare_name(name: str) -> str:
    """A canonical name without its level word: "Kota Serang" -> "serang"."""
    return norm(re.sub(r"^(Provinsi|Kabupaten|Kota) ", "", name))


@pytest.fixture(scope="module")
def regions() -> dict[str, dict[str, str]]:
    rows = read_csv("regions.csv", ["code", "level", "name", "official_name", "province_code", "capital",
                                    "latitude", "longitude", "area_km2", "population", "split_from"])
    return {row["code"]: row for row in rows}


@pytest.fixture(scope="module")
def aliases() -> list[dict[str, str]]:
    return read_csv("region_aliases.csv", ["alias", "code", "kind", "note"])


@pytest.fixture(scope="module")
def positions() -> list[dict[str, str]]:
    return read_csv("positions.csv", ["pattern", "position", "level", "kind"])


@pytest.fixture(scope="module")
def cues() -> list[dict[str, str]]:
    return read_csv("visit_cues.csv", ["cue", "kind", "role", "comment"])


def test_regions_gazetteer_is_complete(regions):
    levels = defaultdict(int)
    for row in regions.values():
        levels[row["level"]] += 1
    assert dict(levels) == {"provinsi": 38, "kabupaten": 416, "kota": 98}


def test_split_from_names_an_existing_older_province(regions):
    # a province split from an older one (nlp/visit_places.py: the older one contains its regions), chains end (no
    # cycle)
    split = {code: row["split_from"] for code, row in regions.items() if row["split_from"]}
    assert split, "no split province recorded"
    for code, older in split.items():
        assert regions[code]["level"] == "provinsi" and regions[older]["level"] == "provinsi", code
        seen = {code}
        while older:
            assert older not in seen, code
            seen.add(older)
            older = regions[older]["split_from"]


def test_alias_rows_are_complete_and_valid(aliases, regions):
    for row in aliases:
        assert row["alias"] and row["code"] and row["kind"] and row["note"], row
        assert row["kind"] in ALIAS_KINDS, row
        assert row["code"] in regions, f"alias {row['alias']!r}: unknown code {row['code']}"


def test_aliases_have_no_conflicting_duplicates(aliases):
    codes: dict[str, set[str]] = defaultdict(set)
    for row in aliases:
        codes[norm(row["alias"])].add(row["code"])
    conflicts = {alias: sorted(c) for alias, c in codes.items() if len(c) > 1}
    assert not conflicts
    counts = defaultdict(int)
    for row in aliases:
        counts[norm(row["alias"])] += 1
    assert not [a for a, n in counts.items() if n > 1], "an alias is listed twice"


def test_aliases_are_not_mechanical_or_canonical_forms(aliases, regions):
    """The tagger derives "Kabupaten X", "Kota X", "Provinsi X" and bare X itself: listing them is noise.

    Short forms of the Jakarta "Kota/Kabupaten Administrasi" names ("Jakarta Pusat") are listed on purpose.
    """
    canonical = {norm(r[column]) for r in regions.values() for column in ("name", "official_name")}
    bare = {bare_name(r["name"]) for r in regions.values()}
    for row in aliases:
        alias = norm(row["alias"])
        assert alias not in canonical and alias not in bare, f"{row['alias']!r} is derived from regions.csv"
        assert not re.match(r"(pemkab|pemkot|pemprov|kab\.) ", alias), f"{row['alias']!r} is mechanical"


def test_short_aliases_do_not_pick_one_side_of_a_same_name_pair(aliases, regions):
    """"Tasik" could be Kabupaten or Kota Tasikmalaya: an alias without a level word must name one region."""
    bare: dict[str, int] = defaultdict(int)
    for row in regions.values():
        bare[bare_name(row["name"])] += 1
    for row in aliases:
        has_level = re.match(r"(kabupaten|kota|provinsi) ", norm(row["alias"]))
        if row["kind"] in ("abbreviation", "spelling") and not has_level:
            target = bare_name(regions[row["code"]]["name"])
            assert bare[target] == 1, f"{row['alias']!r} picks one of the regions named {target!r}"


def test_alias_markers_are_known(aliases):
    for row in aliases:
        assert set(re.findall(r"\[(\w+)\]", row["note"])) <= {"case", "context"}, row


def test_alias_table_covers_the_issue_examples(aliases, regions):
    by_alias = {norm(r["alias"]): regions[r["code"]]["name"] for r in aliases}
    expected = {
        "jatim": "Provinsi Jawa Timur", "kalbar": "Provinsi Kalimantan Barat",
        "ntb": "Provinsi Nusa Tenggara Barat",
        "diy": "Provinsi Daerah Istimewa Yogyakarta", "lambar": "Kabupaten Lampung Barat",
        "kukar": "Kabupaten Kutai Kartanegara", "tanbu": "Kabupaten Tanah Bumbu",
        "padangsidempuan": "Kota Padangsidimpuan", "palangkaraya": "Kota Palangka Raya",
        "bau-bau": "Kota Bau Bau",
        "bumi blambangan": "Kabupaten Banyuwangi", "kota pahlawan": "Kota Surabaya",
    }
    for alias, name in expected.items():
        assert by_alias.get(alias) == name, alias
    assert len(by_alias) >= 200


def test_position_rows_are_complete_and_valid(positions):
    for row in positions:
        assert row["pattern"] and row["position"], row
        assert row["level"] in POSITION_LEVELS, row
        assert row["kind"] in POSITION_KINDS, row
        assert row["position"] == row["position"].strip() and "  " not in row["position"], row


def test_positions_have_unique_patterns(positions):
    counts = defaultdict(int)
    for row in positions:
        counts[norm(row["pattern"])] += 1
    assert not [p for p, n in counts.items() if n > 1]


def test_positions_are_written_out_without_region(positions, regions):
    names = {re.sub(r"^(Provinsi|Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) ", "", r["name"])
             for r in regions.values()}
    abbreviations = {"Sekda", "Kadis", "Kaban", "Kabag", "Wabup", "Wagub", "Plt", "Pj", "Kades"}
    for row in positions:
        words = row["position"].replace(",", " ").split()
        assert not abbreviations & set(words), row
        assert not any(re.search(rf"\b{re.escape(n)}\b", row["position"]) for n in names if len(n) > 4), row


def test_position_examples_from_the_issue(positions):
    by_pattern = {norm(r["pattern"]): (r["position"], r["kind"]) for r in positions}
    assert by_pattern["sekda"] == ("Sekretaris Daerah", "title")
    assert by_pattern["wabup"] == ("Wakil Bupati", "title")
    assert by_pattern["walikota"] == ("Wali Kota", "title")
    assert by_pattern["wawali"] == ("Wakil Wali Kota", "title")
    assert by_pattern["plt"] == ("Pelaksana Tugas", "prefix")
    assert by_pattern["pj."] == ("Penjabat", "prefix")
    assert by_pattern["kadis"] == ("Kepala Dinas", "head")
    assert by_pattern["bapeda"] == ("Bappeda", "unit")
    assert by_pattern["dinkes"] == ("Dinas Kesehatan", "unit")
    assert by_pattern["menkominfo"] == ("Menteri Komunikasi dan Informatika", "title")
    assert by_pattern["ketua tp pkk"] == ("Ketua Tim Penggerak PKK", "title")


def test_units_and_heads_follow_the_combination_rules(positions):
    """Typed heads end in a type word; prefixes and heads never carry a region level of their own."""
    for row in positions:
        if row["kind"] in ("prefix", "head"):
            assert row["level"] in ("region", "national", "provinsi"), row
        if row["kind"] == "head" and row["pattern"].lower().startswith("ka") and row["pattern"] != "Kalak":
            if not row["pattern"].lower().startswith("kepala"):
                assert row["position"].split()[-1] in TYPE_WORDS, row


def test_honorifics_are_normalised_tokens_without_name_particles():
    lines = (DATA / "honorifics.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 100
    assert len(lines) == len(set(lines)), "duplicate honorific"
    for line in lines:
        assert re.fullmatch(r"[a-z]+", line), f"{line!r} is not normalised (lowercase, no dots)"
    assert not NAME_PARTICLES & set(lines), NAME_PARTICLES & set(lines)
    for required in ("h", "hj", "ir", "dr", "drs", "msi", "se", "sh", "ssos", "spd", "mm", "prof"):
        assert required in lines, required


def test_visit_cues_are_valid(cues):
    seen = set()
    for row in cues:
        assert row["cue"] and row["role"] in CUE_ROLES, row
        # kind is set for role=kind; "companion" marks the count nouns of the ones an official takes along,
        # "capitals" a national_trainer acronym matched as written, in capitals only ("LAN", not "lan"), "makeup"
        # a verb of a count that also tells a body's make-up ("beranggotakan")
        companion = (row["role"], row["kind"]) == ("count_noun", "companion")
        makeup = (row["role"], row["kind"]) == ("count_total", "makeup")
        capitals = (row["role"], row["kind"]) == ("national_trainer", "capitals")
        assert not capitals or row["cue"].isupper(), f"a capitals row is written in capitals: {row}"
        assert (row["role"] == "kind") == bool(row["kind"]) or companion or makeup or capitals, \
            f"kind set exactly for role=kind: {row}"
        key = (norm(row["cue"]), row["role"])  # a cue may serve several roles, once each
        assert key not in seen, f"duplicate cue {row['cue']!r} for role {row['role']}"
        seen.add(key)
    kinds = {norm(r["cue"]): r["kind"] for r in cues if r["role"] == "kind"}
    assert kinds["kunker"] == "kunjungan kerja"
    assert {"studi banding", "studi tiru", "studi terap", "kunjungan kerja"} <= set(kinds.values())
    assert {r["role"] for r in cues} == CUE_ROLES
    # a courtesy cue is passed over only where a plain visit cue opens an article (VisitFinder._plain_visit)
    assert {norm(r["cue"]) for r in cues if r["role"] == "courtesy"} <= {norm(r["cue"]) for r in cues
                                                                          if r["role"] == "visit"}


def test_count_together_cues_are_ber_and_a_numeral(cues):
    # delegation_size.count reads the number after "ber": "bertiga" is three
    from nlp.delegation_size import number

    for row in cues:
        if row["role"] == "count_together":
            cue = row["cue"].lower()
            assert cue.startswith("ber") and number(cue[3:]) >= 2, row


def test_not_names_are_valid():
    rows = read_csv("not_names.csv", ["word", "kind", "comment"])
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words)), "duplicate word"
    for row in rows:
        assert re.fullmatch(r"[a-z][a-z'\-]*", row["word"]), row
        assert row["kind"] in {"caption", "verb", "headline", "common", "day", "month", "skip", "party"}, row
    assert {"foto", "photo"} <= set(words)


PROGRAM_KINDS = {"group_word", "number_word", "quantity_word", "time_deictic", "not_verb", "program_cue", "quoted_cue",
                 "trigger", "lead_trigger", "name_only_trigger", "kind_word", "english", "english_place", "head",
                 "not_head", "never_head", "event", "government_head", "generic", "one_word_generic",
                 "generic_activity", "award",
                 "facility", "common_acronym", "government", "concept", "place", "topic_head", "organisation",
                 "medium", "document", "cued_head", "not_after_head", "not_before_head", "village_level",
                 "also_indonesian", "time", "coined_suffix", "clause_word", "stop_after", "name_connector",
                 "name_joiner", "participant", "nation", "designation", "naming_verb", "named_trigger",
                 "event_opener", "event_phrase", "e_service_word", "not_unit_head", "building_head",
                 "central_office", "room_use", "region_service", "site_head"}


def test_program_words_are_valid():
    rows = read_csv("program_words.csv", ["word", "kind", "comment"])
    pairs = [(r["word"], r["kind"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "duplicate row"
    for word, kind in pairs:
        assert word == word.lower().strip() and word and kind in PROGRAM_KINDS, (word, kind)
    assert {k for _, k in pairs} == PROGRAM_KINDS
    assert {"program", "inovasi", "aplikasi", "layanan"} <= {w for w, k in pairs if k == "trigger"}
    kinds: dict[str, set[str]] = {}
    for word, kind in pairs:
        kinds.setdefault(kind, set()).add(word)
    # a trigger's roles are kinds of its own row: each word with a role is a trigger (or, for the words naming
    # programs before a list, a word a trigger can be)
    assert kinds["lead_trigger"] | kinds["name_only_trigger"] <= kinds["trigger"]
    assert kinds["kind_word"] <= kinds["trigger"]
    assert kinds["named_trigger"] <= kinds["trigger"]
    for kind in ("place", "topic_head", "organisation", "medium", "lead_trigger", "name_only_trigger", "kind_word",
                 "designation", "naming_verb", "named_trigger"):
        assert all(re.fullmatch(r"[a-z][a-z\-]*(?: [a-z][a-z\-]*)*", w) for w in kinds[kind]), kind
    assert not kinds["topic_head"] & kinds["head"], "a topic head opens no program name"
    # a clause word also ends a lower-case name (program_patterns.E_FUNCTION_WORDS reads stop_after alone)
    assert kinds["clause_word"] <= kinds["stop_after"]


def test_function_words_are_valid():
    rows = read_csv("function_words.csv", ["word", "language"])
    pairs = [(r["word"], r["language"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "duplicate row"
    for word, language in pairs:
        assert re.fullmatch(r"[a-z]+", word) and language in {"id", "en"}, (word, language)
    assert not {w for w, lang in pairs if lang == "id"} & {w for w, lang in pairs if lang == "en"}


def test_region_words_are_valid():
    rows = read_csv("region_words.csv", ["word", "kind", "comment"])
    pairs = [(r["word"], r["kind"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "duplicate row"
    kinds = {kind for _, kind in pairs}
    assert kinds == {"block_before", "media_name", "block_after", "org_head", "weak_name", "near_direction",
                     "kabupaten_word", "kota_word", "provinsi_word", "type_word", "direction",
                     "category_level", "category_qualifier", "category_intro", "place_in", "place_preposition",
                     "own_acronym", "office_before", "branch", "ruler_title", "link_office", "district_before",
                     "people"}
    for word, _ in pairs:
        assert re.fullmatch(r"[a-z0-9]+(?:[ -][a-z0-9]+)*", word), word  # "antara lain", "masing-masing"
    from nlp.lexicon import region_words
    assert region_words()["weak_name"] >= {"batu", "metro"} and "desa" in region_words()["block_before"]
    words = region_words()
    level_words = [words[f"{level}_word"] for level in ("kabupaten", "kota", "provinsi")]
    assert not (level_words[0] & level_words[1] or level_words[0] & level_words[2] or level_words[1] & level_words[2])
    assert words["type_word"] <= level_words[0] | level_words[1] | level_words[2]  # a type word fixes a level
    assert {"utara", "tenggara"} <= words["direction"] and "pemkab" in level_words[0]
    # a category's level word fixes the level of the bare names listed after it (nlp/regions.py CATEGORY_LIST)
    assert words["category_level"] <= level_words[0] | level_words[1] | level_words[2]
    assert {"yaitu", "antara lain", "di antaranya"} <= words["category_intro"] and "lain" in words["category_qualifier"]


def test_government_words_are_valid():
    rows = read_csv("government_words.csv", ["word", "kind", "comment"])
    words = [r["word"] for r in rows]
    # a building word is read apart from the others ("kantor" is an office and a building)
    building = [r["word"] for r in rows if r["kind"] in BUILDING_KINDS]
    named = [r["word"] for r in rows if r["kind"] not in BUILDING_KINDS]
    assert len(named) == len(set(named)) and len(building) == len(set(building)), "a word has one kind"
    assert {r["kind"] for r in rows} == {"government", "council", "secretariat", "office", "office_acronym", "head",
                                         "office_acronym_opening"} | BUILDING_KINDS
    assert all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", w) for w in words)
    from nlp.lexicon import government_words
    words_by_kind = government_words()
    assert {"pemkab", "pemko"} <= set(words_by_kind["government"]) and "dprd" in words_by_kind["council"]
    assert "sekda" in words_by_kind["head"] and "sekretariat daerah" in words_by_kind["secretariat"]


COMPANION_READERS = {"delegation", "companion", "along", "take", "with_head", "takes_along", "added", "size_companions",
                     "about_delegation", "after_name", "and_more", "lone_part", "goes_with", "shared_members"}


def test_companion_words_are_valid():
    """The words joining a person to a delegation, its head or its count: one row a word, with every reader."""
    rows = read_csv("companion_words.csv", ["word", "readers", "comment"])
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words)), "a word has one row"
    assert all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", w) for w in words)
    assert rows[0]["comment"]
    readers = [r["readers"].split() for r in rows]
    assert all(rs and len(rs) == len(set(rs)) for rs in readers)
    assert {reader for rs in readers for reader in rs} == COMPANION_READERS
    from nlp.lexicon import companion_words
    by_reader = companion_words()
    # the take verbs (their bare forms, "ajak", only in headline shapes) are read by every sizes pattern of taking along
    take_verbs = {word for word in by_reader["take"] if word.startswith("me")}
    assert take_verbs and set(by_reader["take"]) <= set(by_reader["size_companions"])
    for reader in ("with_head", "takes_along", "about_delegation"):
        assert take_verbs <= set(by_reader[reader]), reader
    assert "didampingi" in by_reader["delegation"] and "turut serta" in by_reader["along"]
    # a word adding a part to a count ("dan 5 staf") also makes a count after it a part of the group (_lone_count)
    assert set(by_reader["and_more"]) <= set(by_reader["lone_part"])
    # a longer word is listed before the word that opens it (file order is the alternation's order)
    for words_of in by_reader.values():
        for i, word in enumerate(words_of):
            assert not any(later != word and later.startswith(word + " ") for later in words_of[i + 1:]), word


def test_government_words_agree_with_program_and_official_words():
    """The words of a region's government are written in three files, each for its finder: they must agree."""
    from nlp.lexicon import government_words, load_words, official_words
    government = government_words()
    officials = official_words()
    program_government = {w for w, kind in load_words("program_words.csv") if kind == "government"}
    assert set(government["government"]) == program_government
    one_word_secretariats = {w for w in government["secretariat"] if " " not in w}
    assert set(government["government"]) | one_word_secretariats <= set(officials["region_lead"])
    # "DPR Papua Barat": the officials finder reads a DPR before its region; the visit finder leaves "DPR" (mostly
    # the national parliament) out
    assert set(officials["council_lead"]) - {"dpr"} <= set(government["council"])
    assert {"setdako", "setprov"} <= one_word_secretariats and "dprp" in government["council"]


@pytest.mark.parametrize("name, header, kind", [
    ("program_words.csv", ["word", "kind", "comment"], "kind"),
    ("visit_cues.csv", ["cue", "kind", "role", "comment"], "role"),
    ("not_names.csv", ["word", "kind", "comment"], "kind"),
    ("region_words.csv", ["word", "kind", "comment"], "kind"),
    ("government_words.csv", ["word", "kind", "comment"], "kind"),
])
def test_each_kind_says_what_it_is_on_its_first_row(name, header, kind):
    """A vocabulary file explains each kind (or role) in the ``comment`` of its first row."""
    first: dict[str, str] = {}
    for row in read_csv(name, header):
        first.setdefault(row[kind], row["comment"])
    assert all(first.values()), [k for k, comment in first.items() if not comment]
