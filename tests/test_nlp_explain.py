"""``--explain``: per article, the rules that fired, their scores and why the losers lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nlp import Tagger
from nlp.explain import ExplainingTagger

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = {"id": "ex1", "url": None, "title": None, "published": "2024-03-08",
           "text": ("REMBANG – Rombongan Pemkab Blora belajar ke Kabupaten Rembang, Senin (4/3). Rombongan "
                    "dipimpin Sekda Blora Budi Darmawan yang mengajak 11 orang. Provinsi Jawa Tengah hanya "
                    "disebut di sini.")}


def test_explanation_lists_rules_scores_and_the_visit(tagger: Tagger, tmp_path: Path) -> None:
    out = tmp_path / "explain.txt"
    with out.open("w", encoding="utf-8") as fh:
        result = ExplainingTagger(tagger, fh).extract(ARTICLE)
    text = out.read_text(encoding="utf-8")
    assert result["visits"][0]["visitor"] == "Kabupaten Blora"
    assert text.startswith("== ex1")
    assert "visitor Kabupaten Blora  score 8" in text
    assert "  + delegation_of 3  \"REMBANG – Rombongan Pemkab Blora belajar" in text
    assert "  + led_by 3  " in text
    assert "host Kabupaten Rembang  score 2" in text
    assert "visit Kabupaten Blora -> Kabupaten Rembang  date 2024-03-04  leader Budi Darmawan  size 12" in text


def test_explanation_says_why_a_candidate_lost(tagger: Tagger, tmp_path: Path) -> None:
    article = {"id": "ex2", "published": "2024-03-08",
               "text": ("Rombongan Pemkab Blora belajar pengelolaan pasar, Senin (4/3). Mereka datang atas undangan "
                        "Kabupaten Rembang.")}
    out = tmp_path / "explain.txt"
    with out.open("w", encoding="utf-8") as fh:
        ExplainingTagger(tagger, fh).extract(article)
    text = out.read_text(encoding="utf-8")
    assert "rejected: visits : no host: none scored, no dateline, no receiving region" in text
    assert text.rstrip().endswith("no visit")


def test_article_without_learning_cue(tagger: Tagger, tmp_path: Path) -> None:
    out = tmp_path / "explain.txt"
    with out.open("w", encoding="utf-8") as fh:
        ExplainingTagger(tagger, fh).extract({"id": "ex3", "text": "Bupati Blora meresmikan pasar."})
    assert "no visit cue" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [[sys.executable, "-m", "nlp", "extract"],
                                     [str(Path(sys.executable).parent / "kunker"), "extract"]])
def test_command_line_explain(tmp_path: Path, command: list[str]) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    run = subprocess.run(command + ["--input", str(src), "--output", str(dst), "--explain"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "== ex1" in run.stdout and "+ led_by 3" in run.stdout
    assert json.loads(dst.read_text(encoding="utf-8"))["visits"][0]["leader"] == "Budi Darmawan"
