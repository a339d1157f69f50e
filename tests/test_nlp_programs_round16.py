"""Programs, round 16: shapes of Indonesian news grammar, not of one outlet (nlp/README.md "Programs, round 16").
Our own sentences, invented names."""

from __future__ import annotations

from nlp_helpers import programs

from nlp import Tagger


def test_a_program_list_wins_over_a_title_read_as_its_holders(tagger: Tagger) -> None:
    # the officials step reads "Bupati, yakni A, B" as a title and its holders; after a program word the list
    # names programs
    text = ("Hal itu mendukung program andalan Bupati, yakni Sarapan Sehat Pelajar, Periksa Mata Gratis, Lumbung "
            "Pangan Warga dan Rumah Murah.")
    assert programs(tagger, text) == ["Lumbung Pangan Warga", "Periksa Mata Gratis", "Rumah Murah",
                                      "Sarapan Sehat Pelajar"]


def test_an_organisation_head_of_the_region_lexicon_opens_no_program(tagger: Tagger) -> None:
    # data/region_words.csv kind org_head: a regional enterprise, a bank
    assert programs(tagger, "DPRD menyoroti program Perumda Tirta Sentosa yang belum berjalan.") == []
    assert programs(tagger, "Inovasi itu didukung pembiayaan dari mitra, di antaranya Bank Sukamaju dan BPR.") == []


def test_a_slash_joins_the_words_of_a_name(tagger: Tagger) -> None:
    assert programs(tagger, "Dinas menjalankan program Sekolah/Madrasah Ramah Lansia di tiga kecamatan.") == [
        "Sekolah/Madrasah Ramah Lansia"]


def test_a_cooperative_may_be_a_program_in_talk_of_programs(tagger: Tagger) -> None:
    # "koperasi" opens bodies as often as programs: a cued head, no organisation opener
    assert programs(tagger, "Pemkab meluncurkan program Koperasi Nelayan/Petani Makmur Jaya untuk menyerap "
                            "hasil panen warga.") == ["Koperasi Nelayan/Petani Makmur Jaya"]
    assert programs(tagger, "Pemkab juga membentuk Koperasi Nelayan Sejahtera yang kini beranggota 300 "
                            "orang.") == []
