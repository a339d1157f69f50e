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


def test_a_compass_word_closes_a_place_not_a_holder() -> None:
    assert officials("Rapat diikuti para Kabag, Camat Sungai Barat dan Bukit Utara, serta perwakilan OPD.") == []


def test_a_holder_named_like_a_direction_is_kept_when_the_word_is_inside_the_name() -> None:
    found = officials("Rapat dibuka Camat Sungai Kecil, Utara Wibisono, lalu perwakilan OPD.")
    assert [n for n, _, _ in found] == ["Utara Wibisono"]


@pytest.mark.parametrize("written", ["Bpk. H.", "Bp", "Ibuk"])
def test_short_forms_of_bapak_and_ibu_are_no_part_of_the_name(written: str) -> None:
    text = f"Pameran itu dibuka Kepala Dinas Pertanian Jambi, {written} Hartono Wibisono, pagi hari."
    assert [n for n, _, _ in officials(text)] == ["Hartono Wibisono"]


@pytest.mark.parametrize("text", [
    "Rombongan diterima Direktur RSUD Sekar Wangi drg. Dewi Lestari di ruang rapat.",
    "Rombongan diterima Direktur RS Pratama Sleman dr Dewi Lestari beserta stafnya.",
])
def test_a_hospital_named_after_its_post_then_the_titled_director(text: str) -> None:
    assert [n for n, _, _ in officials(text)] == ["Dewi Lestari"]


def test_a_doctor_in_the_next_clause_is_not_the_director() -> None:
    text = "Direktur RSUD Dewi Lestari bersama dr Hartono Wibisono meninjau ruang isolasi."
    assert [n for n, _, _ in officials(text)][:1] == ["Dewi Lestari"]
