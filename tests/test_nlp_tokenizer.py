"""kunker's rule-based tokenizer: offsets and sentence ends in Indonesian news text."""

from nlp.tokenizer import tokenize


def _sentences(text: str) -> list[str]:
    return [text[s[0].start:s[-1].end] for s in tokenize(text)]


def test_offsets_match_text() -> None:
    text = "Bupati Ir. H. Ridwan Sukmajaya, M.Si. hadir.  Ia tiba pukul 09.30 WIB."
    for sent in tokenize(text):
        for tok in sent:
            assert text[tok.start:tok.end] == tok.text


def test_degrees_and_honorifics_do_not_end_sentences() -> None:
    text = ("Rombongan dipimpin Drs. H. Mulyono, S.E., M.Si. dari Kab. Lumajang. "
            "Prof. Dr. Ir. Sukirman juga hadir.")
    assert _sentences(text) == ["Rombongan dipimpin Drs. H. Mulyono, S.E., M.Si. dari Kab. Lumajang.",
                                "Prof. Dr. Ir. Sukirman juga hadir."]


def test_initials_numbers_and_addresses() -> None:
    text = "Asisten R. Sugeng menerima mereka di Jl. Diponegoro No. 12. Anggaran Rp1.250.000 cair."
    assert _sentences(text) == ["Asisten R. Sugeng menerima mereka di Jl. Diponegoro No. 12.",
                                "Anggaran Rp1.250.000 cair."]


def test_lowercase_doctor_and_line_breaks() -> None:
    text = "Ia diperiksa dr. Rina di puskesmas\nJudul Tanpa Titik\nKalimat baru! Benarkah? Ya."
    assert _sentences(text) == ["Ia diperiksa dr. Rina di puskesmas", "Judul Tanpa Titik", "Kalimat baru!",
                                "Benarkah?", "Ya."]


def test_quotes_stay_with_their_sentence() -> None:
    text = 'Ia berkata, "Kami ingin belajar." Lalu rombongan pulang.'
    assert _sentences(text) == ['Ia berkata, "Kami ingin belajar."', "Lalu rombongan pulang."]


def test_dates_and_dashes_are_tokens() -> None:
    (sent,) = tokenize("Selasa (31/5) di Bau-Bau")
    assert [t.text for t in sent] == ["Selasa", "(", "31/5", ")", "di", "Bau-Bau"]


def test_an_acting_officials_short_word_does_not_end_a_sentence() -> None:
    """Round 37: "Pj." (penjabat), "Plt.", "Plh." and "Pjs." before a post."""
    text = ("Hadir Bupati Wajo Andi Teguh, Pj. Bupati Pati Hadi Suseno, Plt. Wali Kota Bitung Rudi Lumenta dan Plh. "
            "Sekda Ngawi. Mereka belajar.")
    assert _sentences(text) == [text[:text.index(" Mereka")], "Mereka belajar."]
