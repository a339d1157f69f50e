"""The day a delegation is received dates its visit when the sentence that tells the visit has no date: a sentence
"Rombongan itu diterima <host's head> ..., <day>" is one of the visit, like a sentence with a word of the trip, so its
day comes before a later sentence's day of another delegation's earlier trip (round 44).

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import facts

from nlp import Tagger

TEXT = ("Pemerintah Kabupaten Ngawi memilih berguru kepada Pemkot Madiun soal penataan kota. Bupati Ngawi, Hendarto "
        "Wiryamanggala, membawa 20 pejabat, di antaranya sekretaris daerah dan sejumlah kepala dinas. Rombongan itu "
        "diterima Wali Kota Madiun Gunadharma Suryoprawiro di Balai Kota, Rabu (9/4/2025).\n\n"
        "Menurut Tarmidzi Lohanawa, kunjungan ini untuk studi banding pengelolaan sampah dan taman kota.\n\n"
        "Sebelumnya, pada Senin, 3 Februari 2025, Pemerintah Kabupaten Magetan juga sudah belajar penataan kota ke "
        "Kota Madiun.")
TITLE = "Ngawi Berguru Penataan Kota ke Madiun"


@pytest.mark.parametrize("published", [None, "2025-04-10"])
def test_the_day_the_delegation_is_received_dates_its_visit(tagger: Tagger, published: str | None) -> None:
    got = {(v[0], v[1]): v[2] for v in facts(tagger, TEXT, published=published, title=TITLE)}
    assert got.get(("Kabupaten Ngawi", "Kota Madiun")) == "2025-04-09"


def test_a_letter_received_before_the_trip_is_no_day_of_the_visit(tagger: Tagger) -> None:
    text = ("Komisi A DPRD Kabupaten Ngawi studi banding ke Kota Madiun. Surat edaran soal perjalanan dinas baru "
            "diterima rombongan sesaat sebelum keberangkatan, Minggu (15/3) pagi. Kunjungan itu berlangsung Senin "
            "(16/3).")
    got = {(v[0], v[1]): v[2] for v in facts(tagger, text, published="2020-03-17")}
    assert got.get(("Kabupaten Ngawi", "Kota Madiun")) == "2020-03-16"
