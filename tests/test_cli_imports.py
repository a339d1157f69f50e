"""Commands import only what they use: those that do not tag, and every command whose input is bad, finish
without importing stanza and torch (two seconds of CPU at each start); a failed crawl check without Scrapy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("torch", "stanza", "scrapy")
# Imports a module ("import M") or runs one as ``python -m M ARGS`` would, then (at exit, whatever the exit
# status) writes which of HEAVY are in sys.modules to the file named first.
PROBE = f"""
import atexit, importlib, json, runpy, sys
out, module = sys.argv[1], sys.argv[2]
atexit.register(lambda: open(out, "w").write(json.dumps([m for m in {HEAVY!r} if m in sys.modules])))
if module.startswith("import "):
    importlib.import_module(module.removeprefix("import "))
else:
    sys.argv = [module, *sys.argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("imports")
    article = {"id": "a1", "url": "https://contoh.example/1", "title": "Rapat", "published": "2025-03-04",
               "text": "Bupati Sleman memimpin rapat koordinasi."}
    (d / "good.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    (d / "empty-models").mkdir()
    subprocess.run([sys.executable, "-m", "kunker.cli", "import", "--jsonl", "good.jsonl", "--db", "k.db"], cwd=d,
                   check=True, capture_output=True)
    return d


CASES = [  # (case id, module and arguments, exit status)
    ("import kunker.cli", ["import kunker.cli"], 0),
    ("status", ["kunker.cli", "status", "--db", "k.db"], 0),
    ("correct --list", ["kunker.cli", "correct", "--list", "--db", "k.db"], 0),
    ("import", ["kunker.cli", "import", "--jsonl", "good.jsonl", "--db", "new.db"], 0),
    ("tag, models folder missing", ["kunker.cli", "tag", "--db", "k.db", "--models", "nope"], 2),
    ("tag, models folder empty", ["kunker.cli", "tag", "--db", "k.db", "--profile", "full"], 2),
    ("tag, missing db", ["kunker.cli", "tag", "--db", "missing.db"], 2),
    ("extract, missing input", ["kunker.cli", "extract", "--input", "missing.jsonl", "--output", "o.jsonl"], 2),
    ("nlp extract, missing input", ["nlp", "extract", "--input", "missing.jsonl", "--output", "o.jsonl"], 2),
    ("nlp extract, models folder empty", ["nlp", "extract", "--input", "good.jsonl", "--output", "o.jsonl",
                                          "--models", "empty-models"], 2),
    ("crawl, missing sources", ["kunker.cli", "crawl", "--sources", "missing.yml", "--db", "new2.db"], 2),
]


@pytest.mark.parametrize(("argv", "status"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_command_imports_no_tagger(folder: Path, argv: list[str], status: int) -> None:
    out = folder / "modules.json"
    out.unlink(missing_ok=True)
    env = {**os.environ, "KUNKER_MODELS": str(folder / "empty-models")}
    proc = subprocess.run([sys.executable, "-c", PROBE, str(out), *argv], cwd=folder, capture_output=True,
                          text=True, timeout=120, env=env)
    assert proc.returncode == status, proc.stderr
    assert json.loads(out.read_text()) == [], proc.stderr
