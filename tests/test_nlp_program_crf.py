"""The CRF span tagger for program names measured by ``bench/program_crf_cv.py`` (not part of the tagger): word
shapes, features, BIO spans, a tiny model trained on sentences written here reading a name back with its chance, and
the alignment of gold names to text."""

from __future__ import annotations

import json

import pytest
from nlp_helpers import load_bench_script

from nlp.tokenizer import tokenize

pycrfsuite = pytest.importorskip("pycrfsuite", reason="python-crfsuite (the bench extra) is not installed")

BENCH_MODULE = load_bench_script("program_crf_cv")
shape, sentence_features, bio_spans, tagged_spans = (BENCH_MODULE.shape, BENCH_MODULE.sentence_features,
                                                     BENCH_MODULE.bio_spans, BENCH_MODULE.tagged_spans)


@pytest.mark.parametrize("word, expected", [
    ("Kampung", "Xx"), ("PKK", "XX"), ("warga", "x"), ("2024", "d"), ("SiCepat", "xX"), ("eLapor", "xX"), (",", "p"),
])
def test_shape(word, expected):
    assert shape(word) == expected


def test_features_see_triggers_quotes_and_neighbours():
    words = ["Dinas", "membuat", "aplikasi", "“", "Lapor", "Cepat", "”", "."]
    feats = sentence_features(words)
    assert "k=trigger" in feats[2]
    assert "seen=trigger" in feats[4] and "quoted" in feats[4] and "w-2=aplikasi" in feats[4]
    assert "quoted" not in feats[7]
    assert "pos=0" in feats[0] and "title" not in feats[0]
    assert "title" in sentence_features(["Program", "Baru"], in_title=True)[0]


def test_bio_spans():
    assert bio_spans(["O", "B", "I", "O", "B", "B", "I"]) == [(1, 3), (4, 5), (5, 7)]
    assert bio_spans(["I", "I", "O"]) == [(0, 2)]
    assert bio_spans(["O", "O"]) == []


def test_a_tiny_model_reads_a_name_after_a_trigger(tmp_path):
    written = [
        ("Pemkab menjalankan program Sapa Lansia sejak lama .", (3, 5)),
        ("Kota itu punya program Kartu Warga Sehat untuk semua .", (4, 7)),
        ("Dinas meluncurkan program Jaga Sungai tahun ini .", (3, 5)),
        ("Warga senang dengan program Rumah Baca Desa di kampung .", (4, 7)),
        ("Bupati membuka rapat di aula kantor pada Senin .", None),
        ("Camat datang ke desa bersama staf kecamatan .", None),
    ]
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence, span in written * 3:
        words = sentence.split()
        labels = ["O"] * len(words)
        if span:
            labels[span[0]:span[1]] = ["B"] + ["I"] * (span[1] - span[0] - 1)
        trainer.append([{k: 1.0 for k in f} for f in sentence_features(words)], labels)
    trainer.set_params({"c2": 0.01, "max_iterations": 50})
    trainer.train(str(tmp_path / "m.crfsuite"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "m.crfsuite"))
    text = "Kecamatan itu menjalankan program Taman Baca Warga ."
    found = tagged_spans(tagger, tokenize(text)[0], threshold=0.3)
    assert [text[s:e] for s, e, _ in found] == ["Taman Baca Warga"]
    assert all(0.3 <= p <= 1.0 for _, _, p in found)


def test_alignment_is_case_insensitive_on_word_bounds():
    bench = BENCH_MODULE
    text = "Judul\n\nDesa itu punya program SAPA lansia. Program Sapa Lansia-Sehat lain lagi; sapa lansiaku bukan."
    found = bench.occurrences(text, "Sapa Lansia")
    assert [text[s:e] for s, e in found] == ["SAPA lansia", "Sapa Lansia"]
    assert bench.occurrences(text, "Program Jaga Kali") == []
    article = {"id": "x1-001", "title": "Judul", "text": "Desa itu punya program Sapa Lansia.",
               "gold": {"programs": ["Sapa Lansia", "Tidak Ditulis"]}}
    sents, aligned, missed = bench.labelled(article)
    assert (aligned, missed) == (1, 1)
    body = sents[1]
    assert [(t.text, lab) for t, lab in zip(body[0], body[1], strict=True) if lab != "O"] == [("Sapa", "B"),
                                                                                             ("Lansia", "I")]
    assert sents[0][2] and not body[2] and body[3] is None


def test_article_features_count_words_pairs_and_capitalised_forms():
    bench = BENCH_MODULE
    sents = tokenize("Desa kami punya Kebun Gizi.\nWarga suka kebun itu, dan Kebun Gizi ramai.")
    context = bench.article_context(sents)
    words = [t.text for t in sents[1]]
    feats = bench.sentence_features(words, context=context)
    kebun, gizi = words.index("Kebun"), words.index("Gizi")
    assert "often=2" in feats[kebun] and "pair_again_next" in feats[kebun] and "pair_again_prev" in feats[gizi]
    assert "capitalised_elsewhere" in feats[words.index("kebun")]
    assert "often=1" in feats[words.index("ramai")] and "pair_again_next" not in feats[words.index("ramai")]
    assert not any(f.startswith("often=") for f in bench.sentence_features(words)[0])


def test_run_mode_writes_the_taggers_results_with_added_programs(tmp_path, monkeypatch):
    bench = BENCH_MODULE
    monkeypatch.setattr(bench.pipeline, "checked_programs", bench.pipeline.checked_programs)  # Runner replaces it
    gold = [{"id": f"x{i}-001", "title": "", "text": f"Desa itu menjalankan program {name} sejak lama.",
             "gold": {"programs": [name]}} for i, name in enumerate(["Sapa Lansia", "Jaga Sungai", "Rumah Baca",
                                                                     "Kartu Warga", "Taman Gizi", "Kebun Pintar"])]
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps({"id": "y1-001", "title": "", "text": "Kecamatan menjalankan program Tabung Air "
                                  "sejak lama. Warga senang."}) + "\n", encoding="utf-8")
    assert bench.write_results(gold, source, target, 0.5) == 0
    results = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in results] == ["y1-001"]
    names = [p["name"] for p in results[0]["programs"]]
    assert "Tabung Air" in names and len(names) == len(set(names))
