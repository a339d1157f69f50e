"""The tagger's output contract (nlp/README.md) on our own fixture articles, and the extract CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nlp import Tagger
from nlp.cli import extract_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "nlp" / "articles.jsonl"
ARTICLES = [json.loads(line) for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _article(a: dict) -> dict:
    return {k: a[k] for k in ("id", "url", "title", "published", "text")}


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_fixture_article(tagger: Tagger, article: dict) -> None:
    result = tagger.extract(_article(article))
    expected = article["expected"]
    assert result["id"] == article["id"]
    assert sorted(r["name"] for r in result["regions"]) == sorted(expected["regions"])
    assert sorted([o["name"], o["position"], o["region"]] for o in result["officials"]) == \
        sorted(expected["officials"])
    assert sorted(p["name"] for p in result["programs"]) == sorted(expected["programs"])
    got_visits = sorted([v["visitor"], v["host"], v["date"], v["leader"], v["delegation_size"]]
                        for v in result["visits"])
    assert got_visits == sorted(expected["visits"], key=lambda v: v)
    assert result["warnings"] == []
    assert result["tagger"] == {"version": tagger.version, "profile": "free", "models": None}


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_mentions_point_at_their_text(tagger: Tagger, article: dict) -> None:
    result = tagger.extract(_article(article))
    mentions = [m for key in ("regions", "officials", "programs") for e in result[key] for m in e["mentions"]]
    mentions += [v["evidence"] for v in result["visits"]]
    assert mentions
    for m in mentions:
        source = article["text"] if m["field"] == "text" else article["title"]
        assert source[m["start"]:m["end"]] == m["text"]
        assert m["text"] in m["sentence"]
        assert source[m["sentence_start"]:m["sentence_end"]] == m["sentence"]
        assert m["sentence_start"] <= m["start"] and m["end"] <= m["sentence_end"]


def test_codes_and_references_are_consistent(tagger: Tagger) -> None:
    result = tagger.extract(_article(ARTICLES[0]))
    codes = {r["name"]: r["code"] for r in result["regions"]}
    names = {o["name"] for o in result["officials"]}
    programs = {p["name"] for p in result["programs"]}
    for o in result["officials"]:
        assert o["region"] is None or codes[o["region"]] == o["region_code"]
    (visit,) = result["visits"]
    assert codes[visit["visitor"]] == visit["visitor_code"] and codes[visit["host"]] == visit["host_code"]
    assert visit["leader"] in names
    assert set(visit["members"]) <= names and set(visit["host_officials"]) <= names
    assert visit["host_officials"] == ["Hadi Zainuri Basuki"]
    assert set(visit["programs"]) <= programs
    assert visit["kind"] == "studi banding"


def test_title_mentions_use_title_offsets(tagger: Tagger) -> None:
    article = _article(ARTICLES[0])
    result = tagger.extract(article)
    in_title = [m for r in result["regions"] for m in r["mentions"] if m["field"] == "title"]
    # "Pemkab" fixes the level but is not part of the name; "Kota" is
    assert {m["text"] for m in in_title} == {"Malang", "Kota Probolinggo"}
    for m in in_title:
        assert article["title"][m["start"]:m["end"]] == m["text"]
        assert m["sentence"] == article["title"]
        assert (m["sentence_start"], m["sentence_end"]) == (0, len(article["title"]))


def test_version_and_description() -> None:
    tagger = Tagger()
    assert tagger.version.endswith("+free")
    assert "free" in tagger.description
    with pytest.raises(ValueError):
        Tagger(profile="turbo")


def test_pipeline_is_built_once_per_tagger(tagger: Tagger) -> None:
    pipeline = tagger.pipeline
    tagger.extract(_article(ARTICLES[1]))
    tagger.extract(_article(ARTICLES[2]))
    assert tagger.pipeline is pipeline


def _write(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_extract_file_skips_bad_lines(tmp_path: Path, tagger: Tagger, capsys: pytest.CaptureFixture) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    good = [json.dumps(_article(a), ensure_ascii=False) for a in ARTICLES[:2]]
    _write(src, [good[0], "{not json", json.dumps({"id": "x", "title": "no text"}), "[1, 2]", "", good[1]])
    status = extract_file(src, out, tagger)
    err = capsys.readouterr().err
    assert status == 1
    assert f"{src}:2: not JSON" in err
    assert f'{src}:3: no "text"' in err
    assert f"{src}:4: not a JSON object" in err
    assert "tagged 2 articles" in err and "3 bad lines" in err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [ARTICLES[0]["id"], ARTICLES[1]["id"]]


def test_extract_file_all_good_exits_zero(tmp_path: Path, tagger: Tagger) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(src, [json.dumps(_article(a), ensure_ascii=False) for a in ARTICLES])
    assert extract_file(src, out, tagger) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(ARTICLES)


def test_extract_file_counts_an_error_the_tagger_caught_as_failed(tmp_path: Path, tagger: Tagger,
                                                                   capsys: pytest.CaptureFixture,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # a rule that raises inside the tagger leaves an empty result with a "tagging failed" warning: the file's
    # summary and exit status say so, and no empty answer is written for it
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(src, [json.dumps(_article(a), ensure_ascii=False) for a in ARTICLES[:2]])

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a rule broke")

    monkeypatch.setattr(tagger, "_tag", broken)
    status = extract_file(src, out, tagger)
    err = capsys.readouterr().err
    assert status == 1
    assert f"{src}:1: tagging failed: RuntimeError: a rule broke" in err
    assert "tagged 0 articles" in err and "2 failed" in err
    assert out.read_text(encoding="utf-8") == ""


def test_cli_module_runs(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(src, [json.dumps(_article(ARTICLES[3]), ensure_ascii=False), "oops"])
    proc = subprocess.run([sys.executable, "-m", "nlp", "extract", "--input", str(src), "--output", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert f"{src}:2: not JSON" in proc.stderr
    assert "profile free" in proc.stderr
    assert "articles/s" in proc.stderr
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(row["visits"]) == 2


def test_cli_missing_input_is_one_line(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "nlp", "extract", "--input", str(tmp_path / "nope.jsonl"),
                           "--output", str(tmp_path / "o.jsonl")], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1] == f"{tmp_path / 'nope.jsonl'}: no such file"


def test_empty_text_gives_warning(tagger: Tagger) -> None:
    result = tagger.extract({"id": "e", "url": None, "title": None, "published": None, "text": ""})
    assert result["warnings"] == ["empty text"]
    assert result["regions"] == result["officials"] == result["programs"] == result["visits"] == []
