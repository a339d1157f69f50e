"""Articles that tell of no learning visit between regions (round 17, from the newest letter's articles whose gold
holds no visit): a trip to a ministry's regional office, the nation's capital named only as the seat of the national
bodies a council consults (also as the dateline), a customary council's trip. Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import pairs

from nlp import Tagger, lexicon
from nlp.visits import VisitFinder


@pytest.mark.parametrize("title, text", [
    # a ministry's regional office: the dateline town is no host
    (None, "Kendari – Pansus II DPRD Kabupaten Kolaka Utara bertandang untuk konsultasi ke Kantor Wilayah "
     "Kementerian Agama Sultra, Kamis (4/9), soal raperda pendidikan keagamaan."),
    (None, "Ambon – Panitia Khusus DPRD Kabupaten Buru datang berkonsultasi ke Kanwil Kemenkumham Maluku, Senin "
     "(2/6), untuk harmonisasi dua raperda."),
    # the capital as the dateline, the ministry named in the next sentence: no host from the dateline
    (None, "JAKARTA – Bupati Sinjai beserta rombongan Pemkab Sinjai melakukan kunjungan kerja untuk mengusulkan "
     "dukungan irigasi, Selasa (3/6). Dalam kunjungan itu rombongan juga bertandang ke Kementerian Pertanian."),
])
def test_a_trip_to_a_national_bodys_office_hosts_nothing(tagger: Tagger, title: str | None, text: str) -> None:
    assert pairs(tagger, text, title=title) == []


def test_the_capital_named_bare_beside_a_ministry_trip_is_no_host(tagger: Tagger) -> None:
    # the ministry is named only in a later sentence, not right after "ke Jakarta"
    text = ("Sebanyak 30 anggota DPRD Kabupaten Buton berangkat konsultasi ke Jakarta pekan ini. Menurut Sekwan, "
            "dewan terbagi dua kelompok yang akan menghadap ke Kementerian Dalam Negeri soal tata tertib.")
    assert pairs(tagger, text) == []


def test_consulting_with_a_ministry_makes_the_capital_its_seat(tagger: Tagger) -> None:
    # "berkonsultasi dengan <national body>": met there, as "ke <national body>"
    text = ("Kunjungan kerja DPRD Kota Baubau ke Jakarta berlangsung selama empat hari. Di sana komisi-komisi "
            "berkonsultasi dengan Dirjen Bina Keuangan Daerah Kementerian Dalam Negeri soal pajak.")
    assert pairs(tagger, text) == []


def test_the_capital_seat_sends_no_delegation(tagger: Tagger) -> None:
    # "kembali dari Jakarta ... bertolak ke B": the seat of the ministries is neither host nor visitor
    text = ("DPRD Kabupaten Buton pekan lalu berkonsultasi ke Jakarta soal pajak daerah, kini studi banding ke Kota "
            "Kendari. Tim pansus yang sepekan lalu kembali dari Jakarta tersebut bertolak lagi ke Kota Kendari guna "
            "belajar soal retribusi. Sebelumnya pansus berkonsultasi ke Kementerian Keuangan.")
    found = pairs(tagger, text)
    assert ("Kabupaten Buton", "Kota Kendari") in found
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


def test_a_customary_councils_study_trip_is_no_regions_visit(tagger: Tagger) -> None:
    text = ("Sorong – Dewan Adat Kabupaten Tambrauw melakukan studi banding tentang pemetaan hak ulayat di "
            "Kabupaten Sorong, Senin (7/7).")
    assert pairs(tagger, text) == []


def visitor_rules(tagger: Tagger, text: str, title: str | None = None) -> set[tuple[str, str]]:
    """(rule, region name) of every counted visitor firing."""
    tagger.extract({"id": "r", "url": None, "title": title, "published": "2024-03-08", "text": text})
    names = {r.code: r.name for r in VisitFinder(lexicon.load()).regions.values()}
    return {(f.rule, names[f.code]) for f in tagger.last_trace.firings if f.role == "visitor" and f.weight > 0}


def test_the_head_received_with_his_staff_leads_no_group(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Wajo tiba di pendopo untuk studi banding dan disambut hangat Bupati Klaten, Budi "
            "Santoso, beserta jajaran Pemkab Klaten, Senin (6/3).")
    assert ("head_with_group", "Kabupaten Klaten") not in visitor_rules(tagger, text)
    # the guest's head with his group still goes
    text = "Wali Kota Pariaman beserta rombongan tiba di Kabupaten Klaten dan disambut hangat Bupati Klaten."
    assert ("head_with_group", "Kota Pariaman") in visitor_rules(tagger, text)


def test_village_heads_of_a_kampung_from_a_region_travel(tagger: Tagger) -> None:
    text = ("Selama sepekan, 25 kepala kampung dari Kabupaten Biak Numfor menjalani studi tiru pengelolaan desa "
            "wisata di Jawa Tengah.")
    assert ("from_group", "Kabupaten Biak Numfor") in visitor_rules(tagger, text)


def test_the_region_trainees_choose_as_their_host_sends_no_trainees(tagger: Tagger) -> None:
    title = "Peserta Pelatihan Kepemimpinan Angkatan III Pilih Klaten sebagai Tempat Belajar"
    text = "Kabupaten Klaten dipilih peserta pelatihan kepemimpinan Pemkab Bone sebagai tempat benchmarking."
    assert ("from_group", "Kabupaten Klaten") not in visitor_rules(tagger, text, title=title)


HOLIDAY_CALL = "Bupati Wajo Sambangi Rumah Jabatan Wali Kota Parepare di Hari Raya Idulfitri"


def test_a_headline_event_without_any_learning_word_is_no_visit(tagger: Tagger) -> None:
    text = ("Jajaran Pemerintah Kabupaten Wajo bersilaturahmi ke Rumah Jabatan Wali Kota Parepare, Senin (31/3). "
            "Bupati Wajo memimpin langsung rombongan Pemkab Wajo dan disambut Wali Kota Parepare.")
    assert pairs(tagger, text, title=HOLIDAY_CALL) == []


def test_a_headline_event_with_a_learning_word_stays_a_visit(tagger: Tagger) -> None:
    text = ("Jajaran Pemerintah Kabupaten Wajo bersilaturahmi ke Rumah Jabatan Wali Kota Parepare sekaligus belajar "
            "pengelolaan pasar, Senin (31/3). Bupati Wajo memimpin langsung rombongan Pemkab Wajo.")
    assert pairs(tagger, text, title=HOLIDAY_CALL) == [("Kabupaten Wajo", "Kota Parepare")]
