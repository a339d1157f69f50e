"""The contract between the tagger and storage: typed results (nlp/results.py), their JSON form unchanged."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

from nlp.results import Mention, Result, VisitResult

ARTICLES = Path(__file__).parent / "fixtures" / "nlp" / "articles.jsonl"


def test_tag_returns_typed_results_whose_json_form_is_extract(tagger):
    articles = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    visits = 0
    for article in articles:
        result = tagger.tag(article)
        assert isinstance(result, Result) and result.failure() is None
        assert all(isinstance(m, Mention) for r in result.regions for m in r.mentions)
        assert all(isinstance(v, VisitResult) for v in result.visits)
        visits += len(result.visits)
        assert result.to_dict() == tagger.extract(article)
        assert list(result.to_dict()) == ["id", "regions", "officials", "programs", "visits", "warnings", "tagger"]
        assert pickle.loads(pickle.dumps(result)) == result  # crosses to --jobs workers and back
    assert visits >= 3


def test_a_failure_is_a_warning_and_an_empty_result(tagger):
    result = tagger.tag("not an article")
    assert result.warnings == ["article is str, not an object", "empty text"] and result.failure() is None
    failed = Result(id="x", tagger=result.tagger, warnings=["tagging failed: ValueError: boom"])
    assert failed.failure() == "tagging failed: ValueError: boom"
