"""Visits told by a headline without "ke": "DPRD A Studi Banding DPRD B", "Pemkab A Studi Tiru Pemkot B"."""

from __future__ import annotations

from tests.nlp_helpers import visits

PAIRS = ("visitor", "host")
BODY = "Rombongan melakukan studi banding soal tata kelola pasar, Senin (1/12/2025), dan diterima Sekretaris DPRD."


def test_council_studies_council_without_ke(tagger):
    found = visits(tagger, BODY, title="DPRD Kabupaten Wajo Studi Banding DPRD Kota Madiun", fields=PAIRS)
    assert found == [("Kabupaten Wajo", "Kota Madiun")]


def test_government_studies_government_without_ke(tagger):
    found = visits(tagger, BODY, title="Pemkab Wajo Studi Tiru Pemkot Madiun", fields=PAIRS)
    assert found == [("Kabupaten Wajo", "Kota Madiun")]


def test_the_delegation_after_a_receiving_verb_stays_the_visitor(tagger):
    # "Pemkot B Sambut Studi Banding DPRD A": the body after the study is the delegation, as before
    found = visits(tagger, BODY, title="Pemkot Madiun Sambut Studi Banding DPRD Wajo", fields=PAIRS)
    assert found == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_body_sentence_of_the_same_shape_is_no_headline(tagger):
    # in a sentence of the body the study names no host without "ke" (here it is criticised)
    found = visits(tagger, "Ketua DPRD Kabupaten Pati mengkritik Pemkab Wajo studi tiru Pemkot Madiun yang tidak jelas "
                           "hasilnya.", title="Pati Kritik Studi Tiru", fields=PAIRS)
    assert ("Kabupaten Wajo", "Kota Madiun") not in found


def test_a_headline_ending_with_the_study_hosts_no_dateline(tagger):
    # the headline stops at the study; the region opening the body on the next line (a dateline) hosts nothing
    found = visits(tagger, "Kota Bitung, Senin (1/12/2025) - Rombongan itu kemudian belajar ke Kabupaten Pati soal "
                           "pengelolaan pasar.", title="DPRD Kabupaten Wajo Studi Banding", fields=PAIRS)
    assert found == [("Kabupaten Wajo", "Kabupaten Pati")]


def test_a_bare_name_after_the_study_is_no_body_studied(tagger):
    # "Studi Banding Kota B" with no government word: not this rule's shape (other rules decide)
    found = visits(tagger, "Ketua DPRD Kabupaten Pati menyebut studi banding Kota Madiun kerap ditiru.",
                   title="Ketua DPRD Pati Bicara Pasar", fields=PAIRS)
    assert ("Kabupaten Pati", "Kota Madiun") not in found
