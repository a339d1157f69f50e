"""Programs, round 11: services written the way regional news writes them (e-services in lower case, apps spelt
out after "aplikasi", a coined name addressing a head with its region, names with an apostrophe), and the bodies,
predicates, visits and events around them that are no programs. Our own sentences."""

from __future__ import annotations

import pytest

from nlp import Tagger


def programs(tagger: Tagger, text: str) -> list[str]:
    result = tagger.extract({"id": "p", "url": None, "title": None, "published": None, "text": text})
    return sorted(p["name"] for p in result["programs"])


@pytest.mark.parametrize("text, expected", [
    # e-services in lower case in a list after a kind word, the dash maybe written as a space
    ("Pemkot berbenah lewat layanan berbasis elektronik, antara lain e-absensi, e pasar, tanda tangan "
     "elektronik dan lainnya.", ["E pasar", "E-absensi"]),
    ("Kedua daerah sudah menerapkan sistem e pasar dan e retribusi sejak lama.", ["E pasar", "E retribusi"]),
    # a name spelt out before its acronym, an app by the word "aplikasi" before it
    ("Pemkab memperkenalkan sebuah aplikasi baru, yaitu Penerapan Sistem Catatan Barang Daerah (Sicabada) di "
     "kantor setempat.", ["Sistem Catatan Barang Daerah"]),
    # a coined name addressing a head of region, the region closing it
    ("Rombongan dari Kabupaten Pati belajar aplikasi Sapa Camat Kudus yang digagas Pemkab Kudus.",
     ["Sapa Camat Kudus"]),
    # an apostrophe inside a coined name
    ("Wali kota memamerkan sejumlah inovasi, di antaranya Sapu’an, Pa’de Sehat dan Lontar Pintar.",
     ["Lontar Pintar", "Pa’de Sehat", "Sapu’an"]),
])
def test_services_as_regional_news_writes_them(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym and a predicate about it, no lower-case complement of its name
    ("Sejak dibuka, kunjungan warga ke layanan LPK tergolong ramai.", ["LPK"]),
    # the agencies serving in a public-service hall
    ("Gedung itu akan menampung layanan BPN, Samsat, PLN, Imigrasi, Telkom, serta pelayanan publik lain.", []),
    # a national body spelt out near an app
    ("Mereka memakai aplikasi itu karena data Arsip Nasional Republik Indonesia (ANRI) menunjukkan hasil baik.",
     []),
    # a working visit and a car-free day are no programs
    ("DPRD itu mempunyai sistem Kunker Daerah Pemilihan (Dapil) yang rutin.", []),
    ("Pemkot juga membuka layanan setiap hari Minggu saat Car Free Day di alun-alun.", []),
])
def test_bodies_predicates_visits_and_events(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert programs(tagger, text) == expected
