"""kunker/confidence.py: how sure kunker is of a visit, from the evidence sentences of its reports."""

from __future__ import annotations

import pytest

from kunker import confidence
from kunker import db as store

SERANG, BANYUWANGI, LUMAJANG, MALANG = "36.04", "35.10", "35.08", "35.73"


@pytest.fixture(scope="module")
def names(tmp_path_factory):
    db = store.connect(tmp_path_factory.mktemp("confidence") / "kunker.db")
    return confidence.region_names(db)


def visit(visitor=SERANG, host=BANYUWANGI, **details):
    return {"visitor_code": visitor, "host_code": host, "date": None, "leader": None, "programs": 0,
            "delegation_size": None, **details}


def report(sentence, source="a", article_id=1, regions_named=""):
    return {"sentence": sentence, "source": source, "article_id": article_id, "regions_named": regions_named}


def test_learning_cue_both_regions_and_details_is_high(names):
    level, basis = confidence.score(
        [report("Rombongan Kabupaten Serang melakukan studi banding ke Kabupaten Banyuwangi.")],
        visit(date="2024-03-12", leader="Budi"), names)
    assert level == "high" and "learning cue" in basis and "host named" in basis


def test_two_independent_reports_lift_a_plain_visit(names):
    sentence = "Pemkab Serang berkunjung ke Banyuwangi pekan lalu."
    one = confidence.score([report(sentence)], visit(), names)[0]
    two, basis = confidence.score([report(sentence, "a", 1), report(sentence, "b", 2)], visit(), names)
    assert (one, two) == ("medium", "high") and "2 independent reports" in basis
    same_outlet = confidence.score([report(sentence, "a", 1), report(sentence, "a", 2)], visit(), names)[0]
    assert same_outlet == "medium"


def test_no_visit_cue_is_low(names):
    level, basis = confidence.score(
        [report("Pasien dari Kabupaten Lumajang kini dilayani rumah sakit Kota Malang.")],
        visit(LUMAJANG, MALANG, date="2024-05-14"), names)
    assert level == "low" and "no visit cue" in basis


def test_evidence_naming_another_region_instead_of_the_host_is_low(names):
    sentence = "Dinas Kabupaten Lumajang belajar layanan posyandu di Kabupaten Serang."
    level, basis = confidence.score([report(sentence, regions_named=f"{LUMAJANG},{SERANG}")],
                                    visit(LUMAJANG, MALANG, date="2024-05-14", delegation_size=9), names,
                                    {SERANG: "Kabupaten Serang"})
    assert level == "low" and "names another region (Kabupaten Serang), not the host" in basis
    # The visitor's own province named beside it is no other region.
    fine = confidence.score([report("Kabupaten Lumajang, Jawa Timur, belajar ke Kota Malang.",
                                    regions_named=f"{LUMAJANG},35,{MALANG}")], visit(LUMAJANG, MALANG), names)[0]
    assert fine in ("medium", "high")


def test_alias_counts_as_naming_the_region(names):
    """An alias of data/region_aliases.csv (a nickname of Banyuwangi there) names the host."""
    assert "bumi blambangan" in names[BANYUWANGI]
    _, basis = confidence.score([report("Delegasi Serang studi banding ke Bumi Blambangan.")], visit(), names)
    assert "host named in the evidence" in basis
    _, basis = confidence.score([report("Delegasi Serang studi banding ke sana.")], visit(), names)
    assert "host not named in the evidence" in basis


def test_refresh_scores_only_what_changed(tmp_path):
    from datasette_helpers import VISITS, build_fixture_db

    db_path = tmp_path / "kunker.db"
    build_fixture_db(db_path)  # ends with corrections.refresh: every visit scored
    db = store.connect(db_path)
    assert confidence.refresh_confidence(db) == set()
    before = dict(db.execute("SELECT id, confidence FROM visits").fetchall())
    assert len(before) == len(VISITS) and None not in before.values()
    added = " Mereka belajar tata kelola."
    with db.conn:  # visit-5's report re-tagged: its sentence (read from the article) now carries a learning cue
        db.conn.execute("UPDATE articles SET text = substr(text, 1, va.[end]) || ? || substr(text, va.[end] + 1), "
                        "tagged = '2099-01-01T00:00:00+00:00' FROM visit_articles va "
                        "WHERE va.article_id = articles.id AND va.visit_id = 'visit-5'", (added,))
        db.conn.execute("UPDATE visit_articles SET [end] = [end] + ? WHERE visit_id = 'visit-5'", (len(added),))
    assert confidence.refresh_confidence(db) == {"visit-5"}
    after = dict(db.execute("SELECT id, confidence FROM visits").fetchall())
    assert (before["visit-5"], after["visit-5"]) == ("medium", "high")
    assert {k: v for k, v in after.items() if k != "visit-5"} == {k: v for k, v in before.items() if k != "visit-5"}
    assert confidence.refresh_confidence(db, everything=True) == set(before)
