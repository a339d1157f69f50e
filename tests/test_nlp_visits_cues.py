"""What tells a visit: a plain visit word between two governments (and not without them), a consultation, a welcome,
"kaji tiru", a field visit.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts, pairs

from nlp import Tagger
from nlp.visit_patterns import BODY


def test_abbreviated_title_does_not_cut_the_sentence_of_a_plain_visit_cue(tagger: Tagger) -> None:
    # split at "Dr. H." the sentence with "menerima rombongan" would name one government only
    text = ("Bupati Klaten Dr. H. Gilang Kusumajati menerima rombongan DPRD Kabupaten Wajo di pendopo, Senin (6/3).")
    assert facts(tagger, text) == [("Kabupaten Wajo", "Kabupaten Klaten", "2023-03-06", None, None)]


@pytest.mark.parametrize("text", [
    "Bupati Wajo Anton Sukma berkunjung ke Kecamatan Tanasitolo untuk meninjau pasar, didampingi Sekda Wajo.",
    "Dalam kunjungan kali ini, Bupati didampingi Sekda dan para kepala dinas.",
    "Pansus DPRD Kabupaten Wajo berkonsultasi ke Kemendagri soal batas dengan Pemkab Sidrap.",
])
def test_plain_visit_cue_without_two_governments_opens_no_visit(tagger: Tagger, text: str) -> None:
    assert facts(tagger, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Bupati Wajo Anton Sukma dan rombongan disambut hangat Wali Kota Bitung Rudi Lumenta di rumah dinasnya, "
     "Senin (6/3).", [("Kabupaten Wajo", "Kota Bitung", "2023-03-06", "Anton Sukma", None)]),
    ("Kunjungan rombongan DPRD Kabupaten Wajo ke Kota Bitung disambut Asisten I Setda Kota Bitung, Senin (6/3).",
     [("Kabupaten Wajo", "Kota Bitung", "2023-03-06", None, None)]),
])
def test_visit_told_by_its_welcome(tagger: Tagger, text: str, expected: list) -> None:
    assert facts(tagger, text) == expected


def test_kaji_tiru_with_a_head_and_his_companion_and_other_regions_listed(tagger: Tagger) -> None:
    text = ("Wakil Wali Kota Bitung, Rudi Lumenta didampingi Sekretaris Daerah Kota Bitung, Anton Sukma memimpin "
            "kunjungan kerja dalam rangka Kaji Tiru pengelolaan sampah di Kabupaten Klaten, Senin (6/3). Selain Kota "
            "Bitung, ada dua daerah lain yang turut mengikuti Kaji Tiru di Kabupaten Klaten, diantaranya dari daerah "
            "Kabupaten Wajo dan Kabupaten Pati.")
    assert [(v[0], v[1], v[3]) for v in facts(tagger, text)] == [
        ("Kabupaten Pati", "Kabupaten Klaten", None), ("Kabupaten Wajo", "Kabupaten Klaten", None),
        ("Kota Bitung", "Kabupaten Klaten", "Rudi Lumenta")]


def test_a_field_visit_is_a_visit(tagger: Tagger) -> None:
    text = ("Pemerintah Kota Madiun menjadi lokasi kunjungan lapangan peserta Pelatihan Kepemimpinan Administrator "
            "Kabupaten Wajo, Selasa (7/3).")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("kind", ["study tiru", "study komparasi", "study komparatif", "studi perbandingan",
                                  "study perbandingan", "studi komperatif", "study komperatif"])  # a common misspelling
def test_a_kind_of_study_spelt_study_or_written_out_tells_a_visit(tagger: Tagger, kind: str) -> None:
    text = f"Sejumlah pejabat Pemkab Wajo menjalani {kind} soal pengelolaan sampah ke Kota Madiun dan Kabupaten Ngawi."
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kota Madiun")]


@pytest.mark.parametrize("title, text, expected", [
    # round 38: an office named by an acronym of data/government_words.csv right before a region's bare name is a
    # government body for the plain visit cue ("Diskominfo A Terima Kunjungan Dispar B"), with or without
    # "Kota"/"Kabupaten" between
    ("Diskominfo Tomohon Terima Kunjungan Dispar Sawahlunto",
     "Diskominfo Tomohon menerima kunjungan Dispar Sawahlunto di ruang rapat, Senin (6/3).",
     [("Kota Sawahlunto", "Kota Tomohon")]),
    ("Dispersip Kota Tomohon Berkunjung ke Kabupaten Sinjai",
     "Dispersip Kota Tomohon berkunjung ke Kabupaten Sinjai, Senin (6/3), untuk melihat layanan perpustakaan "
     "keliling di sana.", [("Kota Tomohon", "Kabupaten Sinjai")]),
])
def test_plain_visit_cue_between_offices_named_by_acronym(tagger: Tagger, title: str, text: str,
                                                          expected: list) -> None:
    assert pairs(tagger, text, title=title) == expected


def test_a_passive_verb_opening_like_an_office_acronym_is_no_body() -> None:
    # "Dinilai", "Disambut" open as the acronyms "Dinkes", "Dispar" do: only listed acronyms name a body
    sentence = "Dinilai Berhasil, Diskominfo Tomohon berkunjung ke Wajo dan Disambut Hangat."
    assert BODY.findall(sentence) == ["Tomohon", "Wajo"]
