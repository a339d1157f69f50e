"""A term of office between a post and its holder ("Bupati X periode 2016-2021 Budi"); a sub-unit's field written in
title case up to a comma whatever its words ("Kepala Bidang Tata Kelola Perizinan Daring, Budi,"; also a field of which
the lexicon knows no word: "Kasi Pemulihan Lahan, Budi,"), when the holder's name is closed after the comma and the
field's end reads as no name; a capitalised function word is no name; degrees of unknown shape inside a roll; a
committee "di Ketuai" written apart, a special committee named by its topic; a holder's name closing a post written up
to a comma in a roll ("Kadis Infokom Banyu Prasojo, serta ...").

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


@pytest.mark.parametrize("text, expected", [
    ("Penghargaan diterima Bupati Wajo periode 2016-2021 Rano Kelimutu di Jakarta.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
    ("Sambutan dibacakan Wali Kota Kediri periode 2020-sekarang Bayu Ranggasena.",
     [("Bayu Ranggasena", "Wali Kota", "Kota Kediri")]),
    ("Menurut Bupati Wajo masa jabatan 2019–2024, Rano Kelimutu, lomba itu ramai.",
     [("Rano Kelimutu", "Bupati", "Kabupaten Wajo")]),
])
def test_a_term_of_office_before_the_holder(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # a post of no named region: the words after its term are no holder (a headline-like line)
    "Baca juga: Orientasi Anggota DPRD Periode 2029-2034 Lancar\nOrientasi digelar di gedung dewan.",
])
def test_a_term_of_a_post_without_region_reads_no_holder(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Tamu didampingi Kepala Bidang Tata Kelola Perizinan Daring, Rano Kelimutu, dan stafnya.",
     [("Rano Kelimutu", "Kepala Bidang Tata Kelola Perizinan Daring", None)]),
    # the holder closed by a verb in lower case
    ("Rapat dibuka Kasi Tata Kelola Perizinan Daring, Intan Purbaningrum menyampaikan paparan singkat.",
     [("Intan Purbaningrum", "Kepala Seksi Tata Kelola Perizinan Daring", None)]),
])
def test_a_sub_units_field_of_any_words_up_to_a_comma(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # the title-case words after the comma run on, no apposition closes them: no holder, so the field does not run
    "Warga menyambut Kasi Tata Kelola Perizinan Daring, Mobil Pustaka Keliling Hadir di Desa",
])
def test_a_field_runs_to_a_comma_only_before_a_closed_holder(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # the run holds a name and another post: each head keeps its own field and holder
    ("Turut menyambut Kasubag Keuangan Harsa Wiradipa dan Kabid Promosi, Melati Kusumarani, di lobi.",
     [("Harsa Wiradipa", "Kepala Subbagian Keuangan", None), ("Melati Kusumarani", "Kepala Bidang Promosi", None)]),
])
def test_a_field_run_stops_at_a_name_or_another_post(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_a_function_word_in_a_headline_line_is_no_name(tagger) -> None:
    """A capitalised function word (data/not_names.csv, kind ``headline``, read on every line like the headline
    verbs: "soal", "belum", "mau", "dulu" ...) never starts a name and ends one written before it; here on a link's
    line written like a headline."""
    text = ("Rombongan DPRD Kota Madiun berkunjung ke Kabupaten Wajo.\nBaca juga: Wakil Ketua DPRD Madiun: Soal "
            "Anggaran Masih Tunggu Evaluasi\nWakil Ketua DPRD Kota Madiun Tuta Sekarwangi memimpin rombongan.")
    found = tagger.extract({"id": "t", "url": None, "title": "Studi banding ke Wajo", "published": "2024-03-08",
                            "text": text})["officials"]
    assert [o["name"] for o in found] == ["Tuta Sekarwangi"]


MEMBERS = ["Arga Lembayung", "Melati Kusumarani", "Harsa Wiradipa", "Joko Tirtanadi", "Bayu Ranggasena"]


@pytest.mark.parametrize("text, names", [
    # degrees the lexicon lacks, known by their shape, between the names of a roll
    ("Rombongan Komisi II DPRD Kota Kediri terdiri atas Arga Lembayung, Melati Kusumarani, S.Tr.T., CHRMP., Harsa "
     "Wiradipa, Joko Tirtanadi dan Bayu Ranggasena.", MEMBERS),
    ("Delegasi Komisi B DPRD Kabupaten Wajo beranggotakan Arga Lembayung, Melati Kusumarani Sp.KJ., CHRMP., Harsa "
     "Wiradipa, Joko Tirtanadi dan Bayu Ranggasena.", MEMBERS),
    # a glued name with no full stop after it is a member, no degree
    ("Rombongan Komisi II DPRD Kota Kediri terdiri atas Joko Tirtanadi, M.Lembayung, Harsa Wiradipa dan Bayu "
     "Ranggasena.", ["Joko Tirtanadi", "M.Lembayung", "Harsa Wiradipa", "Bayu Ranggasena"]),
])
def test_a_degree_of_unknown_shape_inside_a_roll(text: str, names: list) -> None:
    assert [name for name, _, _ in officials(text)] == names


@pytest.mark.parametrize("text, expected", [
    # the passive prefix written apart, and a special committee named by its topic
    ("Rapat Pansus Retribusi Parkir yang di Ketuai Harsa Wiradipa berlangsung alot, sementara Pansus Hak Angket di "
     "ketuai oleh Joko Tirtanadi sejak Maret.",
     [("Harsa Wiradipa", "Ketua Pansus Retribusi Parkir DPRD", None),
      ("Joko Tirtanadi", "Ketua Pansus Hak Angket DPRD", None)]),
    ("Komisi II Bidang Ekonomi DPRD Kota Madiun yang di ketuai Rano Kelimutu berkunjung ke Wajo.",
     [("Rano Kelimutu", "Ketua Komisi II DPRD", "Kota Madiun")]),
])
def test_a_committee_chaired_by_its_chair_written_apart(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # only a special committee (Pansus, Panja) is named by its topic: after a standing commission the capitalised
    # words before "diketuai" are no part of its name
    "Dalam rapat, Komisi II Arga Lembayung yang diketuai Bayu Ranggasena menolak usulan itu.",
])
def test_only_a_special_committee_is_named_by_its_topic(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, post", [
    ("Kasi Pemulihan Lahan, Sarmini Putri, mengaku puas atas panen pertama itu.", "Kepala Seksi Pemulihan Lahan"),
    ("Kabid Pengolahan Limbah, Dr Ir Sarmini Putri, menambahkan keterangan itu.", "Kepala Bidang Pengolahan Limbah"),
])
def test_a_sub_unit_field_the_lexicon_lacks_runs_to_the_comma(text: str, post: str) -> None:
    assert officials(text) == [("Sarmini Putri", post, None)]


def test_a_sub_unit_field_needs_a_closed_holder_after_the_comma() -> None:
    assert officials("Kasi Pemulihan Lahan, Sarmini Putri sejak pagi di lokasi.") == []


def test_a_field_ending_in_two_name_like_words_is_the_holder() -> None:
    # "Pemulihan Lahan Banyu Prasojo" is no field: its last two words read as a name, so Dewi Kartika holds no post
    assert officials("Kabid Pemulihan Lahan Banyu Prasojo, Dewi Kartika, hadir.") == []


@pytest.mark.parametrize("text, expected", [
    # a field's last word that reads as no name (data/official_words.csv, field: "air", "elektronik", "operasional",
    # "berbasis"): the field runs to the comma and the closed name after it is the holder
    ("Tamu diterima Kabid Sumber Daya Air, Sarpan Wijaya, di ruang rapat.",
     [("Sarpan Wijaya", "Kepala Bidang Sumber Daya Air", None)]),
    ("Paparan disampaikan Kepala Seksi Layanan Berbasis Elektronik, Dewi Kartika, kepada tamu.",
     [("Dewi Kartika", "Kepala Seksi Layanan Berbasis Elektronik", None)]),
    ("Hadir pula Penata Layanan Operasional, Dewi Kartika, dan staf bagian umum.",
     [("Dewi Kartika", "Penata Layanan Operasional", None)]),
])
def test_a_fields_last_word_is_no_holders_name(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit's acronym the lexicon lacks, written after a comma in a roll: the field is "Infokom", then the holder
    ("Rombongan disambut Asisten II Tarno Wiragati, Kadis Infokom Lusi Andamara, serta staf.",
     [("Tarno Wiragati", "Asisten II", None), ("Lusi Andamara", "Kepala Dinas Infokom", None)]),
    # an open head's office of any words, closed by the comma after its holder
    ("Rombongan disambut Direktur Pelayanan Gesang Purbaya, Direktur Operasi Nindya Kalwari, serta para manajer.",
     [("Gesang Purbaya", "Direktur Pelayanan", None), ("Nindya Kalwari", "Direktur Operasi", None)]),
    # the holder's degrees after the comma, then no name
    ("Tamu disambut Sekda Gesang Purbaya, Kasi Kemitraan Siaran Warga Nindya Kalwari, SE, MSi, dan staf.",
     [("Gesang Purbaya", "Sekretaris Daerah", None),
      ("Nindya Kalwari", "Kepala Seksi Kemitraan Siaran Warga", None)]),
    # the first of three name-like words the text writes elsewhere alone is the unit's place, not the holder's
    ("Warga Desa Karangwelas berkumpul. Mereka disambut Asisten II Tarno Wiragati, Direktur BUMDes Karangwelas "
     "Lusi Andamara Putri, serta staf.",
     [("Tarno Wiragati", "Asisten II", None), ("Lusi Andamara Putri", "Direktur BUMDes Karangwelas", None)]),
    # the holder's first name written alone later is no unit's place: only a place the text writes after a place word
    # or a preposition is ("Desa Karangwelas")
    ("Mereka disambut Asisten II Tarno Wiragati, Kadis Infokom Lusi Andamara Putri, serta staf. Menurut Lusi, layanan "
     "itu baru.",
     [("Tarno Wiragati", "Asisten II", None), ("Lusi Andamara Putri", "Kepala Dinas Infokom", None)]),
    # an honorific opens the name: the words before it are the field's
    ("Tamu disambut Sekda Gesang Purbaya, Kasi Bimbingan Umat H Lusi Andamara, SAg, dan staf.",
     [("Gesang Purbaya", "Sekretaris Daerah", None), ("Lusi Andamara", "Kepala Seksi Bimbingan Umat", None)]),
    # a region's name of two words inside the office ends no holder's name
    ("Menurut Kepala Ombudsman Maluku Utara Tarno Wiragati, hal itu penting.",
     [("Tarno Wiragati", "Kepala Ombudsman Maluku Utara", None)]),
])
def test_a_holders_name_closing_a_post_written_up_to_a_comma(text: str, expected: list) -> None:
    """Round 36 third wave: a field or office read up to a comma ended with the holder's name (a roll of posts and
    names, "Kadis Infokom Budi Prasojo, Kabag ..."); its last name-like words are the holder's."""
    assert officials(text) == expected


def test_a_name_after_the_comma_keeps_the_office_whole() -> None:
    assert officials("Menurut Kepala Pusat Kajian Kebijakan Publik, Tarno Wiragati, hal itu penting.") == [
        ("Tarno Wiragati", "Kepala Pusat Kajian Kebijakan Publik", None)]


@pytest.mark.parametrize("text, expected", [
    # "Regional" is an office's word (data/not_names.csv), never a name's: the holder after the comma holds the office
    ("Dalam sambutannya, Kepala Pusat Pelatihan Kemendagri Regional Borneo, Tarno, menyampaikan hal itu.",
     [("Tarno", "Kepala Pusat Pelatihan Kemendagri Regional Borneo")]),
])
def test_regional_is_no_holders_name(tagger, text: str, expected: list) -> None:
    result = tagger.extract({"id": "r", "url": None, "title": None, "published": "2024-03-08", "text": text})
    assert [(o["name"], o["position"]) for o in result["officials"]] == expected
