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
    # without a trigger the cued head decides: a program in a sentence about programs, else none (the latter a guard:
    # it held before the row too)
    assert programs(tagger, "Koperasi Nelayan Sejahtera menjadi salah satu program unggulan Pemkab tahun "
                            "ini.") == ["Koperasi Nelayan Sejahtera"]
    assert programs(tagger, "Pemkab juga membentuk Koperasi Nelayan Sejahtera yang kini beranggota 300 "
                            "orang.") == []


def test_a_park_a_madrasah_a_pesantren_may_open_a_program(tagger: Tagger) -> None:
    # organisation heads of the region lexicon: "madrasah", "pesantren", "ponpes" are cued heads here, "taman" (a
    # park as often) a head refused only without a trigger or a list
    assert programs(tagger, "Bupati meluncurkan program Taman Gizi Balita di tiap desa.") == ["Taman Gizi Balita"]
    assert programs(tagger, "Program unggulan itu, yakni Taman Baca Warga, Madrasah Ramah Anak dan Pesantren "
                            "Hijau, berjalan baik.") == ["Madrasah Ramah Anak", "Pesantren Hijau", "Taman Baca Warga"]
    assert programs(tagger, "Rombongan berkunjung ke Pesantren Darul Ilmi di Kecamatan Sukamaju.") == []
    assert programs(tagger, "Program itu dipamerkan di dekat air mancur Taman Puspa Sari.") == []


def test_a_title_s_holders_in_a_list_are_no_programs(tagger: Tagger) -> None:
    # a list item read as an official's name stays a program only with a program vocabulary word, or with three
    # words or more none of which names the person elsewhere
    assert programs(tagger, "Program Kampung Sehat itu dihadiri Bupati Sragen, yakni Darso Wangsadipa, serta Wakil "
                            "Bupati, Ani Lestari.") == ["Kampung Sehat"]
    assert programs(tagger, "Program Kampung Sehat itu dihadiri Bupati Sragen, yakni Darso Wangsadipa Kusumo. Menurut "
                            "Bupati Kusumo, program itu berjalan.") == ["Kampung Sehat"]
    assert "Joko Paminggir" not in programs(tagger, "Program unggulan Bupati, yaitu Joko Paminggir, di antaranya Dapur "
                                                  "Sehat Keluarga dan Periksa Mata Gratis.")
