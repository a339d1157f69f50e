"""Officials, round 19 (causes behind the errors of fresh news, checked on the older letters): a nickname blended
from a holder's full name is that holder; a committee's post written without its number takes the committee named
before."""

from __future__ import annotations

import pytest
from nlp_helpers import officials


@pytest.mark.parametrize("text, full", [
    ("Presiden Rangga Sudibyo meresmikan jembatan itu. Dalam sambutannya, Presiden Rangsu meminta warga merawatnya.",
     "Rangga Sudibyo"),
    ("Bupati Halim Marsono membuka pameran. Bupati Halma mengajak warga datang.", "Halim Marsono"),
])
def test_blended_nickname_is_the_full_name(text: str, full: str) -> None:
    assert [name for name, _, _ in officials(text)] == [full]


def test_blend_needs_two_letters_of_each_word() -> None:
    # "Ranti" takes only one letter of "Sudibyo": no blend, another person
    got = [name for name, _, _ in officials("Presiden Rangga Sudibyo tiba. Presiden Ranti menyusul kemudian.")]
    assert "Ranti" in got


def test_unnumbered_committee_posts_take_the_committee_named_before() -> None:
    text = ("Pimpinan Komisi B DPRD Kota Tidore hadir, yakni Ketua Komisi Rasmini Hadijah dan Sekretaris Komisi "
            "Latif Bakri.")
    got = officials(text)
    assert ("Rasmini Hadijah", "Ketua Komisi B DPRD", "Kota Tidore Kepulauan") in got
    assert ("Latif Bakri", "Sekretaris Komisi B DPRD", "Kota Tidore Kepulauan") in got


def test_unnumbered_committee_post_needs_a_committee_before() -> None:
    assert officials("Menurut Ketua Komisi Rasmini Hadijah, warga puas.") == []
