"""Every named visit rule fires on its own examples, and the table is applied as documented."""

from __future__ import annotations

import pytest

from nlp import Tagger
from nlp.visit_rules import RULES


def fired(tagger: Tagger, text: str) -> set[str]:
    tagger.extract({"id": "r", "url": None, "title": None, "published": "2024-03-08", "text": text})
    return {f.rule for f in tagger.last_trace.firings if f.weight > 0}


@pytest.mark.parametrize("rule,example", [(r, e) for r in RULES for e in r.examples],
                         ids=[f"{r.name}-{i}" for r in RULES for i, _ in enumerate(r.examples)])
def test_rule_fires_on_its_example(tagger: Tagger, rule, example: str) -> None:
    assert rule.name in fired(tagger, example)


def test_rule_names_are_unique_and_every_rule_has_examples() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(r.examples and r.role in ("visitor", "host") and r.weight > 0 for r in RULES)


def test_receiving_head_with_staff_is_no_visitor(tagger: Tagger) -> None:
    text = ("Bupati Klaten Sri Wahyuni bersama jajaran menyambut rombongan Pemkab Wajo yang ingin belajar "
            "pengelolaan pasar.")
    assert "official_with_group" not in fired(tagger, text)


def test_planned_visit_is_reported_and_counted(tagger: Tagger) -> None:
    tagger.extract({"id": "p", "text": "Pemkab Wajo berencana studi banding ke Kabupaten Klaten tahun depan."})
    notes = {(f.rule, f.weight, f.note) for f in tagger.last_trace.firings}
    assert ("host_link", 2.0, "planned: counted as reported") in notes


@pytest.mark.parametrize("text, note", [
    ("Bupati Wajo Anton Sukma meminta jajaran Pemkab Wajo studi banding ke Kabupaten Klaten.",
     "urged, not done: ignored"),
    ("Studi banding DPRD Kabupaten Wajo ke Kabupaten Klaten batal karena anggaran dipangkas.", "called off: ignored"),
])
def test_urged_or_called_off_trip_is_recorded_but_not_counted(tagger: Tagger, text: str, note: str) -> None:
    result = tagger.extract({"id": "p", "text": text})
    assert result["visits"] == []
    assert ("host_link", 0.0, note) in {(f.rule, f.weight, f.note) for f in tagger.last_trace.firings}
