"""Visits: a list after a trip to a named host lists more destinations, not guests of that host."""

from __future__ import annotations

from tests.nlp_helpers import visits

PAIRS = ("visitor", "host")


def test_other_destinations_of_the_visitor_are_no_guests_of_its_host(tagger):
    # "yang berkunjung ke X, ... studi banding ke daerah lain, yakni A dan B": A and B are where the visitor also
    # went, not delegations that came to X
    found = visits(tagger, "Pejabat Kabupaten Wajo yang berkunjung ke Kota Madiun, Senin (1/12/2025), juga studi "
                           "banding ke daerah lain, yakni Kabupaten Ngawi dan Kabupaten Pati.", fields=PAIRS)
    assert ("Kabupaten Ngawi", "Kota Madiun") not in found and ("Kabupaten Pati", "Kota Madiun") not in found


def test_destinations_listed_after_the_going_verb_stay_hosts(tagger):
    # no relative clause of coming: "studi banding ke tiga daerah, yaitu A, B dan C" lists where they go
    found = visits(tagger, "Komisi I DPRD Kota Bitung studi banding ke tiga daerah, yaitu Kabupaten Wajo, Kota Madiun "
                           "dan Kabupaten Pati, untuk belajar pelayanan publik.",
                   title="DPRD Kota Bitung Studi Banding", fields=PAIRS)
    assert {("Kota Bitung", "Kabupaten Wajo"), ("Kota Bitung", "Kota Madiun"), ("Kota Bitung", "Kabupaten Pati")} \
        <= set(found)
