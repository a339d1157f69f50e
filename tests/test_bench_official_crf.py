"""The CRF person-name reader measured by ``bench/official_crf_cv.py`` (not part of the tagger): its features per
word, the gold official names it aligns, and ``program_crf_cv``'s alignment, training and span reading given those
(``names=``, ``features=``) instead of its own. Invented names and sentences."""

from __future__ import annotations

import pytest
from nlp_helpers import load_bench_script

pycrfsuite = pytest.importorskip("pycrfsuite", reason="python-crfsuite (the bench extra) is not installed")

SCRIPT_MODULE = load_bench_script("official_crf_cv")
pc = SCRIPT_MODULE.pc  # the program_crf_cv the script imports
person_features, official_names = SCRIPT_MODULE.person_features, SCRIPT_MODULE.official_names


def _neighbour_words(features: list[list[str]], words: list[str]) -> set[tuple[str, int]]:
    """(feature name, offset) of every feature of a word whose value is another word of the sentence."""
    lows = [w.lower() for w in words]
    found = set()
    for i, feats in enumerate(features):
        for f in feats:
            key, _, value = f.partition("=")
            found.update((key, j - i) for j, low in enumerate(lows) if j != i and value == low)
    return found


def test_person_features_one_list_per_word_and_neighbours_only_as_program_crf_cv_has_them():
    words = ["Kemarin", "Camat", "Rudita", "Kalemba", "meresmikan", "jembatan", "gantung", "Sungai", "Lorowati",
             "bersama", "warga", "."]
    feats = person_features(words)
    assert len(feats) == len(words)
    assert all(isinstance(f, list) and f and all(isinstance(x, str) for x in f) for f in feats)
    assert all("w=" + w.lower() in f for w, f in zip(words, feats, strict=True))
    # another word of the sentence is a feature only as the word two either side, as in program_crf_cv; the words
    # three away give their kinds, never their form
    own = {(f"w{d}", d) for d in (-2, -1, 1, 2)}
    assert _neighbour_words(feats, words) == own
    assert _neighbour_words(pc.sentence_features(words), words) == own
    assert "k-3=position" in feats[4] and "position_before=3" in feats[4]
    assert len(person_features(["Pak", "Rudita"], in_title=True)) == 2


def test_official_names_skips_officials_without_a_name():
    article = {"gold": {"officials": [
        {"name": "Rudita Kalemba", "position": "Camat", "region": "Kabupaten Lorowati"},
        {"name": "", "position": "Lurah", "region": "Kabupaten Lorowati"},
        {"name": None, "position": "Sekretaris Daerah", "region": "Kabupaten Lorowati"},
        {"name": "  ", "position": "Kepala Dinas", "region": "Kabupaten Lorowati"},
        {"position": "Kepala Desa", "region": "Kabupaten Lorowati"},
        None, "", "Sarmini Oktafiyah"]}}
    assert official_names(article) == ["Rudita Kalemba", "Sarmini Oktafiyah"]
    assert official_names({"gold": {}}) == official_names({"gold": {"officials": None}}) == []


ARTICLE = {"id": "q1-001", "title": "",
           "text": "Camat Rudita Kalemba meninjau Pasar Rapi Lorowati pada Senin. Warga menyambut rudita kalemba "
                   "dengan gembira.",
           "gold": {"officials": [{"name": "Rudita Kalemba", "position": "Camat", "region": "Kabupaten Lorowati"},
                                  {"name": "", "position": "Lurah", "region": "Kabupaten Lorowati"}],
                    "programs": ["Pasar Rapi"]}}


def test_labelled_with_official_names_tags_exactly_the_officials_name():
    sents, aligned, missed = pc.labelled(ARTICLE, names=official_names)
    assert (aligned, missed) == (1, 0)
    assert len(sents) == 2
    assert [[(t.text, lab) for t, lab in zip(toks, labels, strict=True) if lab != "O"] for toks, labels, *_ in sents
            ] == [[("Rudita", "B"), ("Kalemba", "I")], [("rudita", "B"), ("kalemba", "I")]]
    # program_crf_cv's own names (the programs) stay its default: the script does not replace them
    default = [[t.text for t, lab in zip(toks, labels, strict=True) if lab != "O"] for toks, labels, *_ in
               pc.labelled(ARTICLE)[0]]
    assert default == [["Pasar", "Rapi"], []]
    assert pc.sentence_features is not person_features and pc.gold_names is not official_names


def test_train_and_crf_spans_use_the_given_features(tmp_path):
    visits = [("Camat", "Rudita Kalemba", "pasar", "Senin"), ("Lurah", "Sarmini Oktafiyah", "sekolah", "Selasa"),
              ("Bupati", "Tumpal Waringkas", "jembatan", "Rabu"), ("Camat", "Doresta Limbong", "kebun", "Kamis"),
              ("Lurah", "Harjito Pamungkas", "posyandu", "Jumat"), ("Bupati", "Wiranti Sasmaya", "gudang", "Sabtu")]
    written = [f"{post} {name} meninjau {place} pada {day}. Warga menyambut {name} dengan gembira."
               for post, name, place, day in visits]
    articles = [{"id": f"q1-{i:03}", "title": "", "text": text,
                 "gold": {"officials": [{"name": " ".join(text.split()[1:3]), "position": text.split()[0]}]}}
                for i, text in enumerate(written)]
    called = []

    def features(words, in_title=False, context=None):
        called.append(words)
        return person_features(words, in_title, context)

    pc.train([s for a in articles for s in pc.labelled(a, names=official_names)[0]], str(tmp_path / "m.crfsuite"),
             features=features)
    assert len(called) == 2 * len(articles)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "m.crfsuite"))
    article = {"id": "q2-001", "title": "", "text": "Camat Sulastri Mandaku meninjau pasar pada Senin."}
    found = pc.crf_spans(tagger, article, 0.3, features=features)
    assert len(called) == 2 * len(articles) + 1
    assert [article["text"][s:e] for s, e, _ in found] == ["Sulastri Mandaku"]
