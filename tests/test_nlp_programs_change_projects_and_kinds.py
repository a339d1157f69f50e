"""Round 21 (from letter x, each shape counted on the older letters): a leadership course's change projects listed
after "proyek perubahan ... ialah" (the list intro reads the same words as the colon list), a study trip ("Kaji
Banding"), a university's degree programme ("Program Magister X"), a sector ("Sektor X"), a preposition ending a
name ("antara") and the possessive -nya on a name's last word ("Gerai Izin Terpadunya"), a quoted name after a naming
verb ("bernama “X”") and a medium ("Media X")."""

from __future__ import annotations

from nlp_helpers import programs

from nlp import Tagger


def test_change_projects_listed_after_ialah_are_programs(tagger: Tagger) -> None:
    text = ("Proyek perubahan yang dipaparkan para peserta pelatihan dalam seminar itu ialah Lentera Pesisir, "
            "Sitaruna, Dapur Gizi Gotong Royong, dan Jaga Sungai Bening.")
    assert sorted(programs(tagger, text)) == ["Dapur Gizi Gotong Royong", "Jaga Sungai Bening", "Lentera Pesisir",
                                              "Sitaruna"]
    # a list of officials after the same words names no program
    text = "Menurut panitia, penggagas semua proyek perubahan tadi adalah Kepala Dinas Perikanan Ahmad Sulaiman."
    assert programs(tagger, text) == []


def test_a_study_trip_is_no_program(tagger: Tagger) -> None:
    text = "Melalui Kaji Banding ke kabupaten tetangga, para kader posyandu mencatat program Gudang Beras Warga."
    assert programs(tagger, text) == ["Gudang Beras Warga"]


def test_a_degree_programme_is_no_program(tagger: Tagger) -> None:
    text = ("Sebanyak dua puluh mahasiswa Program Magister Kebijakan Publik mengikuti kuliah lapangan di sebuah "
            "kecamatan.")
    assert programs(tagger, text) == []


def test_a_sector_is_no_program(tagger: Tagger) -> None:
    text = "Selama dua hari rombongan belajar tentang Sektor Perkebunan Rakyat di kabupaten tetangga."
    assert programs(tagger, text) == []


def test_a_preposition_ends_a_name_after_a_trigger(tagger: Tagger) -> None:
    text = "Para penyuluh pertanian saling berbagi program antara kelompok tani."
    assert programs(tagger, text) == []


def test_the_possessive_nya_is_no_part_of_a_name(tagger: Tagger) -> None:
    text = "Kabupaten itu membuka loket akta kelahiran di Gerai Izin Terpadunya pada awal bulan ini."
    assert programs(tagger, text) == ["Gerai Izin Terpadu"]


def test_a_quoted_name_after_a_naming_verb_is_a_program(tagger: Tagger) -> None:
    text = "Koperasi warga menyediakan truk antar jemput gabah bernama \"Jemari Tani\" sejak musim tanam lalu."
    assert programs(tagger, text) == ["Jemari Tani"]
    # without quotes or a program word a naming verb names no program, nor "dengan nama" a site
    assert programs(tagger, "Sebuah perahu motor bernama Jemari Tani bersandar di dermaga desa.") == []
    text = "Bukit itu tercatat sebagai cagar budaya dengan nama \"Bukit Batu Bersusun\" sejak lama."
    assert programs(tagger, text) == []


def test_a_medium_is_no_program(tagger: Tagger) -> None:
    text = ("Pekan lalu bupati berbincang dengan wartawan tentang pemberitaan lewat Media Daring dan Media Radio di "
            "daerahnya.")
    assert programs(tagger, text) == []
