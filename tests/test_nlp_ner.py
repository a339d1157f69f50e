"""The full profile's NER model: gold -> BIOES conversion and alignment (invented sentences), the officials
and programs hooks, the training command's input checks, and the trained model when it is present."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from nlp import Tagger
from nlp.ner import (
    PROGRAM_VETO,
    UNIT_REACH,
    Entity,
    NerScoresError,
    _Emissions,
    _marginals,
    check_officials,
    checked_programs,
    ner_model,
    program_emissions,
    vetoed_programs,
)
from nlp.ner_data import Span, article_sentences, bioes, choose, label_counts, letter_of, letter_order, split_of
from nlp.official_merge import Official
from nlp.pipeline import KUNKER_PROCESSORS, components
from nlp.train_ner import SETTINGS, build_data, main, run_settings, train

ROOT = Path(__file__).resolve().parent.parent


def _models() -> Path | None:
    from nlp.models import default_models_dir

    models = default_models_dir()
    return models if models and (models / "pretrain.pt").exists() else None


MODELS = _models()
NER = ner_model(MODELS) if MODELS else None


def tagged(article: dict) -> list[str]:
    """``token/TAG`` for every labelled token, in order."""
    return [f"{w['text']}/{w['ner']}" for s in article_sentences(article) for w in s if w["ner"] != "O"]


def gold(officials: list[tuple[str, str]] = (), programs: list[str] = ()) -> dict:
    return {"officials": [{"name": n, "position": p, "region": None} for n, p in officials],
            "programs": list(programs)}


def test_names_positions_and_short_forms_are_labelled() -> None:
    article = {"id": "x", "title": "Bupati Temu Warga", "gold": gold([("Rahmat Widodo Sakti", "Bupati")]),
               "text": "Bupati Nusa Raya, Drs. Rahmat Widodo Sakti, M.Si menerima tamu. Menurut Sakti, warga puas."}
    assert tagged(article) == ["Bupati/S-POSITION", "Bupati/S-POSITION", "Rahmat/B-PERSON", "Widodo/I-PERSON",
                               "Sakti/E-PERSON", "Sakti/S-PERSON"]


def test_name_words_out_of_order_or_lower_case_are_not_labelled() -> None:
    article = {"id": "x", "title": "", "gold": gold([("Budi Harjo", "Camat")]),
               "text": "Harjo Budi bukan dia. Tanah harjo luas. Camat Budi Harjo hadir."}
    assert tagged(article) == ["Camat/S-POSITION", "Budi/B-PERSON", "Harjo/E-PERSON"]


def test_a_deputy_is_never_half_labelled() -> None:
    article = {"id": "x", "title": "", "gold": gold([("Ani Lestari", "Bupati")]),
               "text": "Wakil Bupati Joko hadir. Bupati Ani Lestari membuka acara."}
    assert tagged(article) == ["Bupati/S-POSITION", "Ani/B-PERSON", "Lestari/E-PERSON"]


def test_positions_match_case_insensitively_and_longest_wins() -> None:
    article = {"id": "x", "title": "", "gold": gold([("Sri Handayaningsih", "Ketua Komisi II DPRD"),
                                                     ("Andi Saputra", "Anggota Komisi II DPRD")]),
               "text": "Rombongan dipimpin ketua Komisi II DPRD Sri Handayaningsih bersama anggota Komisi II DPRD "
                       "Andi Saputra."}
    assert tagged(article) == ["ketua/B-POSITION", "Komisi/I-POSITION", "II/I-POSITION", "DPRD/E-POSITION",
                               "Sri/B-PERSON", "Handayaningsih/E-PERSON", "anggota/B-POSITION", "Komisi/I-POSITION",
                               "II/I-POSITION", "DPRD/E-POSITION", "Andi/B-PERSON", "Saputra/E-PERSON"]


def test_programs_with_and_without_their_lead_word() -> None:
    article = {"id": "x", "title": "", "gold": gold(programs=["Program Kampung Cerdas", "Si Cepat"]),
               "text": "Program Kampung Cerdas dipaparkan. Warga memakai aplikasi si cepat. Kampung Cerdas maju."}
    assert tagged(article) == ["Program/B-PROGRAM", "Kampung/I-PROGRAM", "Cerdas/E-PROGRAM", "si/B-PROGRAM",
                               "cepat/E-PROGRAM", "Kampung/B-PROGRAM", "Cerdas/E-PROGRAM"]


def test_a_program_with_its_acronym_is_also_labelled_where_either_stands_alone() -> None:
    article = {"id": "x", "title": "", "gold": gold(programs=["Kota Bersih Lestari (KOBRA)"]),
               "text": "Program Kota Bersih Lestari (KOBRA) dimulai. KOBRA diikuti warga. Kota Bersih Lestari maju."}
    assert tagged(article) == ["Kota/B-PROGRAM", "Bersih/I-PROGRAM", "Lestari/I-PROGRAM", "(/I-PROGRAM",
                               "KOBRA/I-PROGRAM", ")/E-PROGRAM", "KOBRA/S-PROGRAM", "Kota/B-PROGRAM",
                               "Bersih/I-PROGRAM", "Lestari/E-PROGRAM"]


def test_a_span_across_a_sentence_break_is_dropped() -> None:
    article = {"id": "x", "title": "", "gold": gold(programs=["Desa Maju. Sejahtera"]),
               "text": "Ada Desa Maju. Sejahtera datang."}
    assert tagged(article) == []


def test_title_is_part_of_the_document() -> None:
    article = {"id": "x", "title": "Wali Kota Dewi Anggraini Terima Tamu", "text": "Tamu datang.",
               "gold": gold([("Dewi Anggraini", "Wali Kota")])}
    sentences = article_sentences(article)
    assert [w["text"] for w in sentences[0]][:4] == ["Wali", "Kota", "Dewi", "Anggraini"]
    assert [w["ner"] for w in sentences[0]][:4] == ["B-POSITION", "E-POSITION", "B-PERSON", "E-PERSON"]
    assert label_counts(sentences) == {"PERSON": 1, "POSITION": 1, "PROGRAM": 0}


def test_bioes_and_overlaps() -> None:
    assert bioes(5, [Span(0, 0, "PERSON"), Span(2, 4, "PROGRAM")]) == [
        "S-PERSON", "O", "B-PROGRAM", "I-PROGRAM", "E-PROGRAM"]
    assert choose([Span(1, 2, "POSITION"), Span(0, 2, "POSITION"), Span(2, 3, "PERSON")]) == [
        Span(0, 2, "POSITION")]


def test_split_is_fixed_by_the_id() -> None:
    splits = [split_of(f"a-{i}") for i in range(300)]
    assert splits == [split_of(f"a-{i}") for i in range(300)]
    assert 40 <= splits.count("holdout") <= 80 and 15 <= splits.count("dev") <= 50


def test_build_data_writes_stanza_data_and_the_heldout_gold(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": f"a-{i}", "title": "", "text": "Bupati Ani Lestari hadir.",
             "gold": gold([("Ani Lestari", "Bupati")])} for i in range(30)]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    stats = build_data(corpus, tmp_path / "out")
    held = (tmp_path / "out" / "holdout.jsonl").read_text(encoding="utf-8").splitlines()
    train = json.loads((tmp_path / "out" / "train.json").read_text(encoding="utf-8"))
    assert len(held) == stats["holdout"]["articles"] == sum(split_of(r["id"]) == "holdout" for r in rows)
    assert len(train) == stats["train"]["sentences"] == stats["train"]["articles"] > 0
    assert train[0] == [{"text": "Bupati", "ner": "S-POSITION"}, {"text": "Ani", "ner": "B-PERSON"},
                        {"text": "Lestari", "ner": "E-PERSON"}, {"text": "hadir", "ner": "O"},
                        {"text": ".", "ner": "O"}]


def test_build_data_through_a_letter_keeps_the_shards_written_up_to_it(tmp_path: Path) -> None:
    # shard letters run c .. z, aa, ab ...: "--through ad" leaves out ae and later, not z
    assert sorted(["ab", "c", "z", "aa", "ae"], key=letter_order) == ["c", "z", "aa", "ab", "ae"]
    assert [letter_of(i) for i in ("c1-001", "ad12-040", "am3-004")] == ["c", "ad", "am"]
    corpus = tmp_path / "c.jsonl"
    ids = [f"{letter}{n}-00{k}" for letter in ("c", "z", "aa", "ad", "ae", "am") for n in (1, 2) for k in range(5)]
    rows = [{"id": i, "title": "", "text": "Bupati Ani Lestari hadir.", "gold": gold([("Ani Lestari", "Bupati")])}
            for i in ids]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    stats = build_data(corpus, tmp_path / "out", through="ad")
    assert sum(s["articles"] for s in stats.values()) == 40
    held = [json.loads(line)["id"] for line in (tmp_path / "out" / "holdout.jsonl").read_text().splitlines()]
    assert held and not any(i.startswith(("ae", "am")) for i in held)
    assert sum(s["articles"] for s in build_data(corpus, tmp_path / "all").values()) == 60


def test_build_data_names_a_bad_line(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "x", "gold": {}}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"c\.jsonl:2: not JSON"):
        build_data(corpus, tmp_path / "out")


def test_build_data_names_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text('{"id": "a", "text": "x", "gold": {}}\n', encoding="utf-8")
    bad.write_bytes(b'{"id": "b", "text": "x", "gold": {}}\n{"id": "c", "text": "caf\xe9", "gold": {}}\n')
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: not UTF-8 text"):
        build_data([good, bad], tmp_path / "out")


def test_train_command_without_corpus_is_one_line(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "nlp.train_ner", "--corpus", str(tmp_path / "none.jsonl")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"{tmp_path / 'none.jsonl'}: no such corpus file"


def test_step_limits_reach_stanza_and_nothing_else_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from stanza.models import ner_tagger

    seen: list[list[str]] = []
    monkeypatch.setattr(ner_tagger, "main", lambda args: seen.append(list(args)))
    train(tmp_path, tmp_path / "pretrain.pt", tmp_path / "m.pt", run_settings(6000, 2000))
    train(tmp_path, tmp_path / "pretrain.pt", tmp_path / "m.pt")
    longer, default = ({k: v for k, v in zip(a, [*a[1:], ""], strict=True) if k.startswith("--")} for a in seen)
    assert longer["--max_steps"] == "6000" and longer["--max_steps_no_improve"] == "2000"
    assert default["--max_steps"] == str(SETTINGS["max_steps"])
    assert {k: v for k, v in longer.items() if "max_steps" not in k} == \
        {k: v for k, v in default.items() if "max_steps" not in k}
    assert run_settings() == SETTINGS and run_settings(max_steps=10)["max_steps_no_improve"] == \
        SETTINGS["max_steps_no_improve"]


def test_train_command_refuses_no_steps(capsys: pytest.CaptureFixture) -> None:
    assert main(["--max-steps", "0"]) == 2
    assert capsys.readouterr().err.strip() == "--max-steps: must be a positive number of steps"


# -- the hooks, with entities given by hand ---------------------------------------------------------------

def doc_with(text: str, ents: list[tuple[str, str]]) -> SimpleNamespace:
    spans = []
    for phrase, label in ents:
        start = text.index(phrase)
        spans.append(Entity(start, start + len(phrase), label))
    return SimpleNamespace(text=text, kunker_ner=spans)


def regions_of(text: str) -> list:
    from nlp.regions import resolve

    parts = components()
    mentions = parts.regions.find(text)
    resolve(mentions, parts.lexicon.regions)
    return mentions


def test_person_after_a_position_becomes_an_official() -> None:
    text = "Kunjungan diterima Sekretaris Daerah Kabupaten Sleman Budi Harjo di aula."
    doc = doc_with(text, [("Budi Harjo", "PERSON")])
    out = check_officials(doc, [], components().officials, regions_of(text))
    assert [(o.name, o.position, o.region) for o in out] == [("Budi Harjo", "Sekretaris Daerah", "34.04")]


def test_a_balinese_name_opening_with_i_is_a_person() -> None:
    # round 23: "I" before a Balinese birth-order name is no roman numeral ("Komisi I"): the name is the
    # model's PERSON after the position; a span of "I" and one word stays no name ("Komwil I Sumbar")
    text = "Hadir Perbekel Sukasari, Kecamatan Tegalrejo, I Wayan Sukarta dan Ketua Komwil I Barat."
    doc = doc_with(text, [("I Wayan Sukarta", "PERSON"), ("I Barat", "PERSON")])
    out = check_officials(doc, [], components().officials, regions_of(text))
    assert [(o.name, o.position) for o in out] == [("I Wayan Sukarta", "Perbekel")]


def test_a_units_acronym_in_brackets_may_stand_before_the_name() -> None:
    # round 23: "Kepala Balai Tata Air (BTA) Wilayah Barat, Ani" - the unit's acronym in brackets is one of the
    # unit's capitalised words between the position and the model's name
    text = "Kunjungan diterima Kepala Balai Tata Air (BTA) Wilayah Barat, Ani Lestari, di aula."
    doc = doc_with(text, [("Ani Lestari", "PERSON")])
    out = check_officials(doc, [], components().officials, regions_of(text))
    assert [o.name for o in out] == ["Ani Lestari"]


def test_person_before_a_comma_position_becomes_an_official() -> None:
    text = "Menurut Budi Harjo, Kepala Bappeda Kabupaten Sleman, kunjungan itu penting."
    doc = doc_with(text, [("Budi Harjo", "PERSON")])
    out = check_officials(doc, [], components().officials, regions_of(text))
    assert [(o.name, o.position) for o in out] == [("Budi Harjo", "Kepala Bappeda")]


def test_model_position_stands_in_when_the_rules_know_none() -> None:
    text = "Hadir pula koordinator lapangan Budi Harjo."
    doc = doc_with(text, [("koordinator lapangan", "POSITION"), ("Budi Harjo", "PERSON")])
    out = check_officials(doc, [], components().officials, regions_of(text))
    assert [(o.name, o.position) for o in out] == [("Budi Harjo", "Koordinator Lapangan")]


def test_person_without_a_position_or_already_found_adds_nothing() -> None:
    text = "Budi Harjo datang. Bupati Sleman Ani Lestari hadir."
    doc = doc_with(text, [("Budi Harjo", "PERSON"), ("Ani Lestari", "PERSON")])
    finder = components().officials
    regions = regions_of(text)
    found = finder.find(text, regions)
    assert [o.name for o in found] == ["Ani Lestari"]
    assert check_officials(doc, found, finder, regions) == found


def test_the_rules_officials_stay_whatever_the_model_reads_there() -> None:
    # no title before the name; a member's post (a single holder's would take the name after the comma)
    text = "Anggota Komisi II DPRD Karangtenah, Budi Harjo menerima rombongan."
    finder = components().officials
    regions = regions_of(text)
    found = finder.find(text, regions)
    assert [o.name for o in found] == ["Karangtenah"]  # the rules take the misspelt place for the name
    doc = doc_with(text, [("Anggota Komisi II DPRD Karangtenah", "POSITION")])
    assert check_officials(doc, found, finder, regions, rules=found) == found
    assert check_officials(SimpleNamespace(text=text), found, finder, regions) == found  # no NER model


def test_an_official_only_the_syntax_step_found_needs_a_person() -> None:
    text = "Kepala Dinas Pariwisata Sleman Hemat Warna hadir. Sekretaris Daerah Sleman Budi Harjo juga hadir."
    finder = components().officials
    regions = regions_of(text)
    rules = finder.find(text, regions)
    assert [o.name for o in rules] == ["Hemat Warna", "Budi Harjo"]
    syntax = rules[:1]  # as if only the parser had read "Hemat Warna" as a name
    found = rules[1:] + syntax
    by_rules = rules[1:]
    assert [o.name for o in check_officials(doc_with(text, []), found, finder, regions, rules=by_rules)] == [
        "Budi Harjo"]
    with_person = doc_with(text, [("Hemat Warna", "PERSON")])
    assert [o.name for o in check_officials(with_person, found, finder, regions, rules=by_rules)] == [
        "Budi Harjo", "Hemat Warna"]
    assert check_officials(SimpleNamespace(text=text), found, finder, regions, rules=by_rules) == found


def test_a_list_after_a_position_shares_it() -> None:
    text = "Hadir anggota Komisi B DPRD (Budi Harjo, Ani Lestari, dan Joko Sutrisnanto) serta wartawan Dedi."
    doc = doc_with(text, [("Budi Harjo", "PERSON"), ("Ani Lestari", "PERSON"), ("Joko Sutrisnanto", "PERSON"),
                          ("Dedi", "PERSON")])
    out = check_officials(doc, [], components().officials, regions_of(text))
    assert [(o.name, o.position) for o in out] == [("Budi Harjo", "Anggota Komisi B DPRD"),
                                                   ("Ani Lestari", "Anggota Komisi B DPRD"),
                                                   ("Joko Sutrisnanto", "Anggota Komisi B DPRD")]


def test_a_list_opened_after_a_position_takes_it() -> None:
    text = "Widyaiswara pendamping rombongan adalah Budi Harjo dan Ani Lestari, sedangkan sopirnya Dedi."
    doc = doc_with(text, [("Budi Harjo", "PERSON"), ("Ani Lestari", "PERSON"), ("Dedi", "PERSON")])
    out = check_officials(doc, [], components().officials, regions_of(text))
    assert [(o.name, o.position) for o in out] == [("Budi Harjo", "Widyaiswara"), ("Ani Lestari", "Widyaiswara")]


def test_no_list_across_a_sentence_or_another_name() -> None:
    finder = components().officials
    text = "Hadir Widyaiswara Budi Harjo. Pendampingnya adalah Ani Lestari."
    doc = doc_with(text, [("Budi Harjo", "PERSON"), ("Ani Lestari", "PERSON")])
    assert [o.name for o in check_officials(doc, [], finder, regions_of(text))] == ["Budi Harjo"]
    text = "Widyaiswara menyapa Budi Harjo yang pendampingnya adalah Ani Lestari."
    doc = doc_with(text, [("Budi Harjo", "PERSON"), ("Ani Lestari", "PERSON")])
    assert check_officials(doc, [], finder, regions_of(text)) == []


def test_the_model_continues_a_list_the_rules_began() -> None:
    text = ("Anggota Komisi B DPRD ikut dalam rombongan, di antaranya Budi harjo putra, H. Ani Lestari,, Joko "
            "Sutrisnanto, dan beberapa staf.")
    finder = components().officials
    regions = regions_of(text)
    found = finder.find(text, regions)
    assert [o.name for o in found] == ["Budi"]  # the rules stop at the two words in lower case
    doc = doc_with(text, [("Budi harjo putra", "PERSON"), ("Ani Lestari", "PERSON"), ("Joko Sutrisnanto", "PERSON")])
    out = check_officials(doc, found, finder, regions, rules=found)
    assert [(o.name, o.position) for o in out] == [("Budi", "Anggota Komisi B DPRD"),
                                                   ("Ani Lestari", "Anggota Komisi B DPRD"),
                                                   ("Joko Sutrisnanto", "Anggota Komisi B DPRD")]


def test_a_rules_name_only_in_headings_needs_the_model() -> None:
    title = "Wali Kota Sleman Menyambut"
    text = f"{title}\n\nRombongan tiba di Sleman.\nBupati Sleman Budi Harjo menyambut mereka."
    finder = components().officials
    regions = regions_of(text)
    # a headline's verb read as a name, as the rules once did (built by hand: the rules now drop such a word when
    # the body writes it in lower case; a headline name they keep must still meet the model)
    verb = text.index("Menyambut")
    found = [Official("Menyambut", "Wali Kota", None, [(verb, verb + len("Menyambut"))])]
    found += finder.find(text, regions, len(title) + 2)
    assert [o.name for o in found] == ["Menyambut", "Budi Harjo"]
    out = check_officials(doc_with(text, [("Budi Harjo", "PERSON")]), found, finder, regions, len(title) + 2, found)
    assert "Menyambut" not in [o.name for o in out] and "Budi Harjo" in [o.name for o in out]
    with_person = doc_with(text, [("Menyambut", "PERSON"), ("Budi Harjo", "PERSON")])
    assert "Menyambut" in [o.name for o in check_officials(with_person, found, finder, regions, len(title) + 2, found)]


def test_one_more_holder_of_a_post_and_a_post_after_a_name() -> None:
    assert added("Anggota DPRD Sleman lainnya, Budi Harjo, menilai kunjungan itu penting.",
                 [("Budi Harjo", "PERSON")]) == [("Budi Harjo", "Anggota DPRD")]
    assert added("Komisi IV DPRD Sleman diwakili Budi Harjo Sekretaris Komisi IV, serta warga.",
                 [("Budi Harjo", "PERSON")]) == [("Budi Harjo", "Sekretaris Komisi IV DPRD")]
    assert added("Rombongan disambut Budi Harjo sekretaris komisi.", [("Budi Harjo", "PERSON")]) == []


def test_a_short_name_of_an_official_found_is_one_more_mention() -> None:
    text = "Hadir Anggota Komisi III DPRD Sleman Budi Harjo. Anggota DPRD Sleman lainnya, Budi, menilai baik."
    finder = components().officials
    regions = regions_of(text)
    found = finder.find(text, regions)
    assert [o.name for o in found] == ["Budi Harjo"]
    again = text.index("Budi,")
    doc = SimpleNamespace(text=text, kunker_ner=[*doc_with(text, [("Budi Harjo", "PERSON")]).kunker_ner,
                                                 Entity(again, again + 4, "PERSON")])
    out = check_officials(doc, found, finder, regions, rules=found)
    assert [(o.name, len(o.mentions)) for o in out] == [("Budi Harjo", 2)]


def added(text: str, ents: list[tuple[str, str]], body_start: int = 0) -> list[tuple[str, str]]:
    """The officials ``check_officials`` makes of the model's entities when the rules found none."""
    doc = doc_with(text, ents)
    return [(o.name, o.position) for o in check_officials(doc, [], components().officials, regions_of(text),
                                                          body_start, [])]


def test_a_unit_or_place_the_rules_do_not_know_may_stand_between_position_and_name() -> None:
    assert added("Kepala Desa Sukamaju Kulon, Budi Harjo menyambut rombongan.", [("Budi Harjo", "PERSON")]) == [
        ("Budi Harjo", "Kepala Desa")]
    assert added("Rombongan diterima Kasubag Hukum Setda, Ani Lestari di aula.", [("Ani Lestari", "PERSON")]) == [
        ("Ani Lestari", "Kepala Subbagian Hukum")]
    assert added("Ketua Komisi II DPRD Kepulauan Seribu Raya, Budi Harjo menyatakan siap.",
                 [("Budi Harjo", "PERSON")]) == [("Budi Harjo", "Ketua Komisi II DPRD")]
    assert added("Ikut pula anggota DPRD dari Lembah Hijau Raya Budi Harjo.", [("Budi Harjo", "PERSON")]) == [
        ("Budi Harjo", "Anggota DPRD")]
    assert added("Turut menyambut Kepala Seksi Sarana & Prasarana Desa, Ani Lestari.", [("Ani Lestari", "PERSON")]) \
        == [("Ani Lestari", "Kepala Seksi Sarana")]
    assert added("Sekretaris Camat Rawa Kidul Budi Harjo memandu tamu.", [("Budi Harjo", "PERSON")]) == [
        ("Budi Harjo", "Sekretaris Camat")]


def test_no_unit_gap_over_an_official_the_rules_found() -> None:
    finder = components().officials
    for text, name in (("Wali Kota Fujimura, Kenji Tanaka menyambut delegasi.", "Kenji Tanaka"),
                       ("Kepala Desa Sukamaju Kulon Rahmat Sentosa, Budi Harjo hadir.", "Budi Harjo")):
        regions = regions_of(text)
        found = finder.find(text, regions)
        assert len(found) == 1 and found[0].name != name  # the rules read a name in the gap
        out = check_officials(doc_with(text, [(name, "PERSON")]), list(found), finder, regions, rules=list(found))
        assert [o.name for o in out] == [found[0].name], text


def test_no_unit_gap_over_a_company_school_hospital_foundation_or_foreign_body() -> None:
    for text in ("Rombongan disambut Direktur Utama PT Karya Tirta Mandiri, Budi Harjo di kantornya.",
                 "Rektor Universitas Nusa Kencana, Budi Harjo memberi sambutan.",
                 "Direktur Rumah Sakit Harapan Kita, Budi Harjo hadir.",
                 "Ketua Yayasan Cahaya Negeri, Budi Harjo hadir.",
                 "Gubernur Negara Bagian Sarawak Hulu, Budi Harjo menerima rombongan."):
        assert added(text, [("Budi Harjo", "PERSON")]) == [], text


@pytest.mark.parametrize("mission", ["Kedubes", "Konjen", "Kedutaan", "Konsulat"])
def test_no_unit_gap_over_a_foreign_mission_under_any_of_its_names(mission: str) -> None:
    text = f"Rombongan disambut Kepala Bagian Politik {mission} Sentosa, Budi Harjo di kantornya."
    assert added(text, [("Budi Harjo", "PERSON")]) == []


def test_no_unit_gap_over_a_day_a_month_or_a_number() -> None:
    for text in ("Rombongan diterima Kepala Desa Sukamaju, Kamis, Budi Harjo mengatakan desanya siap.",
                 "Kepala Desa Sukamaju Kulon Mei Budi Harjo hadir.",
                 "Kepala Desa Sukamaju 2024, Budi Harjo hadir."):
        assert added(text, [("Budi Harjo", "PERSON")]) == [], text


def test_a_unit_gap_has_a_reach_and_opens_after_a_space() -> None:
    near = "Kepala Desa Sukamaju Kulon Tengah Barat Laut Raya, Budi Harjo hadir."
    assert added(near, [("Budi Harjo", "PERSON")]) == [("Budi Harjo", "Kepala Desa")]
    far = "Kepala Desa Sukamaju Kulon Tengah Barat Laut Raya Indah Permai Sejahtera Makmur, Budi Harjo hadir."
    assert far.index("Budi") - far.index(" Sukamaju") > UNIT_REACH
    assert added(far, [("Budi Harjo", "PERSON")]) == []
    # a comma right after the position: "Kepala Desa" spoke, then an emcee
    assert added("Setelah sambutan Kepala Desa, Pembawa Acara Budi Harjo menutup acara.",
                 [("Budi Harjo", "PERSON")]) == []


def test_a_name_after_a_unit_gap_opens_no_list() -> None:
    assert added("Kepala Desa Sukamaju Kulon, Budi Harjo, serta Ani Lestari sebagai pembicara.",
                 [("Budi Harjo", "PERSON"), ("Ani Lestari", "PERSON")]) == [("Budi Harjo", "Kepala Desa")]


def test_no_unit_gap_of_lower_case_words_a_sentence_end_a_bare_dan_or_another_name() -> None:
    assert added("Kepala Desa menyambut Budi Harjo di balai.", [("Budi Harjo", "PERSON")]) == []
    assert added("Kepala Desa Sukamaju. Budi Harjo hadir.", [("Budi Harjo", "PERSON")]) == []
    assert added("Rombongan tiba di Kepala Desa Sukamaju. Warga Budi Harjo hadir.", [("Budi Harjo", "PERSON")]) == []
    assert added("Bupati Sleman dan Budi Harjo hadir.", [("Budi Harjo", "PERSON")]) == []
    assert added("kepala desa Sukamaju Kulon, Budi Harjo hadir.", [("Budi Harjo", "PERSON")]) == []
    assert added("Kepala Desa Sukamaju Ani Lestari Budi Harjo hadir.",
                 [("Ani Lestari", "PERSON"), ("Budi Harjo", "PERSON")]) == [("Ani Lestari", "Kepala Desa")]


def test_no_person_is_taken_from_a_title_cased_line() -> None:
    title = "Pasar Baru Ditinjau"
    heading = f"{title}\n\nBupati Sleman Tinjau Pasar Baru\nWarga senang."
    sentence = f"{title}\n\nBupati Sleman Tinjau Pasar Baru.\nWarga senang."
    assert added(heading, [("Tinjau Pasar", "PERSON")], len(title) + 2) == []
    assert added(sentence, [("Tinjau Pasar", "PERSON")], len(title) + 2) == [("Tinjau Pasar", "Bupati")]
    assert added("Bupati Sleman Tinjau Pasar", [("Tinjau Pasar", "PERSON")], len("Bupati Sleman Tinjau Pasar")) \
        == []  # the headline itself


def test_an_acronym_the_model_took_into_a_name_is_left_out() -> None:
    text = "Hadir Kepala Bidang Pelayanan BNPP Budi Harjo di aula."
    assert added(text, [("BNPP Budi Harjo", "PERSON")]) == [("Budi Harjo", "Kepala Bidang Pelayanan BNPP")]
    assert added(text, [("BNPP", "PERSON")]) == []


def test_unit_words_and_possessives_are_no_names() -> None:
    assert added("Hadir Sekda Sleman Budi Sasmito di aula.", [("Budi Sasmito", "PERSON")]) == [
        ("Budi Sasmito", "Sekretaris Daerah")]
    assert added("Hadir Sekda Sleman Budi Humas di aula.", [("Budi Humas", "PERSON")]) == []
    assert added("Hadir Sekda Sleman Budinya di aula.", [("Budinya", "PERSON")]) == []


def test_a_position_in_lower_case_does_not_name_what_follows_its_comma() -> None:
    assert added("Menurut gubernur, Pekan Raya digelar tiap tahun.", [("Pekan Raya", "PERSON")]) == []
    assert added("Menurut gubernur, Budi Harjo, pekan raya digelar.", [("Budi Harjo", "PERSON")]) == []
    assert added("Menurut Gubernur, Budi Harjo, pekan raya digelar.", [("Budi Harjo", "PERSON")]) == [
        ("Budi Harjo", "Gubernur")]  # a capitalised title before a comma may be followed by its holder


def test_the_parsers_program_objects_need_the_models_program() -> None:
    text = "Pemkab menerapkan Kota Bersih dan Taman Sari."
    spans = [(18, 29), (34, 44)]
    assert [text[s:e] for s, e in spans] == ["Kota Bersih", "Taman Sari"]
    assert checked_programs(doc_with(text, [("Kota Bersih", "PROGRAM"), ("Taman Sari", "PERSON")]), spans) == [
        (18, 29)]
    assert checked_programs(doc_with(text, []), spans) == []
    assert checked_programs(SimpleNamespace(text=text), spans) == spans  # no NER model: unchecked


def test_marginals_are_the_crfs_own() -> None:
    """Forward-backward marginals equal those summed over every tag sequence of a small CRF."""
    import itertools

    import numpy as np

    rng = np.random.default_rng(7)
    scores, transitions = rng.normal(size=(4, 3)), rng.normal(size=(3, 3))
    total, by_tag = 0.0, np.zeros((4, 3))
    for seq in itertools.product(range(3), repeat=4):
        weight = np.exp(sum(scores[t, k] for t, k in enumerate(seq))
                        + sum(transitions[a, b] for a, b in itertools.pairwise(seq)))
        total += weight
        for t, k in enumerate(seq):
            by_tag[t, k] += weight
    assert np.allclose(_marginals(scores, transitions), by_tag / total)


def chances_for(text: str, chances: dict[str, float]) -> list[tuple[int, int, float]]:
    """Every word of ``text`` with the chance given for it (else none)."""
    import re

    return [(m.start(), m.end(), chances.get(m.group(), 0.0)) for m in re.finditer(r"\w+", text)]


def test_a_program_the_model_gives_no_chance_is_dropped() -> None:
    text = "Program Kartu Sehat Warga diluncurkan Rabu 9 Juli."
    programs = [SimpleNamespace(name=n, mentions=[(text.index(n), text.index(n) + len(n))])
                for n in ("Kartu Sehat Warga", "Rabu 9 Juli")]
    doc = SimpleNamespace(text=text, kunker_program_chances=chances_for(
        text, {"Kartu": 0.4, "Sehat": 0.3, "Rabu": PROGRAM_VETO / 10, "Juli": PROGRAM_VETO / 2}))
    assert [p.name for p in vetoed_programs(doc, programs)] == ["Kartu Sehat Warga"]
    # one word the model gives a chance keeps the name: "Warga" alone would do
    doc.kunker_program_chances = chances_for(text, {"Warga": PROGRAM_VETO, "9": PROGRAM_VETO * 2})
    assert [p.name for p in vetoed_programs(doc, programs)] == ["Kartu Sehat Warga", "Rabu 9 Juli"]
    assert vetoed_programs(SimpleNamespace(text=text), programs) == programs  # no NER model: unchanged


def fake_ner(tags: list[str]) -> SimpleNamespace:
    """Stanza's ``ner`` processor with one model of these tags (what :class:`_Emissions` reads of it)."""
    vocab = SimpleNamespace(lens=lambda: [len(tags)], id2unit=lambda k: [tags[k]])
    model = SimpleNamespace(forward=lambda *a, **k: None)
    trainer = SimpleNamespace(vocab={"tag": vocab}, model=model, predict=lambda batch, unsort=True: [])
    return SimpleNamespace(trainers=[trainer], config={"model_path": "people.pt"})


def test_a_model_without_program_tags_vetoes_nothing_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="kunker"):
        assert program_emissions(fake_ner(["<PAD>", "O", "B-PERSON", "E-PERSON", "S-POSITION"])) is None
    assert "NER model people.pt has no PROGRAM tags: the full profile vetoes no program" in caplog.text
    caplog.clear()
    with caplog.at_level("WARNING", logger="kunker"):
        assert program_emissions(SimpleNamespace(trainers=[])) is None
    assert "0 NER models loaded" in caplog.text
    emissions = program_emissions(fake_ner(["<PAD>", "O", "B-PROGRAM", "E-PROGRAM", "S-PERSON"]))
    assert emissions is not None and emissions.columns == [2, 3]
    # no chances (the processor's None): every program stays
    text = "Program Kartu Sehat Warga diluncurkan."
    programs = [SimpleNamespace(name="Kartu Sehat Warga", mentions=[(8, 25)])]
    assert vetoed_programs(SimpleNamespace(text=text, kunker_program_chances=None), programs) == programs


def test_scores_that_do_not_fit_the_tokens_are_an_error() -> None:
    import numpy as np

    emissions = _Emissions(fake_ner(["<PAD>", "O", "S-PROGRAM"]).trainers[0])
    token = SimpleNamespace(start_char=0, end_char=4)
    doc = SimpleNamespace(sentences=[SimpleNamespace(tokens=[token, token])])
    with pytest.raises(NerScoresError, match="kept for 0 sentences, the document has 1"):
        emissions.program_chances(doc)  # the model ran, no scores came back
    emissions.transitions = np.zeros((3, 3))
    emissions.sentences = [np.zeros((3, 3))]
    with pytest.raises(NerScoresError, match="kept for 3 tokens of sentence 1, it has 2"):
        emissions.program_chances(doc)
    emissions.sentences = [np.zeros((2, 3)), np.zeros((2, 3))]  # two documents' sentences at once
    with pytest.raises(NerScoresError, match="kept for 2 sentences, the document has 1"):
        emissions.program_chances(doc)
    emissions.sentences = [np.zeros((2, 3))]
    assert [round(c, 3) for *_, c in emissions.program_chances(doc)] == [0.333, 0.333]
    assert emissions.program_chances(SimpleNamespace(sentences=[])) == []


def through_processors(tagger: Tagger, text: str, ents: list[tuple[str, str]] | None,
                       chances: dict[str, float] | None = None) -> tuple[list, list]:
    """kunker's own processors (of the free pipeline) over ``text``, the NER model's entities (None: no NER
    model ran) and its words' chances of a PROGRAM tag given by hand; the officials as (name, position) and the
    program names."""
    pipe = tagger.pipeline
    pipe.kunker_context = {"published": None, "month_end": None, "body_start": 0}
    doc = pipe.processors["tokenize"].process(text)
    if ents is not None:
        doc.kunker_ner = doc_with(text, ents).kunker_ner
    if chances is not None:
        doc.kunker_program_chances = chances_for(text, chances)
    for name in KUNKER_PROCESSORS:
        doc = pipe.processors[name].process(doc)
    return [(o.name, o.position) for o in doc.kunker_officials], [p.name for p in doc.kunker_programs]


def test_processors_add_the_person_after_a_position(tagger: Tagger) -> None:
    text = "Turut hadir Kapolsek Budi Harjo dan warga desa."
    assert through_processors(tagger, text, None) == ([], [])
    assert through_processors(tagger, text, [("Budi Harjo", "PERSON")]) == (
        [("Budi Harjo", "Kepala Kepolisian Sektor")], [])


def test_processors_keep_the_rules_reading_inside_a_model_position(tagger: Tagger) -> None:
    text = "Materi inovasi dibawakan Penyuluh Pertanian Lapangan dari dinas itu."
    alone = through_processors(tagger, text, None)
    assert alone == ([("Lapangan", "Penyuluh Pertanian")], [])
    assert through_processors(tagger, text, [("Penyuluh Pertanian Lapangan", "POSITION")]) == alone


def test_processors_keep_the_rules_programs_beside_the_models_spans(tagger: Tagger) -> None:
    text = ("Berkat inovasi itu, Sapa Desa kini dipakai di semua kecamatan. "
            "Program Duta Wisata Remaja dijelaskan kepada rombongan. Tamu juga menyanyikan Lagu Tanah Air.")
    alone = through_processors(tagger, text, None)
    assert alone == ([], ["Duta Wisata Remaja"])
    # the model's PROGRAM spans add no program (measured: on the articles it never saw they added only wrong
    # ones); POSITION spans block nothing
    assert through_processors(tagger, text, [("Sapa Desa", "PROGRAM"), ("Duta Wisata Remaja", "POSITION"),
                                             ("Lagu Tanah Air", "PROGRAM")]) == ([], ["Duta Wisata Remaja"])


def test_processors_drop_a_program_the_model_gives_no_chance(tagger: Tagger) -> None:
    text = "Program Duta Wisata Remaja dijelaskan kepada rombongan."
    assert through_processors(tagger, text, [], chances={"Remaja": 0.2}) == ([], ["Duta Wisata Remaja"])
    assert through_processors(tagger, text, [], chances={"Program": 0.9, "Remaja": PROGRAM_VETO / 2}) == ([], [])


def test_processors_keep_a_program_named_with_a_number_whatever_the_model_reads(tagger: Tagger) -> None:
    # the model met few such names in training and gives a right one less than the veto: no evidence for one
    text = "Rombongan itu mempelajari program 2 sapi 1 kandang yang membantu peternak di desa."
    assert through_processors(tagger, text, None) == ([], ["2 sapi 1 kandang"])
    assert through_processors(tagger, text, [], chances={"sapi": PROGRAM_VETO / 3}) == ([], ["2 sapi 1 kandang"])
    # ... but a date is no such name
    assert vetoed_programs(SimpleNamespace(kunker_program_chances=[]), [SimpleNamespace(
        name="9 Juli 2025", mentions=[(0, 11)])]) == []


def test_ner_model_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUNKER_NER_MODEL", "none")
    assert ner_model(tmp_path) is None
    monkeypatch.delenv("KUNKER_NER_MODEL")
    (tmp_path / "ner-id.pt").write_bytes(b"")
    assert ner_model(tmp_path) == tmp_path / "ner-id.pt"
    monkeypatch.setenv("KUNKER_NER_MODEL", str(tmp_path / "other.pt"))
    assert ner_model(tmp_path) == tmp_path / "other.pt"


@pytest.mark.skipif(MODELS is None, reason="stanza test-grade models not found (set KUNKER_MODELS or provide "
                                           "../shared/models/stanza-id)")
def test_a_missing_ner_model_is_one_clear_line(tmp_path: Path) -> None:
    art = tmp_path / "in.jsonl"
    art.write_text('{"id": "a", "text": "Bupati hadir."}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "nlp", "extract", "--profile", "full", "--models", str(MODELS),
                           "--input", str(art), "--output", str(tmp_path / "out.jsonl")], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "KUNKER_NER_MODEL": str(tmp_path / "no.pt")})
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert f"NER model {tmp_path / 'no.pt'} not found" in proc.stderr


# -- the trained model (python -m nlp.train_ner), when it and the shared word vectors are present ----------



@pytest.mark.skipif(MODELS is None, reason="stanza test-grade models not found (set KUNKER_MODELS or provide "
                                           "../shared/models/stanza-id)")
@pytest.mark.skipif(NER is None, reason="no NER model: run `python -m nlp.train_ner --through ad` "
                                        "(writes data/models/ner-id.pt)")
def test_full_profile_runs_the_ner_model(full_tagger: Tagger) -> None:
    tagger = full_tagger
    assert tagger.description.endswith(f"NER model {NER}")
    assert "ner" in tagger.pipeline.processors and "kunker_ner" in tagger.pipeline.processors
    text = ("Rombongan diterima Bupati Sleman Budi Harjo di pendopo. Budi Harjo mengatakan kunjungan itu "
            "bermanfaat bagi kedua daerah.")
    doc = tagger.pipeline(text)
    people = {text[e.start:e.end] for e in doc.kunker_ner if e.label == "PERSON"}
    assert "Budi Harjo" in people
    chances = doc.kunker_program_chances  # each token's chance of a PROGRAM tag, from the same forward pass
    assert [(s, e) for s, e, _ in chances] == [(t.start_char, t.end_char) for s in doc.sentences for t in s.tokens]
    assert all(0.0 <= c <= 1.0 for _, _, c in chances)
    assert all(t.ner is None or t.ner == "O" or t.ner[2:] in ("REGION", "PERSON", "PROGRAM")
               for s in doc.sentences for t in s.tokens)  # kunker's own tags, not the model's
    result = tagger.extract({"id": "n1", "title": "", "published": None, "text": text})
    assert [o["name"] for o in result["officials"]] == ["Budi Harjo"]
