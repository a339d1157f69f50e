"""``python -m nlp extract --input IN.jsonl --output OUT.jsonl [--profile free|full] [--models DIR]``.

Bad lines (see :mod:`nlp.jsonl`: not JSON, not an object, no string "text", ...) are reported on stderr with
their line number and skipped; repaired lines (an implausible date dropped, lone surrogates replaced) are reported
and tagged; every other line is tagged. The output is written whole or not at all. Exit status: 0, 1 when any
line was skipped or failed, 2 when a file or option cannot be used, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from nlp.jsonl import atomic_output, check_input, check_output, read_articles

PROGRESS_EVERY = 2.0  # seconds


def extract_file(input_path: str | os.PathLike, output_path: str | os.PathLike, tagger: Any,
                 err: TextIO | None = None) -> int:
    """Tag every article line of ``input_path`` into ``output_path`` (written whole, or left untouched);
    returns the exit status: 0, 1 when lines were skipped or failed, 2 when a file cannot be used."""
    err = err or sys.stderr
    src, out_path = Path(input_path), Path(output_path)
    problem = paths_problem(src, out_path)
    if problem:
        print(problem, file=err)
        return 2
    started = time.perf_counter()
    done = bad = failed = repaired = 0
    last_report = started
    total = _count_lines(src) if src.is_file() else 0  # a pipe is read once
    open_progress = False

    def report(message: str) -> None:
        nonlocal open_progress
        print(("\n" if open_progress else "") + message, file=err)
        open_progress = False
    try:
        with atomic_output(out_path) as fout:
            for line in read_articles(src):
                where = f"{src}:{line.number}"
                if line.article is None:
                    report(f"{where}: {line.problem}")
                    bad += 1
                    continue
                for note in line.notes:
                    report(f"{where}: {note}")
                repaired += bool(line.notes)
                try:
                    result = tagger.tag(line.article)
                except Exception as exc:  # noqa: BLE001 - one article must not stop the file; reported and counted
                    report(f"{where}: tagging failed: {type(exc).__name__}: {exc}")
                    failed += 1
                    continue
                failure = result.failure()  # a rule's error the tagger caught: an empty result is no answer
                if failure:
                    report(f"{where}: {failure}")
                    failed += 1
                    continue
                fout.write(json_line(result.to_dict()))
                done += 1
                now = time.perf_counter()
                if now - last_report >= PROGRESS_EVERY:
                    last_report = now
                    rate = done / (now - started)
                    eta = f", ETA {(total - line.number) / rate:.0f} s" if rate and total else ""
                    print(f"\r{done} articles, {rate:.0f}/s, line {line.number}/{total or '?'}{eta}", end="",
                          file=err, flush=True)
                    open_progress = True
    except OSError as exc:
        print(f"{out_path}: cannot write: {exc.strerror or exc}", file=err)
        return 2
    elapsed = time.perf_counter() - started
    if open_progress:
        print(file=err)
    rate = done / elapsed if elapsed > 0 else 0.0
    print(f"tagged {done} articles in {elapsed:.1f} s ({rate:.1f} articles/s); {bad} bad lines skipped, "
          f"{failed} failed, {repaired} repaired", file=err)
    return 1 if bad or failed else 0


LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def json_line(result: dict[str, Any]) -> bytes:
    """One output line: UTF-8 JSON with the characters other tools split lines at (U+2028, U+2029, NEL)
    escaped, so that every reader sees one result per line (each replaced only where it occurs: ``str.translate``
    with a table looks up every character: about 2 % of the free profile's time)."""
    line = json.dumps(result, ensure_ascii=False)
    for char, escaped in LINE_BREAKS.items():
        if char in line:
            line = line.replace(char, escaped)
    return (line + "\n").encode("utf-8")


def paths_problem(src: Path, out_path: Path) -> str | None:
    """One line saying why the input cannot be read or the output cannot be written, or None."""
    problem = check_input(src)
    if problem:
        return f"{src}: {problem}"
    problem = check_output(out_path)
    if not problem and out_path.exists() and out_path.samefile(src):
        problem = "is the input file; choose another output"
    return f"{out_path}: {problem}" if problem else None


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp", description="kunker's tagger")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="tag a JSONL file of articles")
    ex.add_argument("--input", required=True, type=Path, help="JSONL: {id, url, title, published, text}")
    ex.add_argument("--output", required=True, type=Path, help="JSONL results, one line per article")
    ex.add_argument("--profile", choices=("free", "full"), default=None,
                    help="free: no neural models (default); full: stanza models from --models")
    ex.add_argument("--models", type=Path, default=None, help="folder with stanza's Indonesian models")
    ex.add_argument("--explain", action="store_true",
                    help="print, per article, the candidate visits, the rules that fired and why losers lost")
    dl = sub.add_parser("download-models", help="fetch stanza's Indonesian models (needs internet)")
    dl.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.command == "download-models":
        from nlp.models import download_models

        return download_models(args.dir)
    try:
        return run_extract(args)
    except KeyboardInterrupt:
        print(f"{args.output}: interrupted; not written", file=sys.stderr)
        return 130


def run_extract(args: argparse.Namespace) -> int:
    """``python -m nlp extract``: check the files and models, start the tagger (stanza, torch), tag."""
    problem = None
    profile = args.profile or ("full" if args.models else "free")
    if profile == "full":
        from nlp.models import default_models_dir, models_problem

        args.models = args.models or default_models_dir()
        if args.models is None:
            problem = "profile full needs --models DIR (or KUNKER_MODELS)"
        elif missing := models_problem(args.models):
            problem = f"cannot start the tagger: {missing}"
    problem = problem or paths_problem(args.input, args.output)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from nlp import Tagger

    try:
        tagger = Tagger(profile=profile, models=args.models)
    except (OSError, ValueError) as exc:
        print(f"cannot start the tagger: {exc}", file=sys.stderr)
        return 2
    print(f"tagger {tagger.version}: {tagger.description}", file=sys.stderr)
    if args.explain:
        from nlp.explain import ExplainingTagger

        tagger = ExplainingTagger(tagger)
    return extract_file(args.input, args.output, tagger)
