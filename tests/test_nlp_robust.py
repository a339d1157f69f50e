"""Bad input never raises: empty, huge, binary, mojibake, all-caps, English, wrong types; property test."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlp import Tagger
from nlp.robust import MAX_CHARS, check_text

SAMPLE = ("Rombongan Pemkab Ngawi studi banding ke Kabupaten Sumedang. Mereka diterima Bupati Sumedang "
          "Darsono Adi Wiratma untuk belajar pelayanan perizinan. ")


def extract(tagger: Tagger, text, **extra) -> dict:
    article = {"id": "r", "url": None, "title": None, "published": None, "text": text}
    article.update(extra)
    return tagger.extract(article)


def test_huge_text_is_cut_and_tagged(tagger: Tagger) -> None:
    text = SAMPLE * (5_000_000 // len(SAMPLE))
    started = time.process_time()  # CPU time of this process: a loaded machine does not make it fail
    result = extract(tagger, text)
    assert time.process_time() - started < 30
    assert any("only the first" in w for w in result["warnings"])
    assert {r["name"] for r in result["regions"]} == {"Kabupaten Ngawi", "Kabupaten Sumedang"}
    assert all(m["end"] <= MAX_CHARS for r in result["regions"] for m in r["mentions"])


def test_binary_is_not_tagged(tagger: Tagger) -> None:
    result = extract(tagger, os.urandom(4000).decode("latin-1").replace("\n", "\x00"))
    assert any("binary" in w for w in result["warnings"])
    assert result["regions"] == []


def test_bytes_are_decoded(tagger: Tagger) -> None:
    result = extract(tagger, SAMPLE.encode("utf-8"))
    assert "text given as bytes; decoded as UTF-8" in result["warnings"]
    assert len(result["regions"]) == 2


def test_mojibake_gives_a_warning_and_a_partial_result(tagger: Tagger) -> None:
    text = SAMPLE.replace("Sumedang", "Sumedang â€“ Ã©tÃ©") * 3
    result = extract(tagger, text)
    assert any("mojibake" in w for w in result["warnings"])
    assert "Kabupaten Ngawi" in {r["name"] for r in result["regions"]}


def test_all_caps(tagger: Tagger) -> None:
    result = extract(tagger, SAMPLE.upper())
    assert any("capitals" in w for w in result["warnings"])
    assert {r["name"] for r in result["regions"]} == {"Kabupaten Ngawi", "Kabupaten Sumedang"}


def test_english(tagger: Tagger) -> None:
    text = ("The delegation from the city of Kendari visited the regency of Banyuwangi to learn about the "
            "public service mall and the tourism festival that is held in the town every year.")
    result = extract(tagger, text)
    assert any("Indonesian" in w for w in result["warnings"])


@pytest.mark.parametrize("value", [None, 42, ["a"], {"x": 1}])
def test_wrong_types(tagger: Tagger, value) -> None:
    result = extract(tagger, value, title=value, published=value)
    assert result["regions"] == [] and result["warnings"]


def test_not_an_object(tagger: Tagger) -> None:
    result = tagger.extract("just a string")  # type: ignore[arg-type]
    assert result["warnings"] == ["article is str, not an object", "empty text"]


def test_bad_published_date(tagger: Tagger) -> None:
    result = extract(tagger, SAMPLE, published="kemarin sore")
    assert any("published" in w for w in result["warnings"])


TEXT_PIECES = st.sampled_from([
    "Pemkab", "Kota", "Kabupaten", "Bupati", "Wali Kota", "Sekda", "rombongan", "studi banding", "ke", "di",
    "Serang", "Malang", "(31/5)", "(9/11/2016)", "kemarin", "mengajak", "11", "orang", "dipimpin", ",", ".",
    "program", "inovasi", '"', "(", ")", "H.", "S.E.", "M.Si", "Kab.", "\n", "Jatim", "nya", "–", "diterima",
    "Asisten", "Kepala Dinas", "dan", "Pj", "Plt",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.one_of(TEXT_PIECES, st.text(max_size=12)), max_size=60),
       title=st.one_of(st.none(), st.text(max_size=40), st.lists(TEXT_PIECES, max_size=8).map(" ".join)),
       published=st.one_of(st.none(), st.text(max_size=12), st.dates().map(str)))
def test_no_input_raises(tagger: Tagger, pieces: list[str], title, published) -> None:
    text = " ".join(pieces)
    result = tagger.extract({"id": "h", "url": None, "title": title, "published": published, "text": text})
    assert not any(w.startswith("tagging failed") for w in result["warnings"]), result["warnings"]
    mentions = [m for key in ("regions", "officials", "programs") for e in result[key] for m in e["mentions"]]
    mentions += [v["evidence"] for v in result["visits"] if v["evidence"]]
    for m in mentions:
        source = text if m["field"] == "text" else title
        assert source[m["start"]:m["end"]] == m["text"]


def test_english_text_is_flagged_and_indonesian_is_not():
    english = "The delegation of the regency was received by the mayor and they discussed plans for this year " * 2
    indonesian = "Rombongan dari kabupaten itu diterima oleh wali kota dan mereka membahas rencana untuk tahun ini " * 2
    warnings: list[str] = []
    check_text(english, warnings)
    assert any("does not look Indonesian" in w for w in warnings)
    warnings = []
    check_text(indonesian, warnings)
    assert not any("does not look Indonesian" in w for w in warnings)
