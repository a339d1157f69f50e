"""Officials: a council's deputy chair written short ("Wakil Pimpinan DPRD X") is its Wakil Ketua ("wakil DPRD X" is
a representative);
"Balitbang" is an office (a research agency), no holder."""

from __future__ import annotations

from nlp_helpers import officials

KEBUMEN = "Kabupaten Kebumen"


def test_a_short_deputy_chair() -> None:
    text = "Menurut Wakil Pimpinan DPRD Kebumen Hartawan Wirasena, rapat itu penting."
    assert ("Hartawan Wirasena", "Wakil Ketua DPRD", KEBUMEN) in officials(text)


def test_a_representative_of_the_council_is_no_deputy_chair() -> None:
    """ "wakil DPRD" in lower case is someone sent by the council, beside others sent by other bodies."""
    text = "Rapat dihadiri wakil DPRD Kebumen, Hartawan Wirasena, wakil Polres dan wakil Kodim."
    assert not any(position == "Wakil Ketua DPRD" for _, position, _ in officials(text))


def test_balitbang_is_an_office_not_a_holder() -> None:
    """ "Balitbang" (a research agency) after a head and in brackets after its written-out name is no one's name."""
    assert officials("Hadir Kepala Dinas Sosial, Balitbang, dan Kepala Desa Sukamaju.") == []
    text = "Kepala Badan Penelitian dan Pengembangan Kebumen (Balitbang Kebumen) Dewi Kartika membuka acara."
    assert [name for name, _, _ in officials(text)] == ["Dewi Kartika"]
