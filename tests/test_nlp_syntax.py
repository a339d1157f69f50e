"""Full profile: UPOS/dependency rules on hand-annotated CoNLL-U, and the real test-grade models when present."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from nlp_helpers import MODELS, needs_models
from stanza.utils.conll import CoNLL

from nlp import Tagger
from nlp.pipeline import KUNKER_PROCESSORS, build_pipeline

ROOT = Path(__file__).resolve().parent.parent
CONLLU = ROOT / "tests" / "fixtures" / "nlp" / "officials.conllu"


def _blocks() -> dict[str, str]:
    blocks = {}
    for block in CONLLU.read_text(encoding="utf-8").strip().split("\n\n"):
        sent_id = block.splitlines()[0].split("=", 1)[1].strip()
        blocks[sent_id] = block + "\n\n"
    return blocks


BLOCKS = _blocks()
PIPELINE = build_pipeline("free")


def officials_from_conllu(sent_id: str) -> list[tuple[str, str, str | None]]:
    """Run kunker's processors on a parsed sentence (its UPOS and dependencies as annotated)."""
    doc = CoNLL.conll2doc(input_str=BLOCKS[sent_id])
    doc.text = doc.sentences[0].text
    PIPELINE.kunker_context = {"published": None}
    doc = PIPELINE.process(doc, processors=",".join(KUNKER_PROCESSORS))
    regions = PIPELINE.processors["kunker_regions"].parts.lexicon.regions
    return [(o.name, o.position, regions[o.region].name if o.region else None) for o in doc.kunker_officials]


def officials_free(text: str) -> list[tuple[str, str, str | None]]:
    PIPELINE.kunker_context = {"published": None}
    doc = PIPELINE(text)
    regions = PIPELINE.processors["kunker_regions"].parts.lexicon.regions
    return [(o.name, o.position, regions[o.region].name if o.region else None) for o in doc.kunker_officials]


@pytest.mark.parametrize("sent_id, expected", [
    ("appos-name-first", [("Sukirman", "Bupati", "Kabupaten Lumajang")]),
    ("appos-after-agent", [("Ratna Dewi Lestari", "Kepala Dinas Pariwisata", "Kabupaten Sleman")]),
    ("appos-not-a-person", []),
    ("verb-is-no-name", []),
    ("conjunction-ends-name", [("Hardi Kusnadi", "Sekretaris Daerah", "Kabupaten Sleman")]),
])
def test_dependency_rules(sent_id: str, expected: list) -> None:
    assert officials_from_conllu(sent_id) == expected


def test_free_profile_lacks_what_syntax_adds() -> None:
    """The same sentences without UPOS/dependencies: the model-free rules over-read them."""
    texts = {k: b.split("# text = ", 1)[1].split("\n", 1)[0] for k, b in BLOCKS.items()}
    # a "-kan" verb or a listed headline verb is refused by the free rules too; another verb is not
    assert officials_free(texts["verb-is-no-name"]) == []
    assert officials_free("Bupati Sleman Mengunjungi Pasar Baru kemarin.") == [
        ("Mengunjungi Pasar Baru", "Bupati", "Kabupaten Sleman")]
    assert officials_free(texts["conjunction-ends-name"]) == [("Hardi Kusnadi Dan", "Sekretaris Daerah",
                                                               "Kabupaten Sleman")]
    # the apposition with the name first is read by both profiles
    assert officials_free(texts["appos-name-first"]) == [("Sukirman", "Bupati", "Kabupaten Lumajang")]


@needs_models
def test_full_profile_with_real_models(full_tagger: Tagger) -> None:
    tagger = full_tagger
    assert tagger.version.endswith("+full") and str(MODELS.resolve()) in tagger.description
    text = ("Sukirman, Bupati Lumajang, mengatakan rombongan Pemkab Lumajang studi banding ke Kabupaten "
            "Sumedang untuk belajar pelayanan perizinan.")
    result = tagger.extract({"id": "f", "url": None, "title": None, "published": None, "text": text})
    assert [(o["name"], o["position"], o["region"]) for o in result["officials"]] == [
        ("Sukirman", "Bupati", "Kabupaten Lumajang")]
    (visit,) = result["visits"]
    assert (visit["visitor"], visit["host"], visit["leader"]) == ("Kabupaten Lumajang", "Kabupaten Sumedang",
                                                                  "Sukirman")
    assert result["tagger"] == {"version": tagger.version, "profile": "full", "models": str(MODELS.resolve())}
    for m in result["regions"][0]["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


@needs_models
def test_cli_full_profile_reports_models(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": "1", "text": "Bupati Lumajang Harun Wicaksana hadir."}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "nlp", "extract", "--profile", "full", "--models", str(MODELS),
                           "--input", str(src), "--output", str(out)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert f"profile full, models {MODELS.resolve()}" in proc.stderr


def test_full_profile_without_models_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="lacks tokenize.pt"):
        Tagger(profile="full", models=tmp_path)
    proc = subprocess.run([sys.executable, "-m", "nlp", "extract", "--profile", "full", "--models", str(tmp_path),
                           "--input", "x", "--output", "y"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("cannot start the tagger:")


@needs_models
def test_full_profile_keeps_every_fixture_result(full_tagger: Tagger) -> None:
    """On our fixture articles the full profile finds exactly what is expected (no worse than free)."""
    import json

    tagger = full_tagger
    fixtures = ROOT / "tests" / "fixtures" / "nlp" / "articles.jsonl"
    for line in fixtures.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        expected = article.pop("expected")
        result = tagger.extract(article)
        assert sorted(r["name"] for r in result["regions"]) == sorted(expected["regions"]), article["id"]
        assert sorted([o["name"], o["position"], o["region"]] for o in result["officials"]) == \
            sorted(expected["officials"]), article["id"]
        assert sorted(p["name"] for p in result["programs"]) == sorted(expected["programs"]), article["id"]
        assert sorted([v["visitor"], v["host"], v["date"], v["leader"], v["delegation_size"]]
                      for v in result["visits"]) == sorted(expected["visits"], key=lambda v: v), article["id"]


PROGRAMS_CONLLU = ROOT / "tests" / "fixtures" / "nlp" / "programs.conllu"
PROGRAM_BLOCKS = {b.splitlines()[0].split("=", 1)[1].strip(): b + "\n\n"
                  for b in PROGRAMS_CONLLU.read_text(encoding="utf-8").strip().split("\n\n")}


def programs_from_conllu(sent_id: str) -> list[str]:
    doc = CoNLL.conll2doc(input_str=PROGRAM_BLOCKS[sent_id])
    doc.text = doc.sentences[0].text
    PIPELINE.kunker_context = {"published": None}
    doc = PIPELINE.process(doc, processors=",".join(KUNKER_PROCESSORS))
    return sorted(p.name for p in doc.kunker_programs)


@pytest.mark.parametrize("sent_id, expected", [
    ("object-of-program-verb", ["Lapor Pak", "Simonalis"]),  # obj PROPN and its conj
    ("oblique-of-learning-verb", ["Sapa Warga", "Simonalis"]),  # "belajar tentang X dan Y"
    ("object-is-a-place", []),  # "memaparkan Bukit Doda": a site, not a program
    ("object-is-common-noun", []),  # the object is a NOUN
])
def test_objects_of_program_verbs(sent_id: str, expected: list[str]) -> None:
    assert programs_from_conllu(sent_id) == expected


def test_free_profile_misses_program_objects() -> None:
    """Without UPOS a bare capitalised object may be a person or a place: the free profile leaves it."""
    text = PROGRAM_BLOCKS["object-of-program-verb"].split("# text = ", 1)[1].split("\n", 1)[0]
    PIPELINE.kunker_context = {"published": None}
    assert [p.name for p in PIPELINE(text).kunker_programs] == []
