"""The learned program scorer: features of a candidate, the weights file, what it keeps and refuses (own sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_helpers import programs

from nlp import Tagger
from nlp.pipeline import components
from nlp.program_model import SCORER_ENV, Weights, deciding_weights, read_weights, scorer_mode, write_weights
from nlp.programs import FEATURES, ProgramFinder


def items_of(text: str, ner: list[tuple[int, int]] | None = None) -> list[tuple[str, dict[str, float]]]:
    finder = ProgramFinder(components().programs.region_cores)
    finder.keep_items = True
    finder.find(text, [], [], 0, None, ner)
    _, items, rows, _ = finder.last_items
    return [(item.name, row) for item, row in zip(items, rows, strict=True)]


def test_features_of_a_triggered_name() -> None:
    text = "Dalam studi banding itu rombongan mempelajari inovasi Sapa Petani Muda yang digagas dinas pertanian."
    [(name, f)] = items_of(text)
    assert name == "Sapa Petani Muda"
    for feature in ("triggered", "src_trigger", "cue_near", "cue_sentence", "visit_sentence", "words_3",
                    "owner_after"):
        assert f.get(feature) == 1.0, feature
    assert "refused" not in f and "quoted" not in f and "ner" not in f
    assert set(f) <= set(FEATURES)


def test_features_of_the_ner_model_and_a_refusal() -> None:
    text = 'Pemkot menyiapkan aplikasi "Kartu Warga Ceria" bagi warga. Inovasi Dinas Sosial juga dipaparkan.'
    start = text.index("Kartu")
    found = dict(items_of(text, ner=[(start, start + len("Kartu Warga Ceria"))]))
    assert found["Kartu Warga Ceria"].get("quoted") == 1.0
    assert found["Kartu Warga Ceria"].get("ner_same") == 1.0 and found["Kartu Warga Ceria"].get("ner") == 1.0
    assert found["Dinas Sosial"].get("refused") == 1.0 and found["Dinas Sosial"].get("government_inside") == 1.0
    assert "ner" not in found["Dinas Sosial"]


def test_the_weights_file_loads() -> None:
    weights = read_weights()
    for profile in ("free", "full"):
        w = weights[profile]
        assert 0.0 < w.threshold < 1.0
        assert set(w.weights) <= set(FEATURES), set(w.weights) - set(FEATURES)
    assert weights["full"].weights.get("ner", 0.0) != 0.0  # the full profile weighs the NER model's reading
    assert weights["free"].weights.get("ner", 0.0) == 0.0


def test_weights_round_trip(tmp_path: Path) -> None:
    free = Weights(-1.5, {"triggered": 2.0, "refused": -3.0}, 0.4, False)
    full = Weights(-1.0, {"triggered": 2.0, "refused": -3.0, "ner": 1.25}, 0.45, True)
    path = tmp_path / "w.csv"
    write_weights(path, free, full, {"ner": "the model's reading"})
    back = read_weights(path)
    for wrote, read in ((free, back["free"]), (full, back["full"])):
        assert (read.bias, read.threshold, read.enabled) == (wrote.bias, wrote.threshold, wrote.enabled)
        assert {k: v for k, v in read.weights.items() if v} == wrote.weights
    assert back["free"].accept({"triggered": 1.0}) and not back["free"].accept({"refused": 1.0})


def test_a_broken_weights_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_text("feature,free\nbias,1\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="w.csv"):
        read_weights(path)
    with pytest.raises(RuntimeError, match="cannot read"):
        read_weights(tmp_path / "absent.csv")


def test_scorer_switch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(SCORER_ENV, raising=False)
    assert scorer_mode() == "auto"
    path = tmp_path / "w.csv"
    path.write_text("feature,free,full\nbias,0,0\nthreshold,0.5,0.5\nenabled,1,0\nquoted,1.0,1.0\n", encoding="utf-8")
    assert set(deciding_weights(path)) == {"free"}  # auto: the profiles whose enabled row is 1
    # the shipped weights decide nowhere: measured no better than the hand rules on unseen text
    # (nlp/MEASUREMENTS.md, "The learned program scorer: measurements")
    assert deciding_weights() == {}
    monkeypatch.setenv(SCORER_ENV, "learned")
    assert set(deciding_weights(path)) == {"free", "full"}
    monkeypatch.delenv(SCORER_ENV)
    monkeypatch.setenv(SCORER_ENV, "rules")
    assert deciding_weights() == {}
    monkeypatch.setenv(SCORER_ENV, "learned")
    assert set(deciding_weights()) == {"free", "full"}
    monkeypatch.setenv(SCORER_ENV, "guess")
    with pytest.raises(RuntimeError, match=SCORER_ENV):
        scorer_mode()


def test_a_list_after_inovasi_is_found(tagger: Tagger) -> None:
    text = ("Kepada rombongan studi banding, Kabupaten Sukamaju memaparkan inovasi seperti Sapa Petani Muda, "
            "Kartu Lansia Bahagia dan Lumbung Ikan Desa.")
    assert programs(tagger, text) == ["Kartu Lansia Bahagia", "Lumbung Ikan Desa", "Sapa Petani Muda"]


@pytest.mark.parametrize("text", [
    "Rombongan studi banding mempelajari inovasi Kepala Dinas Kesehatan dalam melayani warga.",
    "Kunjungan itu membahas program Dinas Perikanan dan Kelautan bagi nelayan.",
    "Rombongan disambut inovasi Badan Perencanaan Pembangunan Daerah yang baru dibentuk.",
])
def test_a_position_or_an_organisation_is_refused(tagger: Tagger, text: str) -> None:
    assert programs(tagger, text) == []


def test_the_rules_stop_at_the_first_refusal() -> None:
    """With the scorer off, only the first stop-list check a candidate fails runs: the same verdicts and the same
    programs as with every check run."""
    text = ('Dinas Sosial meluncurkan aplikasi "Kartu Warga Ceria" dan program Festival Inovasi Dinas Sosial. Inovasi '
            'Dinas Sosial Kabupaten itu menyusul Gerakan Pramuka Desa, serta layanan Jemput Bola Lansia.')
    finder = ProgramFinder(components().programs.region_cores)
    kept = finder.find(text, [], [])
    finder.keep_items = True
    again = finder.find(text, [], [])
    _, every, _, _ = finder.last_items
    finder.keep_items = False
    first = finder._gather(text, [i.cand for i in every], [], {}, 0, every=False)
    assert [p.name for p in kept] == [p.name for p in again]
    assert [i.refusals for i in first] == [i.refusals[:1] for i in every]
    assert any(len(i.refusals) >= 2 for i in every)  # a candidate failing two checks is cut short


def test_shard_letters_and_the_letter_cross_validation() -> None:
    """Leave one shard letter out: each letter is scored by weights fitted on the others, beside the hand rules."""
    np = pytest.importorskip("numpy")
    from nlp.ner_data import letter_of
    from nlp.train_programs import Article, letter_cv

    assert letter_of("l3-0042") == "l" and letter_of("k1-7") == "k"
    finder = components().programs
    text = 'Pemkab meluncurkan aplikasi "Sapa Warga" dan program Festival Inovasi.'
    quoted = [i for i in ProgramFinder(finder.region_cores).find(text, [], [])]
    assert [p.name for p in quoted] == ["Sapa Warga"]
    probe = ProgramFinder(finder.region_cores)
    probe.keep_items = True
    probe.find(text, [], [])
    _, items, rows, acronyms = probe.last_items
    labels = [int(i.name == "Sapa Warga") for i in items]
    articles = [Article(f"{letter}{n}-{k}", ["Sapa Warga"], text, items, rows, acronyms, labels)
                for letter in "cdf" for n in (1, 2) for k in range(2)]
    result = letter_cv(finder, articles, sorted(FEATURES), l2=5.0)
    assert sorted(result) == ["c", "d", "f"]
    for rules, learned, threshold in result.values():
        assert rules == (4, 4, 4) and learned[0] == 4 and 0.2 <= threshold <= 0.7
    assert np is not None
