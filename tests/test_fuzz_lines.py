"""Property tests of the JSONL line contract (``nlp.jsonl``) and a small run of ``bench/fuzz_lines.py`` through the
real commands: no line raises, no good line is lost, every kept value can be written as UTF-8."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kunker import db as store
from kunker.importer import import_jsonl
from nlp import Tagger
from nlp.cli import extract_file, json_line
from nlp.jsonl import check_line

ROOT = Path(__file__).resolve().parent.parent

# Any character, lone surrogates included (valid JSON when escaped as \ud800).
chars = st.characters(exclude_categories=()) | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF,
                                                            exclude_categories=())
texts = st.text(alphabet=chars, max_size=60)
scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
                      max_leaves=8)
dates = st.dates().map(str) | st.sampled_from(["9999-12-31", "0001-01-01", "2025-02-30", "2025-3-1", "kemarin"])
FIELDS = ("id", "url", "canonical_url", "title", "published", "text")


@st.composite
def rows(draw: st.DrawFn) -> dict:
    row = {}
    for key in FIELDS:
        if draw(st.booleans()):
            row[key] = draw(dates if key == "published" and draw(st.booleans()) else values)
    return row


def is_good(row: object) -> bool:
    """What must be kept: an object with a string text and string/integer identity fields."""
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        return False
    id_ok = row.get("id") is None or (isinstance(row["id"], str | int) and not isinstance(row["id"], bool))
    return id_ok and all(row.get(k) is None or isinstance(row[k], str) for k in ("url", "canonical_url"))


def encode(row: object, ascii_only: bool) -> bytes:
    return json.dumps(row, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


@settings(max_examples=400, deadline=None)
@given(rows() | values, st.booleans())
def test_a_line_is_kept_or_reported_never_raises(row: object, ascii_only: bool) -> None:
    line = check_line(encode(row, ascii_only), 7)
    assert (line.article is None) == (line.problem is not None)
    if line.article is None:
        assert not is_good(row), line.problem
        assert "\n" not in line.problem
        return
    assert is_good(row)
    article = line.article
    for key in FIELDS:
        if isinstance(article.get(key), str):
            article[key].encode("utf-8")  # no lone surrogate left
    published = article["published"]
    assert published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", published)
    assert article.get("title") is None or isinstance(article["title"], str)
    if not ascii_only and any(isinstance(row.get(k), str) and re.search("[\ud800-\udfff]", row[k]) for k in FIELDS):
        assert line.notes  # repaired, and said so
    out = json_line({"id": article.get("id"), "text": article["text"]})
    assert out.endswith(b"\n") and len(out.decode("utf-8").splitlines()) == 1


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_binary_lines_never_raise(raw: bytes) -> None:
    line = check_line(raw.replace(b"\n", b" "), 1)
    assert (line.article is None) == (line.problem is not None)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(rows() | values, st.booleans()), min_size=1, max_size=8))
def test_every_good_line_is_tagged_and_stored(tmp_path: Path, tagger: Tagger, lines: list) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(encode(row, a).replace(b"\n", b"\\n") + b"\n" for row, a in lines))
    good = [n for n, (row, _) in enumerate(lines, 1) if is_good(row)]
    out = tmp_path / "out.jsonl"
    status = extract_file(src, out, tagger)
    results = out.read_bytes().decode("utf-8").split("\n")[:-1]
    assert len(results) == len(good)
    assert status == (0 if len(good) == len(lines) else 1)
    for result in results:
        json.loads(result)

    db_path = tmp_path / "k.db"
    db_path.unlink(missing_ok=True)
    db = store.connect(db_path)
    summary = import_jsonl(db, src)
    stored_lines = [n for n in good if lines[n - 1][0]["text"].strip()]
    urls = {r[0] for r in db.conn.execute("SELECT url FROM articles UNION SELECT url FROM article_urls")}
    assert summary["bad"] == len(lines) - len(stored_lines)
    for n in stored_lines:
        assert expected_key(lines[n - 1][0], n) in urls
    db.conn.close()


def expected_key(row: dict, number: int) -> str:
    """The URL ``kunker import`` stores a line under (lone surrogates become U+FFFD)."""
    def clean(value: str) -> str:
        return re.sub("[\ud800-\udfff]", "\ufffd", value)

    external_id = None if row.get("id") is None else clean(str(row["id"]))
    return clean(row.get("url") or "") or f"import:in.jsonl#{external_id or number}"


def test_fuzz_script_through_the_real_commands(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "bench/fuzz_lines.py", "--lines", "1500", "--seed", "11", "--keep",
                           str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    for command in ("python -m nlp extract", "kunker import", "kunker import (again)", "kunker tag"):
        line = next(x for x in proc.stdout.splitlines() if x.startswith(f"{command}: "))
        assert "0 tracebacks, 0 good lines lost, 0 bad lines not reported" in line and line.endswith("OK"), line
    assert "fuzz: 1500 lines, 0 failures (PASS)" in proc.stdout
