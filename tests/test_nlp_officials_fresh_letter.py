"""Round 21: causes of letter x's missed officials, each counted on the older letters before it was fixed.

Invented sentences only (names of convenience; places from the gazetteer).
"""

from __future__ import annotations

import pytest
from nlp_helpers import officials


@pytest.mark.parametrize("text", [
    "Bupati ditemani Dandim 0712/BK, Letkol Inf Hartono Wibisono, saat meninjau lumbung desa.",
    "Bupati ditemani Dandim 0712 Sleman, Letkol Czi. Hartono Wibisono, ST, saat meninjau lumbung desa.",
    "Bupati ditemani Dandim 0712 Sleman Raya, LETKOL Hartono Wibisono, saat meninjau lumbung desa.",
])
def test_a_unit_code_then_a_comma_then_the_ranked_holder(text: str) -> None:
    assert [(n, p) for n, p, _ in officials(text)] == [("Hartono Wibisono", "Komandan Distrik Militer")]


@pytest.mark.parametrize("text", [
    "Upacara dipimpin Kapolres Sleman AKBP Hartono Wibisono, SH, S.I.K, di lapangan kantor.",
    "Tamu ditemani Kapolres AKBP Hartono Wibisono, SIK, M.Si dan pejabat lain.",
])
def test_degrees_after_the_ranked_holder_are_no_rank_of_a_second_name(text: str) -> None:
    assert [n for n, _, _ in officials(text)] == ["Hartono Wibisono"]


def test_the_secretary_of_a_kelurahan_is_a_post() -> None:
    text = "Di pihak tuan rumah, Sekertaris Kelurahan Mawar Dua, Hartono Wibisono memaparkan cara kerja posyandu."
    assert [(n, p) for n, p, _ in officials(text)] == [("Hartono Wibisono", "Sekretaris Kelurahan")]


def test_a_council_represented_by_members_named_after_kepada() -> None:
    text = ("Rapat itu juga diikuti DPRD Kota Jambi yang diwakilkan kepada Hartono Wibisono, SH dan Dewi Lestari, SE, "
            "lalu para lurah.")
    assert [(n, p, r) for n, p, r in officials(text)] == [
        ("Hartono Wibisono", "Anggota DPRD", "Kota Jambi"), ("Dewi Lestari", "Anggota DPRD", "Kota Jambi")]


def test_a_bare_committee_of_the_council_named_before_represented_by_a_member() -> None:
    text = ("Tamu dari DPRD Kota Jambi tiba siang hari. Untuk urusan anggaran, Komisi II, yang diwakili Hartono "
            "Wibisono, menanyakan retribusi pasar.")
    assert [(n, p) for n, p, _ in officials(text)] == [("Hartono Wibisono", "Anggota Komisi II DPRD")]


def test_a_bare_committee_with_no_council_before_names_no_member() -> None:
    assert officials("Untuk urusan anggaran, Komisi II, yang diwakili Hartono Wibisono, menanyakan retribusi.") == []


@pytest.mark.parametrize(("text", "post"), [
    ("Materi dibawakan Widyaiswara Utama Pemprov Jambi, Hartono Wibisono, pada hari kedua.", "Widyaiswara Utama"),
    ("Materi dibawakan Analis Kebijakan Madya Setda Jambi, Hartono Wibisono, pada hari kedua.",
     "Analis Kebijakan Madya"),
])
def test_an_older_functional_grade_without_ahli(text: str, post: str) -> None:
    found = officials(text)
    assert [n for n, _, _ in found] == ["Hartono Wibisono"]
    assert found[0][1].startswith(post)


def test_a_lower_case_grade_word_is_no_grade() -> None:
    found = officials("Materi dibawakan Widyaiswara Pemprov Jambi, Hartono Wibisono, yang pertama kali hadir.")
    assert [(n, p) for n, p, _ in found] == [("Hartono Wibisono", "Widyaiswara")]
