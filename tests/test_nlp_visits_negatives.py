"""What is no visit: a committee working at home, a province or governor touring its own regions (oversight), a head
preparing a president's visit, a region being a model.

Sentences of our own.
"""

from __future__ import annotations

from nlp_helpers import facts, pairs

from nlp import Tagger


def test_a_committee_working_at_home_hosts_nothing(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Ngawi studi banding ke Kota Madiun. Komisi I yang membidangi pemerintahan di "
            "Kabupaten Wajo tidak ikut.")
    assert pairs(tagger, text) == [("Kabupaten Ngawi", "Kota Madiun")]


def test_a_provinces_working_visit_to_its_own_region_is_oversight(tagger: Tagger) -> None:
    text = ("DPRD Provinsi Jawa Timur melakukan kunjungan kerja ke Kabupaten Ngawi, Senin (6/3), untuk mendata "
            "kebutuhan prioritas daerah itu.")
    assert pairs(tagger, text) == []
    learning = text.replace("untuk mendata kebutuhan prioritas daerah itu", "untuk belajar pengelolaan pasar")
    assert pairs(tagger, learning) == [("Provinsi Jawa Timur", "Kabupaten Ngawi")]


def test_governor_touring_a_regency_of_his_province_is_no_visit(tagger: Tagger) -> None:
    text = ("Gubernur Riau Hendra Putra melakukan kunjungan kerja ke Kabupaten Kampar, Senin (6/3), untuk meninjau "
            "jalan. Ia disambut Bupati Kampar di Bangkinang.")
    assert facts(tagger, text) == []


def test_the_head_of_a_region_preparing_a_presidents_visit_travels_nowhere(tagger: Tagger) -> None:
    text = ("Presiden dijadwalkan kunjungan kerja ke Kabupaten Ngawi besok. Selain ke Ngawi, Presiden juga akan "
            "berkunjung ke Kabupaten Magetan. Bupati Ngawi Hadi Suseno memantau persiapan di pasar.")
    assert pairs(tagger, text) == []


def test_being_a_model_makes_no_learner(tagger: Tagger) -> None:
    text = ("Inovasi Pemkab Wajo layak dijadikan percontohan dan diadopsi daerah lain. Pemkab Pati berencana "
            "mereplikasi inovasi itu, yang diajukan untuk direplikasi dari Kabupaten Wajo.")
    assert pairs(tagger, text) == []


def test_pupils_and_member_organisations_of_a_region_give_it_no_delegation(tagger: Tagger) -> None:
    # round 37: school pupils ("pelajar", "siswa") and the national member organisations with a branch in every
    # region (PWRI, Muhammadiyah) travel for themselves, not for their region's government
    pupils = ("Sebanyak 40 pelajar Kota Madiun melakukan studi banding ke Kabupaten Ngawi, Senin (6/3), untuk "
              "belajar pengelolaan bank sampah.")
    assert pairs(tagger, pupils) == []
    assert pairs(tagger, pupils.replace("pelajar", "siswa")) == []
    members = ("Rombongan PWRI Kabupaten Magetan berkunjung ke Kabupaten Wajo, Selasa (7/3), untuk belajar "
               "pengelolaan pasar rakyat.")
    assert pairs(tagger, members) == []
    assert pairs(tagger, members.replace("PWRI", "Pimpinan Daerah Muhammadiyah")) == []


def test_a_regions_government_taking_its_pupils_still_visits(tagger: Tagger) -> None:
    # a guard: the region's own government named as the traveller keeps its pair
    text = ("Rombongan Pemkab Magetan studi banding ke Kabupaten Wajo, Selasa (7/3), untuk belajar pengelolaan "
            "pasar rakyat. Dinas Pendidikan juga mengajak para pelajar berprestasi.")
    assert pairs(tagger, text) == [("Kabupaten Magetan", "Kabupaten Wajo")]


def test_an_organisations_name_ending_in_a_comma_before_its_region_gives_no_delegation(tagger: Tagger) -> None:
    # round 38: the organisation's own name may end in a comma before the region it is placed in ("mahasiswa
    # Universitas A, Kota Y"; a closing bracket too): the students still travel for themselves
    students = ("Sebanyak 40 mahasiswa jurusan Ekonomi Universitas Merdeka Raya, Kupang menjalani studi banding di "
                "Kabupaten Sleman, Senin (6/1), untuk belajar pengelolaan pasar rakyat.")
    assert pairs(tagger, students) == []
    bracket = ("Sebanyak 40 mahasiswa Sekolah Tinggi Ilmu Tani (STIT), Kabupaten Magetan studi banding ke Kabupaten "
               "Wajo, Selasa (7/3), untuk belajar pengelolaan pasar rakyat.")
    assert pairs(tagger, bracket) == []


def test_a_comma_in_a_list_or_a_clause_still_ends_the_organisations_reach(tagger: Tagger) -> None:
    # a guard: a comma after a lower-case word (a clause) or a list after the organisation leaves the region's own
    # government its trip
    clause = ("Politisi partai itu menjelaskan, Pemkab Magetan studi banding ke Kabupaten Wajo, Selasa (7/3), untuk "
              "belajar pengelolaan pasar rakyat.")
    assert pairs(tagger, clause) == [("Kabupaten Magetan", "Kabupaten Wajo")]
    # a region named as a government right before the comma (a host or a guest) is no end of the organisation's name
    guest = ("Rombongan mahasiswa Universitas Merdeka Raya disambut Bupati Sleman, Kabupaten Magetan studi banding ke "
             "Kabupaten Wajo, Selasa (7/3), untuk belajar pengelolaan pasar rakyat.")
    assert pairs(tagger, guest) == [("Kabupaten Magetan", "Kabupaten Wajo")]


def test_a_headline_of_an_association_gathering_tells_of_no_visit(tagger: Tagger) -> None:
    # round 37: a headline naming an association of regional governments (APEKSI, APKASI, ...) and no trip word
    # tells of its gathering, where heads of many regions meet: no visit, whatever the body learns
    title = "Wali Kota Madiun Ikuti Rapat Kerja APEKSI di Ngawi"
    text = ("Wali Kota Madiun Rastono Wiraguna berkunjung ke Kabupaten Ngawi untuk rapat kerja APEKSI, Senin (6/3). Ia "
            "belajar pengelolaan sampah dari Bupati Ngawi.")
    assert pairs(tagger, text, title=title) == []
    plain = "Wali Kota Madiun Ikuti Rapat Kerja di Ngawi"
    assert pairs(tagger, text, title=plain) == [("Kota Madiun", "Kabupaten Ngawi")]


def test_a_trip_told_in_an_association_headline_still_visits(tagger: Tagger) -> None:
    # a guard: a trip word in the headline keeps the visit ("Sambangi B, Pemko A Matangkan Raker APEKSI")
    title = "Sambangi Ngawi, Pemkot Madiun Siapkan Rapat Kerja APEKSI"
    text = ("Rombongan Pemkot Madiun studi banding ke Kabupaten Ngawi, Senin (6/3), untuk belajar pengelolaan sampah "
            "sebelum rapat kerja APEKSI.")
    assert pairs(tagger, text, title=title) == [("Kota Madiun", "Kabupaten Ngawi")]


def test_a_courtesy_call_or_a_welcome_alone_opens_no_visit(tagger: Tagger) -> None:
    # round 40: "bersilaturahmi", "beraudiensi", "menyambut" (role courtesy of data/visit_cues.csv) tell of a
    # meeting, not of a trip: with no word of learning and no other plain visit cue, no pair
    texts = [
        "Pemkab Ngawi beraudiensi dengan Pemkab Magetan di Magetan, Senin (6/3), membahas batas wilayah kedua daerah.",
        "Bupati Ngawi Hadi Suseno bersilaturahmi dengan Pemkab Magetan dan DPRD Magetan, Senin (6/3), di Pendopo "
        "Magetan.",
        "Wakil Bupati Magetan menyambut Bupati Ngawi Hadi Suseno beserta jajaran Pemkab Ngawi di Pendopo Pemkab "
        "Magetan, Senin (6/3).",
        "DPRD Magetan menyambut DPRD Ngawi di gedung dewan, Senin (6/3), untuk membahas batas wilayah.",
    ]
    for text in texts:
        assert pairs(tagger, text) == [], text


def test_a_courtesy_call_beside_a_trip_or_a_received_delegation_still_visits(tagger: Tagger) -> None:
    texts = [
        "Pemkab Magetan menyambut rombongan Pemkab Ngawi di Pendopo Magetan, Senin (6/3), yang datang membahas batas "
        "wilayah.",
        "Pemkab Magetan menyambut kedatangan Pemkab Ngawi di Pendopo Magetan, Senin (6/3).",
        "Pemkab Ngawi bersilaturahmi dengan Pemkab Magetan, Senin (6/3). Rombongan DPRD Ngawi juga berkunjung ke "
        "DPRD Magetan membahas batas wilayah.",
        "Pemkab Ngawi bersilaturahmi dengan Pemkab Magetan, Senin (6/3), sekaligus belajar pengelolaan pasar.",
    ]
    for text in texts:
        assert pairs(tagger, text) == [("Kabupaten Ngawi", "Kabupaten Magetan")], text
