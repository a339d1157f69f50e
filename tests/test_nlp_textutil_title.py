"""The shared "is this offset on a headline line" helper (``textutil.on_title_line``)."""

from nlp.textutil import on_title_line, title_lines, title_spans

TEXT = ("Bupati Sukamaju Pelajari Aplikasi Desa\n"
        "Rombongan Pemkab Sukamaju tiba di Kota Lestari pada Senin.\n"
        "Baca juga: Wali Kota Lestari Terima Tamu\n"
        "Mereka mempelajari aplikasi layanan desa.\n")
BODY = TEXT.index("Rombongan")


def test_headline_and_aside_lines_are_title_lines_body_sentences_are_not():
    assert on_title_line(TEXT, BODY, 0)
    assert on_title_line(TEXT, BODY, TEXT.index("Baca juga") + 3)
    assert not on_title_line(TEXT, BODY, TEXT.index("tiba"))
    assert not on_title_line(TEXT, BODY, TEXT.index("mempelajari"))


def test_spans_are_title_lines_found_once_per_text():
    assert list(title_spans(TEXT, BODY)) == title_lines(TEXT, BODY)
    assert title_spans(TEXT, BODY) is title_spans(TEXT, BODY)
    assert on_title_line(TEXT, 0, 0)  # no headline given: its line still reads like one
