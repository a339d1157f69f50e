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
    # "Ranggas" takes only one letter of "Sudibyo": no blend, another person
    got = [name for name, _, _ in officials("Presiden Rangga Sudibyo tiba. Presiden Ranggas menyusul kemudian.")]
    assert "Ranggas" in got


def test_unnumbered_committee_posts_take_the_committee_named_before() -> None:
    text = ("Komisi B DPRD Kota Tidore menggelar rapat kerja. Ketua Komisi Rasmini Hadijah membuka rapat itu, lalu "
            "Sekretaris Komisi Latif Bakri membacakan agenda.")
    got = officials(text)
    assert ("Rasmini Hadijah", "Ketua Komisi B DPRD", "Kota Tidore Kepulauan") in got
    assert ("Latif Bakri", "Sekretaris Komisi B DPRD", "Kota Tidore Kepulauan") in got


def test_unnumbered_committee_post_needs_a_committee_before() -> None:
    assert officials("Menurut Ketua Komisi Rasmini Hadijah, warga puas.") == []


def test_unnumbered_committee_post_needs_a_name_after() -> None:
    # another commission's chair, named after a council committee: no post of that committee
    text = "Komisi A DPRD Kota Bogor menggelar rapat kerja. Hadir pula Ketua Komisi Informasi Banyu Prasojo."
    assert [o for o in officials(text) if "Komisi A" in o[1]] == []


def test_members_listed_after_an_unnumbered_committee_post() -> None:
    text = ("Komisi III DPRD Kabupaten Paser meninjau bendungan. Sekretaris Komisi Latif Bakri, Wardah Sulaiman, "
            "Yosef Ndeta, dan Marlina Tuasikal menyusuri tanggulnya.")
    got = officials(text)
    assert ("Latif Bakri", "Sekretaris Komisi III DPRD", "Kabupaten Paser") in got
    for name in ("Wardah Sulaiman", "Yosef Ndeta", "Marlina Tuasikal"):
        assert (name, "Anggota Komisi III DPRD", "Kabupaten Paser") in got


@pytest.mark.parametrize("degrees", ["S.SP", "S.Sos.M.AP", "S.M.Si"])
def test_degrees_glued_into_one_word_are_no_part_of_the_name(degrees: str) -> None:
    text = f"Sekretaris Daerah Kabupaten Paser, Latif {degrees}, meninjau sawah warga pagi tadi."
    assert officials(text) == [("Latif", "Sekretaris Daerah", "Kabupaten Paser")]


@pytest.mark.parametrize("written", ["R.K.Wardoyo", "R.K. Wardoyo"])
def test_initials_stay_in_the_name(written: str) -> None:
    # initials glued to a name, or glued to each other with no degree among them ("R.K."), are no degrees
    assert [n for n, _, _ in officials(f"Bupati Paser {written} meninjau pasar.")] == [written]


def test_a_member_named_with_the_council_he_comes_from() -> None:
    text = "Jalan desa di sini mulus, ujar Rahmat Wijaya dari DPRD Kabupaten Solok. Rombongan lalu makan siang."
    assert officials(text) == [("Rahmat Wijaya", "Anggota DPRD", "Kabupaten Solok")]


def test_members_named_with_their_numbered_committee() -> None:
    text = ("Rombongan DPRD Kabupaten Paser dipimpin Sekda Latif Bakri, didampingi Wardah Sulaiman dari Komisi 1 "
            "dan Yosef Ndeta dari Komisi 4.")
    got = officials(text)
    assert ("Wardah Sulaiman", "Anggota Komisi I DPRD", "Kabupaten Paser") in got
    assert ("Yosef Ndeta", "Anggota Komisi IV DPRD", "Kabupaten Paser") in got


@pytest.mark.parametrize("text", [
    "Para peserta duduk. Sesudah itu Peserta dari Komisi I DPRD Kota Bogor berdiri.",
    "Peserta dari Komisi I DPRD Kota Bogor berdiri.",
    "Rombongan DPRD Kota Bogor tiba. Kunjungan rombongan asal Bali dari Komisi 1 itu singkat.",
    "Hal itu disampaikan Rahmat Wijaya dari Komisi 2 kepada wartawan.",  # a bare committee, no council named
])
def test_no_member_from_a_common_word_or_place(text: str) -> None:
    assert officials(text) == []


@pytest.mark.parametrize("text, post", [
    ("Kasi Pemulihan Lahan, Sarmini Putri, mengaku puas atas panen pertama itu.", "Kepala Seksi Pemulihan Lahan"),
    ("Kabid Pengolahan Limbah, Dr Ir Sarmini Putri, menambahkan keterangan itu.", "Kepala Bidang Pengolahan Limbah"),
])
def test_a_sub_unit_field_the_lexicon_lacks_runs_to_the_comma(text: str, post: str) -> None:
    assert officials(text) == [("Sarmini Putri", post, None)]


def test_a_sub_unit_field_needs_a_closed_holder_after_the_comma() -> None:
    assert officials("Kasi Pemulihan Lahan, Sarmini Putri sejak pagi di lokasi.") == []


def test_a_field_ending_in_two_name_like_words_is_the_holder() -> None:
    # "Pemulihan Lahan Banyu Prasojo" is no field: its last two words read as a name, so Dewi Kartika holds no post
    assert officials("Kabid Pemulihan Lahan Banyu Prasojo, Dewi Kartika, hadir.") == []


def test_a_listed_member_keeps_his_own_post_written_in_brackets() -> None:
    got = officials("Turut hadir anggota DPRD Kota Bogor, Sarmini Putri (Ketua Banleg), Latif Bakri (Golkar), "
                    "dan Yosef Ndeta (PKS).")
    assert ("Sarmini Putri", "Ketua Badan Legislasi DPRD", "Kota Bogor") in got
    assert ("Latif Bakri", "Anggota DPRD", "Kota Bogor") in got


def _model_added(text: str, person: str) -> list[tuple[str, str]]:
    """The officials the full profile's check adds for the model's PERSON ``person`` when the rules found none."""
    from types import SimpleNamespace

    from nlp.ner import Entity, check_officials
    from nlp.pipeline import components
    from nlp.regions import resolve

    parts = components()
    regions = parts.regions.find(text)
    resolve(regions, parts.lexicon.regions)
    start = text.index(person)
    doc = SimpleNamespace(text=text, kunker_ner=[Entity(start, start + len(person), "PERSON")])
    return [(o.name, o.position) for o in check_officials(doc, [], parts.officials, regions, 0, [])]


@pytest.mark.parametrize("mission", ["Kedubes", "Konjen", "Kedutaan", "Konsulat"])
def test_no_unit_gap_over_a_foreign_mission_under_any_of_its_names(mission: str) -> None:
    text = f"Rombongan disambut Kepala Bagian Politik {mission} Sentosa, Budi Harjo di kantornya."
    assert _model_added(text, "Budi Harjo") == []
