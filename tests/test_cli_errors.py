"""Every command's error paths, one table: command x bad input -> one line on stderr, a documented exit status
(0 ok, 1 partial, 2 usage or input error, 130 interrupted), no traceback, nothing created or changed."""

from __future__ import annotations

import argparse
import json
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from in_process import run_main

from kunker.cli import build_parser
from kunker.cli import main as kunker_main
from nlp.cli import main as nlp_main

ROOT = Path(__file__).resolve().parent.parent
GOOD = {"id": "a1", "url": "https://contoh.example/1", "title": "Rapat", "published": "2025-03-04",
        "text": "Bupati Sleman memimpin rapat koordinasi di Kabupaten Sleman."}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of bad (and a few good) inputs; each case runs with it as the working folder."""
    d = tmp_path_factory.mktemp("inputs")
    (d / "good.jsonl").write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    (d / "notdb.db").write_text("this is a text file, not a database\n", encoding="utf-8")
    (d / "folder").mkdir()
    (d / "empty-models").mkdir()
    (d / "file.txt").write_text("x", encoding="utf-8")
    conn = sqlite3.connect(d / "other.db")  # a SQLite database of someone else's
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    assert run_main(kunker_main, ["import", "--jsonl", "good.jsonl", "--db", "k.db"], cwd=d,
                    timeout=120).returncode == 0
    (d / "list.yml").write_text("name: not a list\n", encoding="utf-8")
    (d / "nourl.yml").write_text("- name: Pemkab Contoh\n", encoding="utf-8")
    (d / "deep.yml").write_text("[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    (d / "bad.yml").write_text("- name: [unclosed\n", encoding="utf-8")
    return d


# A command line: the command's main function (run in this process, tests/in_process.py), then its arguments
KUNKER = [kunker_main]
NLP = [nlp_main]
NLP_PROCESS = [sys.executable, "-m", "nlp"]  # for Ctrl-C, a process of its own

# (case id, command, exit status, what the one stderr line says)
CASES = [
    ("tag missing db", [*KUNKER, "tag", "--db", "missing.db"], 2, r"missing\.db: no such database"),
    ("tag not sqlite", [*KUNKER, "tag", "--db", "notdb.db"], 2, r"notdb\.db: not a SQLite database"),
    ("tag folder as db", [*KUNKER, "tag", "--db", "folder"], 2, r"folder: is a folder"),
    ("tag someone else's db", [*KUNKER, "tag", "--db", "other.db"], 2, r"other\.db: not a kunker database"),
    ("tag full profile without models", [*KUNKER, "tag", "--db", "k.db", "--profile", "full"], 2,
     r"KUNKER_MODELS=.*empty-models: cannot start the tagger: .* lacks tokenize\.pt"),
    ("tag models folder missing", [*KUNKER, "tag", "--db", "k.db", "--models", "nope"], 2,
     r"--models nope: no such folder"),
    ("tag jobs zero", [*KUNKER, "tag", "--db", "k.db", "--jobs", "0"], 2, r"kunker tag: argument --jobs: 0 is less"),
    ("tag unknown option", [*KUNKER, "tag", "--bogus"], 2, r"unrecognized arguments: --bogus"),
    ("unknown command", [*KUNKER, "frobnicate"], 2, r"invalid choice: 'frobnicate'"),
    ("import not sqlite", [*KUNKER, "import", "--jsonl", "good.jsonl", "--db", "notdb.db"], 2,
     r"notdb\.db: not a SQLite database"),
    ("import missing jsonl", [*KUNKER, "import", "--jsonl", "missing.jsonl", "--db", "new.db"], 2,
     r"missing\.jsonl: no such file"),
    ("import folder as jsonl", [*KUNKER, "import", "--jsonl", "folder", "--db", "new.db"], 2, r"folder: is a folder"),
    ("import db in missing folder", [*KUNKER, "import", "--jsonl", "good.jsonl", "--db", "file.txt/k.db"], 2,
     r"file\.txt/k\.db: cannot open"),
    ("status not sqlite", [*KUNKER, "status", "--db", "notdb.db"], 2, r"notdb\.db: not a SQLite database"),
    ("status missing db", [*KUNKER, "status", "--db", "missing.db"], 2, r"missing\.db: no such database"),
    ("status deep sources", [*KUNKER, "status", "--sources", "deep.yml", "--db", "k.db"], 2,
     r"deep\.yml: cannot read: YAML nested too deeply"),
    ("extract missing input", [*KUNKER, "extract", "--input", "missing.jsonl", "--output", "o.jsonl"], 2,
     r"missing\.jsonl: no such file"),
    ("extract output under a file", [*KUNKER, "extract", "--input", "good.jsonl", "--output", "file.txt/o.jsonl"],
     2, r"file\.txt/o\.jsonl: cannot write"),
    ("extract output is a folder", [*KUNKER, "extract", "--input", "good.jsonl", "--output", "folder"], 2,
     r"folder: is a folder"),
    ("extract output is the input", [*KUNKER, "extract", "--input", "good.jsonl", "--output", "./good.jsonl"], 2,
     r"good\.jsonl: is the input file"),
    ("nlp extract missing input", [*NLP, "extract", "--input", "missing.jsonl", "--output", "o.jsonl"], 2,
     r"missing\.jsonl: no such file"),
    ("nlp extract output under a file", [*NLP, "extract", "--input", "good.jsonl", "--output", "file.txt/o.jsonl"],
     2, r"file\.txt/o\.jsonl: cannot write"),
    ("crawl missing sources", [*KUNKER, "crawl", "--sources", "missing.yml", "--db", "new.db"], 2,
     r"missing\.yml: no such file"),
    ("crawl sources not a list", [*KUNKER, "crawl", "--sources", "list.yml", "--db", "new.db"], 2,
     r"list\.yml: expected a list"),
    ("crawl source without url", [*KUNKER, "crawl", "--sources", "nourl.yml", "--db", "new.db"], 2,
     r"nourl\.yml: entry 1"),
    ("crawl invalid yaml", [*KUNKER, "crawl", "--sources", "bad.yml", "--db", "new.db"], 2, r"bad\.yml: invalid YAML"),
    ("crawl deep yaml", [*KUNKER, "crawl", "--sources", "deep.yml", "--db", "new.db"], 2,
     r"deep\.yml: cannot read: YAML nested too deeply"),
    ("schedule bad sources", [*KUNKER, "schedule", "--sources", "list.yml", "--db", "new.db"], 2,
     r"list\.yml: expected a list"),
    ("schedule bad setting", [*KUNKER, "schedule", "--sources", "list.yml", "--db", "new.db", "-s", "NOEQUALS"], 2,
     r"-s 'NOEQUALS': expected KEY=VALUE"),
    ("schedule models folder missing", [*KUNKER, "schedule", "--db", "new.db", "--models", "nope"], 2,
     r"--models nope: no such folder"),
    ("serve missing db", [*KUNKER, "serve", "--db", "missing.db"], 2, r"missing\.db: no such database"),
    ("publish missing db", [*KUNKER, "publish", "--db", "missing.db", "--out", "site"], 2,
     r"missing\.db: no such database"),
    ("ingest redis unreachable", [*KUNKER, "ingest", "--redis", "redis://127.0.0.1:1/0", "--db", "new.db"], 2,
     r"redis://127\.0\.0\.1:1/0: cannot reach Redis"),
]


@pytest.mark.parametrize(("argv", "status", "says"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_error_path_is_one_line(files: Path, argv: list[str], status: int, says: str) -> None:
    before = sorted(p.name for p in files.iterdir())
    digest = {p.name: p.read_bytes() for p in files.iterdir() if p.is_file()}
    proc = run_main(argv[0], argv[1:], cwd=files, env={"KUNKER_MODELS": str(files / "empty-models")},
                    timeout=120)
    lines = proc.stderr.splitlines()
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.returncode == status, proc.stderr
    assert len(lines) == 1, proc.stderr
    assert re.search(says, lines[0]), lines[0]
    assert proc.stdout == ""
    # nothing created (no database, no lock folder, no partial output) and nothing changed
    assert sorted(p.name for p in files.iterdir()) == before
    assert {p.name: p.read_bytes() for p in files.iterdir() if p.is_file()} == digest


def test_version() -> None:
    version = subprocess.run([sys.executable, "-m", "kunker.cli", "--version"], capture_output=True, text=True,
                             timeout=60)
    assert version.returncode == 0 and re.fullmatch(r"kunker \d+\.\d+\.\d+\n", version.stdout)


def subcommands(parser: argparse.ArgumentParser, prefix: str = "kunker") -> dict[str, argparse.ArgumentParser]:
    found = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[f"{prefix} {name}"] = sub
                found.update(subcommands(sub, f"{prefix} {name}"))
    return found


def test_every_option_has_help_and_shows_its_default() -> None:
    commands = subcommands(build_parser())
    assert {"kunker tag", "kunker import", "kunker schedule", "kunker status", "kunker ingest",
            "kunker models download"} <= set(commands)
    for name, parser in commands.items():
        text = parser.format_help()
        for action in parser._actions:
            if not action.option_strings or action.help == argparse.SUPPRESS or "-h" in action.option_strings:
                continue
            options = text.split("\noptions:\n", 1)[1]
            entry = re.search(rf"^  (?:-\w[^\n,]*, )?{re.escape(action.option_strings[-1])}\b(.*?)(?=^  -|\Z)",
                              options, re.MULTILINE | re.DOTALL)
            assert entry, f"{name} {action.option_strings[-1]} is not in its help"
            words = entry.group(1).split()
            if action.metavar or action.nargs != 0:
                words = words[1:]  # the metavar
            assert words, f"{name} {action.option_strings[0]} has no help"
            if action.default not in (None, False, []):
                assert "default" in entry.group(1), f"{name} {action.option_strings[0]} hides its default"


def test_extract_prints_its_tagger_line_once(files: Path, tmp_path: Path) -> None:
    proc = run_main(kunker_main, ["extract", "--input", str(files / "good.jsonl"), "--output",
                                  str(tmp_path / "o.jsonl")], timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("tagger ") == 1, proc.stderr
    assert len((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_bad_lines_give_exit_1_and_keep_every_good_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [json.dumps(GOOD), '{"id": "x", "text": ' + "[" * 50_000 + "]" * 50_000 + "}",
             json.dumps({**GOOD, "id": "a2", "url": ["a", "b"]}), '{"id": "a3", "text": "Kota \\ud800 Batu"}',
             json.dumps({**GOOD, "id": "a4", "url": "https://contoh.example/4", "published": "9999-12-31"}),
             json.dumps({**GOOD, "id": "a5", "url": "https://contoh.example/5", "title": {"a": 1}})]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("the previous output\n", encoding="utf-8")
    extract = run_main(kunker_main, ["extract", "--input", str(src), "--output", str(out)], timeout=120)
    assert extract.returncode == 1 and "Traceback" not in extract.stderr
    assert f"{src}:2: not usable: JSON nested too deeply" in extract.stderr
    assert f'{src}:3: "url" is a list, not a string' in extract.stderr
    assert f'{src}:4: lone surrogates in "text" replaced by U+FFFD' in extract.stderr
    assert f'{src}:5: "published" 9999-12-31 is outside 1945-08-17 ..' in extract.stderr
    assert f'{src}:6: "title" is an object, not a string; ignored' in extract.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a1", "a3", "a4", "a5"]
    dated = {r["id"]: r for r in rows}["a4"]
    assert dated["regions"] and not any("tagging failed" in w for w in dated["warnings"])
    assert list(tmp_path.glob(".*.part")) == []

    db = tmp_path / "k.db"
    for attempt in range(2):  # a rerun stores nothing new and reports the same lines
        imported = run_main(kunker_main, ["import", "--jsonl", str(src), "--db", str(db)], timeout=120)
        assert imported.returncode == 1 and "Traceback" not in imported.stderr
        assert f"{src}:3: " in imported.stderr and f"{src}:2: " in imported.stderr
        expected = "4 new, 0 updated, 0 unchanged" if attempt == 0 else "0 new, 0 updated, 4 unchanged"
        assert expected in imported.stdout, imported.stdout
    conn = sqlite3.connect(db)
    stored = dict(conn.execute("SELECT external_id, published FROM articles").fetchall())
    assert stored == {"a1": "2025-03-04", "a3": None, "a4": None, "a5": "2025-03-04"}
    assert conn.execute("SELECT text FROM articles WHERE external_id = 'a3'").fetchone()[0] == "Kota \ufffd Batu"


def default_sigint() -> None:
    """In the child: Ctrl-C as in a terminal, even when this test runs in the background (SIGINT ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_interrupted_extract_leaves_the_old_output(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = " ".join(["Rombongan Pemerintah Kabupaten Sleman melakukan studi banding ke Kota Surabaya."] * 40)
    src.write_text("".join(json.dumps({"id": str(i), "text": text}) + "\n" for i in range(20_000)), encoding="utf-8")
    out.write_text("the previous output\n", encoding="utf-8")
    proc = subprocess.Popen([*NLP_PROCESS, "extract", "--input", str(src), "--output", str(out)],
                            stderr=subprocess.PIPE, text=True, preexec_fn=default_sigint)
    assert proc.stderr.readline().startswith("tagger ")  # working now: the run takes far longer than this test
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 130
    assert "Traceback" not in err and err.splitlines()[-1] == f"{out}: interrupted; not written"
    assert out.read_text(encoding="utf-8") == "the previous output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]
