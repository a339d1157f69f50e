"""Visits: the host's official chairing the reception ("Audiensi dipimpin Sekda Kota B") leads no delegation."""

from __future__ import annotations

from tests.nlp_helpers import visits

TRIO = ("visitor", "host", "leader")


def test_host_official_chairing_the_meeting_keeps_the_visit(tagger):
    found = visits(tagger, "Anggota DPRD Kabupaten Wajo berkunjung ke Kota Madiun untuk belajar pengelolaan pasar. "
                           "Audiensi dipimpin langsung oleh Sekda Kota Madiun Gatot Surendra didampingi para kepala "
                           "dinas.", title="Kunjungan DPRD Wajo", fields=TRIO)
    assert found == [("Kabupaten Wajo", "Kota Madiun", None)]


def test_the_delegation_led_by_its_own_head_still_leads(tagger):
    found = visits(tagger, "Anggota DPRD Kabupaten Wajo berkunjung ke Kota Madiun untuk belajar pengelolaan pasar. "
                           "Rapat dipimpin Asisten I Setda Kota Madiun Gatot Surendra. Rombongan dipimpin Wakil Ketua "
                           "DPRD Wajo Andi Budiman.", title="Kunjungan DPRD Wajo", fields=TRIO)
    assert found == [("Kabupaten Wajo", "Kota Madiun", "Andi Budiman")]


def test_a_trip_led_by_an_official_of_the_visiting_region_still_leads(tagger):
    # the one who leads is of the travelling region: he leads the trip, as before
    found = visits(tagger, "Rombongan Pemkab Wajo yang bertandang ke Kota Madiun dipimpin Sekda Kabupaten Wajo Yusran "
                           "Palelo untuk belajar pengelolaan pasar.", title="Pemkab Wajo ke Madiun", fields=TRIO)
    assert found == [("Kabupaten Wajo", "Kota Madiun", "Yusran Palelo")]
