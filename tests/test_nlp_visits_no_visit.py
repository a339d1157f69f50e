"""Articles that tell of no learning visit between regions (round 17, from the newest letter's articles whose gold
holds no visit): a trip to a ministry's regional office, the nation's capital named only as the seat of the national
bodies a council consults (also as the dateline), a customary council's trip. Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import fired_for, pairs

from nlp import Tagger, lexicon
from nlp.visits import VisitFinder


@pytest.mark.parametrize("title, text", [
    # a ministry's regional office: the dateline town is no host
    (None, "Palu – Guna menyelaraskan raperda tentang pesantren, Bapemperda DPRD Kabupaten Banggai melakukan "
     "konsultasi ke Kantor Wilayah Kementerian Agama Sulteng, Kamis (4/9)."),
    (None, "Ternate – Pansus III DPRD Kabupaten Halmahera Barat membawa dua raperda saat berkonsultasi ke Kanwil "
     "Kemenkumham Maluku Utara, Senin (2/6)."),
    # the capital as the dateline, the ministry named in the next sentence: no host from the dateline
    (None, "JAKARTA – Bupati Sinjai beserta rombongan Pemkab Sinjai melakukan kunjungan kerja untuk mengusulkan "
     "dukungan irigasi, Selasa (3/6). Dalam kunjungan itu rombongan juga bertandang ke Kementerian Pertanian."),
])
def test_a_trip_to_a_national_bodys_office_hosts_nothing(tagger: Tagger, title: str | None, text: str) -> None:
    assert pairs(tagger, text, title=title) == []


def test_the_capital_named_bare_beside_a_ministry_trip_is_no_host(tagger: Tagger) -> None:
    # the ministry is named only in a later sentence, not right after "ke Jakarta"
    text = ("Badan Anggaran DPRD Kabupaten Muna berangkat konsultasi ke Jakarta, Rabu (3/7). Agenda utama rombongan "
            "ialah mendatangi Kementerian Keuangan guna menanyakan dana transfer daerah.")
    assert pairs(tagger, text) == []


def test_consulting_with_a_ministry_makes_the_capital_its_seat(tagger: Tagger) -> None:
    # "berkonsultasi dengan <national body>": met there, as "ke <national body>"
    text = ("Badan Musyawarah DPRD Kota Palopo melakukan kunjungan kerja ke Jakarta, Selasa (9/7). Rombongan "
            "berkoordinasi dengan direktorat jenderal yang membina dewan daerah di Kementerian Dalam Negeri tentang "
            "jadwal persidangan.")
    assert pairs(tagger, text) == []


def test_the_capital_seat_sends_no_delegation(tagger: Tagger) -> None:
    # "datang dari Jakarta ... tiba di B": the seat of the ministries is neither host nor visitor
    text = ("DPRD Kabupaten Konawe berkonsultasi ke Jakarta awal pekan, lalu menimba ilmu ke Kota Kendari. Rombongan "
            "pansus yang datang dari Jakarta itu tiba di Kota Kendari untuk belajar soal retribusi. Di Jakarta pansus "
            "menghadap ke Kementerian Keuangan.")
    found = pairs(tagger, text)
    assert ("Kabupaten Konawe", "Kota Kendari") in found
    assert not any("Jakarta" in v or "Jakarta" in h for v, h in found)


def test_the_capitals_own_offices_still_host(tagger: Tagger) -> None:
    # "Dinas X DKI": named as a government, so Jakarta hosts even beside a ministry trip
    text = ("Komisi C DPRD Kota Kendari berkonsultasi ke Kementerian Keuangan, lalu Komisi D ke Dinas Bina Marga DKI "
            "Jakarta untuk mempelajari pemeliharaan jalan kota.")
    assert ("Kota Kendari", "Provinsi Daerah Khusus Ibukota Jakarta") in pairs(tagger, text)


def test_the_nations_capital_is_read_from_the_province_name() -> None:
    finder = VisitFinder(lexicon.load())
    code = {r.name: r.code for r in finder.regions.values()}
    assert code["Provinsi Daerah Khusus Ibukota Jakarta"] in finder.national_capital
    assert code["Kota Administrasi Jakarta Selatan"] in finder.national_capital
    assert code["Kota Kendari"] not in finder.national_capital


@pytest.mark.parametrize("council", ["Dewan Adat", "Lembaga Adat"])
def test_a_customary_councils_study_trip_is_no_regions_visit(tagger: Tagger, council: str) -> None:
    text = f"Pengurus {council} Kabupaten Toraja Utara belajar cara mendata tanah ulayat ke Kabupaten Gowa pekan lalu."
    assert pairs(tagger, text) == []


def test_the_head_received_with_his_staff_leads_no_group(tagger: Tagger) -> None:
    text = ("Di aula kantor bupati, tamu dari Pemkab Wajo yang belajar tata kelola arsip diterima langsung Bupati "
            "Klaten, Anton Sukma, bersama jajaran Pemkab Klaten, Kamis (9/5).")
    assert ("head_with_group", "Kabupaten Klaten") not in fired_for(tagger, text)
    # the guest's head with his group still goes
    text = "Wali Kota Pariaman beserta rombongan tiba di Kabupaten Klaten dan disambut hangat Bupati Klaten."
    assert ("head_with_group", "Kota Pariaman") in fired_for(tagger, text)


def test_village_heads_of_a_kampung_from_a_region_travel(tagger: Tagger) -> None:
    text = ("Sebanyak 18 kepala kampung dari Kabupaten Mappi belajar mengelola badan usaha milik desa ke Kabupaten "
            "Klaten.")
    assert ("from_group", "Kabupaten Mappi") in fired_for(tagger, text)


def test_the_region_trainees_choose_as_their_host_sends_no_trainees(tagger: Tagger) -> None:
    # a bare verb of choosing after the course's name in a headline: "peserta <course> Tetapkan X sebagai Lokasi"
    title = "Peserta Pelatihan Pengawas Angkatan II Tetapkan Klaten sebagai Lokasi Benchmarking"
    text = ("Untuk benchmarking, peserta pelatihan kepemimpinan Pemkab Bone menjadikan Kabupaten Klaten sebagai lokasi "
            "belajar.")
    assert ("from_group", "Kabupaten Klaten") not in fired_for(tagger, text, title=title)


@pytest.mark.parametrize("title", [
    "Peserta Diklat Pengawas Angkatan IV Pilih Kabupaten Klaten untuk Benchmarking Pelayanan",
    "Peserta Pelatihan Administrator Angkatan V Sambangi Kota Madiun, Pelajari Mal Pelayanan",
])
def test_a_headline_verb_after_a_course_ends_its_name(tagger: Tagger, title: str) -> None:
    # the bare verb ("Pilih", "Sambangi") ends the course's name: the region after it is the host, not the trainees'
    text = "Para peserta pelatihan itu berdiskusi dengan sejumlah kepala bagian selama dua jam."
    fired = fired_for(tagger, text, title=title)
    assert not any(rule == "from_group" for rule, _ in fired)


HOLIDAY_CALL = "Wali Kota Parepare Hadiri Halalbihalal di Pendopo Bupati Wajo"


def test_a_headline_event_without_any_learning_word_is_no_visit(tagger: Tagger) -> None:
    text = ("Rombongan Pemkot Parepare datang ke pendopo Bupati Wajo, Sabtu (5/4), dan diterima Bupati Wajo beserta "
            "istri. Wali Kota Parepare memimpin sendiri rombongan Pemkot Parepare.")
    assert pairs(tagger, text, title=HOLIDAY_CALL) == []


def test_a_headline_event_with_a_learning_word_stays_a_visit(tagger: Tagger) -> None:
    text = ("Rombongan Pemkot Parepare datang ke pendopo Bupati Wajo, Sabtu (5/4), sekaligus belajar tata kelola "
            "pasar. Wali Kota Parepare memimpin sendiri rombongan Pemkot Parepare.")
    assert pairs(tagger, text, title=HOLIDAY_CALL) == [("Kota Parepare", "Kabupaten Wajo")]


def test_a_trade_mission_in_the_headline_is_no_visit(tagger: Tagger) -> None:
    # round 23: a trade mission ("misi dagang") is an event like an exhibition, no learning or working visit
    text = ("Rombongan Pemkot Parepare datang ke Kabupaten Wajo, Sabtu (5/4), dan diterima Bupati Wajo. Produk "
            "unggulan Kota Parepare dipamerkan kepada pelaku usaha Wajo.")
    assert pairs(tagger, text, title="Pemkot Parepare dan Pemkab Wajo Gelar Misi Dagang") == []


@pytest.mark.parametrize("consulted", [
    "berkonsultasi ke Jakarta", "berkonsultasi ke Kementerian Dalam Negeri di Jakarta", "beraudiensi ke Jakarta"])
def test_the_capital_a_delegation_came_from_after_consulting_sends_nobody(tagger: Tagger, consulted: str) -> None:
    # the nation's capital, only the seat of the national bodies consulted (never a host candidate), is no visitor
    text = (f"Pansus DPRD Kabupaten Wajo belajar ke Kota Bitung, sepulang {consulted}. Rombongan yang datang dari "
            "Jakarta itu diterima Sekda Kota Bitung.")
    assert pairs(tagger, text) == [("Kabupaten Wajo", "Kota Bitung")]
