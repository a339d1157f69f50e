"""Feed generated article lines, good and hostile, through the real commands and count what went wrong.

    .venv/bin/python bench/fuzz_lines.py [--lines 100000] [--seed 1] [--no-tag] [--keep DIR]

Writes one JSONL file mixing good lines (plain Indonesian-like text, every Unicode plane, extra keys) with lines
that need a repair (lone surrogates, stray non-UTF-8 bytes, an absurd or mistyped ``published`` or ``title``) and
bad lines (not JSON, binary, nesting 100,000 deep, wrong types for text/url/id, integers of 5,000 digits, ...).
Then runs ``python -m nlp extract``, ``kunker import`` twice (the second must change nothing) and ``kunker tag``
on the result, and prints, per command: exit status, tracebacks, good lines lost, bad lines not reported.
Exit status 0 when every count that must be 0 is 0.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORDS = ("bupati wali kota rombongan kunjungan kerja studi banding pemerintah kabupaten dinas kepala program "
         "inovasi layanan desa warga pelayanan publik sekretaris daerah belajar ke dari dan yang untuk di").split()
PLACES = ["Kabupaten Sleman", "Kota Surabaya", "Kabupaten Banyuwangi", "Kota Malang", "Kabupaten Gianyar"]
ABSURD_DATES = ["9999-12-31", "0001-01-01", "2999-06-01", "1800-01-01", "2026-02-30", "2024-13-01", "yesterday",
                "31/12/2024", "2024-01-01T10:00:00+07:00", " "]
WRONG_VALUES = [["a", "b"], {"k": "v"}, 42, 3.5, True, [[[]]], {"a": {"b": {"c": [1, 2, {"d": None}]}}}]
PLANES = [(0x20, 0xD7FF), (0xE000, 0xFFFD), (0x10000, 0x1FFFF), (0x20000, 0x2FFFF), (0x30000, 0x3FFFF),
          (0xE0000, 0xE01EF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD)]
SPECIALS = "\u0000\u0007\u001f\u007f\u0085\u00a0\u200b\u200e\u200f\u2028\u2029\u202e\ufeff\ufffe\uffff\u0301"


def unicode_soup(rng: random.Random, n: int) -> str:
    """``n`` characters drawn from every Unicode plane (never a lone surrogate), plus control characters."""
    chars = []
    for _ in range(n):
        if rng.random() < 0.15:
            chars.append(rng.choice(SPECIALS))
        else:
            low, high = rng.choice(PLANES)
            chars.append(chr(rng.randint(low, high)))
    return "".join(chars)


def sentence(rng: random.Random, i: int) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
    a, b = rng.sample(PLACES, 2)
    return f"Rombongan {a} (artikel {i}) melakukan studi banding ke {b}. {words.capitalize()}."


def dumps(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=rng_ascii()).encode("utf-8", "surrogatepass")


_ASCII = random.Random(0)


def rng_ascii() -> bool:
    return _ASCII.random() < 0.5  # both escaped and raw characters in the file


def article(rng: random.Random, i: int, **extra: object) -> dict:
    row: dict[str, object] = {"id": f"f{i}", "url": f"https://fuzz.example/berita/{i}", "title": f"Berita {i}",
                              "published": f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                              "text": sentence(rng, i)}
    if rng.random() < 0.2:
        del row["url"]
    if rng.random() < 0.1:
        row["published"] = None
    row.update(extra)
    return row


def deep(depth: int, opener: str = "[", closer: str = "]") -> str:
    return opener * depth + closer * depth


def make_line(rng: random.Random, i: int) -> tuple[str, bytes]:
    """One line and its kind: ``good``, ``repair`` (kept after a reported repair), ``blank`` or ``bad``."""
    roll = rng.random()
    if roll < 0.30:
        return "good", dumps(article(rng, i))
    if roll < 0.42:
        text = f"{sentence(rng, i)} {unicode_soup(rng, rng.randint(1, 200))}"
        return "good", dumps(article(rng, i, text=text, title=unicode_soup(rng, 20)))
    if roll < 0.45:
        meta = json.loads(deep(rng.randint(10, 400)))
        return "good", dumps(article(rng, i, meta=meta, views=10 ** 300, score=1e308, tags=WRONG_VALUES))
    if roll < 0.451:
        return "good", dumps(article(rng, i, text=sentence(rng, i) + " " + "kata " * rng.randint(10_000, 50_000)))
    if roll < 0.50:
        row = article(rng, i)
        key = rng.choice(["text", "title"])
        row[key] = f"{row[key]} \ud800 x \udfff{chr(0xDC00 + rng.randint(0, 1023))}"
        return "repair", dumps(row)
    if roll < 0.57:
        return "repair", dumps(article(rng, i, published=rng.choice(ABSURD_DATES + WRONG_VALUES)))
    if roll < 0.61:
        return "repair", dumps(article(rng, i, title=rng.choice(WRONG_VALUES)))
    if roll < 0.64:
        raw = dumps(article(rng, i))
        cut = raw.index(b'"text": "') + 9 if b'"text": "' in raw else raw.index(b'"text":"') + 8
        return "repair", raw[:cut] + bytes([rng.choice([0x80, 0xC0, 0xFF, 0xFE, 0xED])]) + raw[cut:]
    if roll < 0.65:
        return "blank", dumps(article(rng, i, text=rng.choice(["", " ", "\n\t "])))
    # bad lines from here on
    if roll < 0.70:
        raw = dumps(article(rng, i))
        return "bad", raw[:rng.randint(1, len(raw) - 2)]
    if roll < 0.75:
        junk = bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 300))).replace(b"\n", b"\x00")
        return "bad", (junk if junk.strip() else b"\x00") + b"\xff"
    if roll < 0.78:
        depth = 100_000 if rng.random() < 0.02 else rng.choice([1_000, 2_000, 10_000])
        if rng.random() < 0.5:
            return "bad", deep(depth).encode()
        return "bad", (f'{{"id": "f{i}", "text": ' + '{"a": ' * depth + "1" + "}" * (depth + 1)).encode()
    if roll < 0.87:
        key = rng.choice(["text", "url", "id", "canonical_url"])
        values = WRONG_VALUES + [None] if key == "text" else WRONG_VALUES
        value = rng.choice([v for v in values if not (key == "id" and isinstance(v, int) and not
                                                     isinstance(v, bool))])
        return "bad", dumps(article(rng, i, **{key: value}))
    if roll < 0.91:
        return "bad", dumps(rng.choice([[1, 2], "text", 12, None, True, [{"text": "x"}]]))
    if roll < 0.95:
        row = article(rng, i)
        del row["text"]
        return "bad", dumps(row)
    if roll < 0.97:
        return "bad", ('{"id": %s, "text": "x"}' % ("9" * 5000)).encode()
    return "bad", b'{"id": "f%d", "text": "unterminated \\ud800' % i


def generate(path: Path, lines: int, seed: int) -> dict[str, set[int]]:
    """Write ``lines`` lines to ``path``; return the line numbers of each kind."""
    rng = random.Random(seed)
    kinds: dict[str, set[int]] = {"good": set(), "repair": set(), "blank": set(), "bad": set()}
    with path.open("wb") as fh:
        for number in range(1, lines + 1):
            kind, raw = make_line(rng, number)
            assert b"\n" not in raw and raw.strip(), (kind, raw[:80])
            fh.write(raw + b"\n")
            kinds[kind].add(number)
    return kinds


def run(command: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess, float]:
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=cwd, capture_output=True, text=True, errors="backslashreplace")
    return proc, time.perf_counter() - started


def reported(stderr: str, path: Path) -> set[int]:
    """Line numbers the command reported on stderr."""
    return {int(n) for n in re.findall(rf"^{re.escape(str(path))}:(\d+): ", stderr, re.MULTILINE)}


def check(name: str, proc: subprocess.CompletedProcess, seconds: float, expected_exit: int, lost: int,
          unreported: int, extra: str = "") -> int:
    tracebacks = proc.stderr.count("Traceback") + proc.stdout.count("Traceback")
    problems = tracebacks + lost + unreported + (proc.returncode != expected_exit)
    print(f"{name}: exit {proc.returncode} (expected {expected_exit}), {tracebacks} tracebacks, {lost} good lines "
          f"lost, {unreported} bad lines not reported, {seconds:.1f} s{extra} -> {'OK' if not problems else 'FAIL'}")
    if tracebacks:
        print(proc.stderr[proc.stderr.index("Traceback"):][:3000])
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=100_000, help="lines to generate (default: 100000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    ap.add_argument("--no-tag", action="store_true", help="skip 'kunker tag' on the imported database")
    ap.add_argument("--jobs", type=int, default=1, help="kunker tag --jobs (default: 1)")
    ap.add_argument("--keep", type=Path, default=None, help="work in this folder and keep the files")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kunker-fuzz-"))
    work.mkdir(parents=True, exist_ok=True)
    src, out, db_path = work / "lines.jsonl", work / "out.jsonl", work / "fuzz.db"
    for stale in (out, db_path):
        stale.unlink(missing_ok=True)
    kinds = generate(src, args.lines, args.seed)
    print(f"generated {args.lines} lines ({src.stat().st_size / 1e6:.1f} MB): "
          + ", ".join(f"{len(v)} {k}" for k, v in kinds.items()))
    kept_extract = kinds["good"] | kinds["repair"] | kinds["blank"]
    kept_import = kinds["good"] | kinds["repair"]
    failures = 0

    proc, seconds = run([sys.executable, "-m", "nlp", "extract", "--input", str(src), "--output", str(out)], ROOT)
    ids = Counter()
    if out.exists():
        for line in out.read_bytes().decode("utf-8").split("\n")[:-1]:
            ids[json.loads(line)["id"]] += 1
    got = {int(i[1:]) for i in ids if isinstance(i, str) and i.startswith("f")}
    lost = len(kept_extract - got) + sum(c - 1 for c in ids.values())
    unreported = len((kinds["bad"] | kinds["repair"]) - reported(proc.stderr, src))
    failures += check("python -m nlp extract", proc, seconds, 1, lost, unreported,
                      f", {len(ids)} results, {len(got - kept_extract)} results of bad lines")
    failures += bool(got - kept_extract)

    kunker = [sys.executable, "-m", "kunker.cli"]
    proc, seconds = run([*kunker, "import", "--jsonl", str(src), "--db", str(db_path)], work)
    stored = {int(r[0][1:]) for r in sqlite3.connect(db_path).execute("SELECT external_id FROM articles")}
    skipped = kinds["bad"] | kinds["blank"]
    failures += check("kunker import", proc, seconds, 1, len(kept_import - stored),
                      len((skipped | kinds["repair"]) - reported(proc.stderr, src)),
                      f", {len(stored)} stored, {len(stored - kept_import)} stored from bad lines; "
                      f"{proc.stdout.strip()}")
    failures += bool(stored - kept_import)

    proc, seconds = run([*kunker, "import", "--jsonl", str(src), "--db", str(db_path)], work)
    again = re.search(r"(\d+) new, (\d+) updated", proc.stdout)
    changed = int(again.group(1)) + int(again.group(2)) if again else -1
    failures += check("kunker import (again)", proc, seconds, 1, 0, 0, f", {changed} new or updated (expected 0)")
    failures += changed != 0

    if not args.no_tag:
        proc, seconds = run([*kunker, "tag", "--db", str(db_path), "--jobs", str(args.jobs)], work)
        tagged = sqlite3.connect(db_path).execute(
            "SELECT count(*) FROM articles WHERE tagger_version IS NOT NULL").fetchone()[0]
        failures += check("kunker tag", proc, seconds, 0, len(stored) - tagged, 0,
                          f", {tagged} of {len(stored)} tagged; {proc.stdout.strip()}")
    print(f"fuzz: {args.lines} lines, {failures} failures ({'PASS' if not failures else 'FAIL'}); files in {work}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
