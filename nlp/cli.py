"""``python -m nlp extract --input IN.jsonl --output OUT.jsonl [--profile free|full] [--models DIR]``.

Bad lines (not JSON, not an object, no "text") are reported on stderr with their line number and skipped;
the other lines are tagged; the exit status is 1 when any line was skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

PROGRESS_EVERY = 2.0  # seconds


def extract_file(input_path: str | os.PathLike, output_path: str | os.PathLike, tagger: Any,
                 err: TextIO | None = None) -> int:
    """Tag every article line of ``input_path`` into ``output_path``; returns the exit status."""
    err = err or sys.stderr
    src = Path(input_path)
    print(f"tagger {tagger.version}: {tagger.description}", file=err)
    started = time.perf_counter()
    done = bad = 0
    last_report = started
    try:
        total = _count_lines(src)
        fin = src.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"{src}: cannot read: {exc.strerror or exc}", file=err)
        return 2
    out_path = Path(output_path)
    tmp = out_path.with_name(out_path.name + ".part")
    try:
        with fin, tmp.open("w", encoding="utf-8") as fout:
            for n, line in enumerate(fin, 1):
                if not line.strip():
                    continue
                article = _parse_line(src, n, line, err)
                if article is None:
                    bad += 1
                    continue
                result = tagger.extract(article)
                fout.write(json.dumps(result, ensure_ascii=False) + "\n")
                done += 1
                now = time.perf_counter()
                if now - last_report >= PROGRESS_EVERY:
                    last_report = now
                    rate = done / (now - started)
                    eta = (total - n) / rate if rate else 0
                    print(f"\r{done} articles, {rate:.0f}/s, line {n}/{total}, ETA {eta:.0f} s", end="",
                          file=err, flush=True)
        tmp.replace(out_path)
    except OSError as exc:
        print(f"{out_path}: cannot write: {exc.strerror or exc}", file=err)
        return 2
    elapsed = time.perf_counter() - started
    if last_report != started:
        print(file=err)
    rate = done / elapsed if elapsed > 0 else 0.0
    print(f"tagged {done} articles in {elapsed:.1f} s ({rate:.1f} articles/s); {bad} bad lines skipped", file=err)
    return 1 if bad else 0


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def _parse_line(src: Path, n: int, line: str, err: TextIO) -> dict | None:
    try:
        article = json.loads(line)
    except json.JSONDecodeError as exc:
        print(f"{src}:{n}: not JSON: {exc.msg} (column {exc.colno})", file=err)
        return None
    if not isinstance(article, dict):
        print(f"{src}:{n}: not a JSON object", file=err)
        return None
    if "text" not in article:
        print(f'{src}:{n}: no "text"', file=err)
        return None
    return article


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
    from nlp import Tagger

    profile = args.profile or ("full" if args.models else "free")
    if profile == "full" and args.models is None:
        from nlp.models import default_models_dir

        args.models = default_models_dir()
        if args.models is None:
            print("profile full needs --models DIR (or KUNKER_MODELS)", file=sys.stderr)
            return 2
    try:
        tagger = Tagger(profile=profile, models=args.models)
    except (OSError, ValueError) as exc:
        print(f"cannot start the tagger: {exc}", file=sys.stderr)
        return 2
    if not args.input.exists():
        print(f"{args.input}: no such file", file=sys.stderr)
        return 2
    if args.explain:
        from nlp.explain import ExplainingTagger

        tagger = ExplainingTagger(tagger)
    return extract_file(args.input, args.output, tagger)
