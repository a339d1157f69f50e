"""Officials misspelt: only a title's head is read one letter off (``typo_head`` in data/official_words.csv); its
second word is not, for real words lie one letter away ("sanggar", "membantu"). A name spelt two ways takes the
spelling the text writes most."""

from __future__ import annotations

import pytest
from nlp_helpers import officials

KEBUMEN = "Kabupaten Kebumen"


@pytest.mark.parametrize("text", [
    # a real word one letter off a title's second word is no title ("sanggar", "membantu")
    "Ketua sanggar Dewi Kartika dan anggota sanggar Yosef Laban tampil di Kebumen.",
    "Seorang inspektur membantu Hartawan Wirasena menyeberang jalan di Kebumen.",
])
def test_a_word_one_letter_off_a_title_is_no_title(text: str) -> None:
    assert officials(text) == []


def test_a_name_spelt_two_ways_takes_the_form_written_most() -> None:
    """Each spelling found once beside a position: the one the text writes more often wins, not the longer."""
    text = ("Sekretaris DPRD Kebumen, Yosef Lab, ST, hadir. Yosef Lab menjelaskan tugasnya. Menurut Yosef Lab, "
            "kunjungan itu penting. \"Kami senang,\" ujar Sekwan Kebumen Yosef Labi kepada wartawan.")
    assert [name for name, _, _ in officials(text)] == ["Yosef Lab"]
