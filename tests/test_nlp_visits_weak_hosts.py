"""A weaker host told with a word of learning or of a working visit in its own sentence ("Esoknya para tamu pun
studi tiru pula ke Kabupaten A dan Kabupaten B"): another destination of the trip, not a place named in passing,
even when the main host's evidence is more than twice its own.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from nlp_helpers import pairs

from nlp import Tagger

TITLE = "Pemkot Tomohon Studi Banding ke Kota Sawahlunto"
MAIN = ("Delegasi Pemkot Tomohon studi banding ke Kota Sawahlunto, Senin (6/3). Lawatan ke Kota Sawahlunto tersebut "
        "memakan dua hari. Delegasi sampai di Kota Sawahlunto lalu disambut Wali Kota Sawahlunto di balai kota. ")


@pytest.mark.parametrize("text, hosts", [
    (MAIN + "Pada hari kedua, delegasi itu pun studi banding ke Kabupaten Sinjai dan Kabupaten Wajo.",
     ["Kabupaten Sinjai", "Kabupaten Wajo", "Kota Sawahlunto"]),
    (MAIN + "Sehari kemudian delegasi meneruskan kunjungan kerja menuju ke Kabupaten Sinjai.",
     ["Kabupaten Sinjai", "Kota Sawahlunto"]),
])
def test_a_weaker_host_told_with_a_trip_word_is_another_destination(tagger: Tagger, text: str,
                                                                     hosts: list[str]) -> None:
    assert pairs(tagger, text, title=TITLE) == [("Kota Tomohon", h) for h in hosts]


def test_regions_in_a_list_of_the_trips_destinations_are_hosts(tagger: Tagger) -> None:
    # round 38: the headline and most sentences name the first destination; the list of all three, told by a
    # destination word and "yaitu", gave the other two half its evidence or less
    text = ("Rombongan DPRD Kota Tomohon berangkat kunker ke Sawahlunto, Senin (6/3). Menurut Ketua DPRD Tomohon, "
            "kunker ke Sawahlunto itu untuk belajar tata kelola wisata. Mereka akan singgah di tiga "
            "lokasi tujuan, yaitu Kota Sawahlunto, Kabupaten Sinjai serta Kabupaten Wajo.")
    assert pairs(tagger, text, title=TITLE) == [("Kota Tomohon", h)
                                                for h in ["Kabupaten Sinjai", "Kabupaten Wajo", "Kota Sawahlunto"]]


def test_a_destination_list_of_an_earlier_trip_adds_no_host(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kota Tomohon berangkat kunker ke Sawahlunto, Senin (6/3). Menurut Ketua DPRD Tomohon, "
            "kunker ke Sawahlunto itu untuk belajar tata kelola wisata. Mereka juga pernah singgah di dua "
            "lokasi tujuan, yaitu Kabupaten Sinjai serta Kabupaten Wajo.")
    assert pairs(tagger, text, title=TITLE) == [("Kota Tomohon", "Kota Sawahlunto")]
