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
