"""Officials in regional-office and council slang: an office between position and holder, councils called by
their level, typed heads without their unit, members listed after "anggotanya" or after a council's personnel.

Invented sentences only (names and places of convenience); every expected list is the whole list.
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


@pytest.mark.parametrize("text, expected", [
    # a secretariat between position and holder, with no region after it
    ("Tamu disambut Asisten Ekobang Setda Wulan Prameswari di pendopo Ngawi.",
     [("Wulan Prameswari", "Asisten Ekonomi dan Pembangunan", "Kabupaten Ngawi")]),
    # "Setkab", "Setkot": a secretariat before the region
    ("Hal itu dikatakan Kepala Bagian Umum Setkab Ngawi, Wulan Prameswari, kepada wartawan.",
     [("Wulan Prameswari", "Kepala Bagian Umum", "Kabupaten Ngawi")]),
    # "Dekab" / "Dekot": the council by its level
    ("Ketua Dekab Ngawi, Dodi Haryanto, menyampaikan kiat.", [("Dodi Haryanto", "Ketua DPRD", "Kabupaten Ngawi")]),
    # fields of a bureau or section joined by "dan"
    ("Di Ngawi hadir Kabag Penganggaran dan Pengawasan, Rina Kartika.",
     [("Rina Kartika", "Kepala Bagian Penganggaran dan Pengawasan", "Kabupaten Ngawi")]),
    # a typed head without its unit, its holder after a comma
    ("Rombongan DPUPR Kabupaten Ngawi dipimpin Sekretaris Dinas, Dodi Haryanto, bersama staf.",
     [("Dodi Haryanto", "Sekretaris Dinas", "Kabupaten Ngawi")]),
])
def test_offices_and_councils_in_slang(text: str, expected: list) -> None:
    assert officials(text) == expected


def test_members_listed_after_anggotanya() -> None:
    text = ("Rombongan DPRD Ngawi yang dipimpin Wakil Ketua DPRD Surono, bersama anggotanya Drs. Dodi Haryanto, "
            "Wulan Sari, dan H. Bagas Wirotomo, disambut di Madiun.")
    assert officials(text) == [("Surono", "Wakil Ketua DPRD", "Kabupaten Ngawi"),
                               ("Dodi Haryanto", "Anggota DPRD", "Kabupaten Ngawi"),
                               ("Wulan Sari", "Anggota DPRD", "Kabupaten Ngawi"),
                               ("Bagas Wirotomo", "Anggota DPRD", "Kabupaten Ngawi")]


def test_anggotanya_needs_a_list() -> None:
    text = "Rombongan DPRD Ngawi dipimpin Wakil Ketua DPRD Surono bersama anggotanya Dodi Haryanto tiba."
    assert officials(text) == [("Surono", "Wakil Ketua DPRD", "Kabupaten Ngawi")]


def test_a_council_committee_personnel_listed() -> None:
    text = ("Dipimpin Ketua Komisi I DPRD Kota Madiun, Budi Santoso, para personil Komisi I yakni Rina Kartika, "
            "Dodi Haryanto dan Wulan Prameswari berdialog.")
    assert officials(text) == [("Budi Santoso", "Ketua Komisi I DPRD", "Kota Madiun"),
                               ("Rina Kartika", "Anggota Komisi I DPRD", "Kota Madiun"),
                               ("Dodi Haryanto", "Anggota Komisi I DPRD", "Kota Madiun"),
                               ("Wulan Prameswari", "Anggota Komisi I DPRD", "Kota Madiun")]
