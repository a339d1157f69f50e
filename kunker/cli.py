"""The ``kunker`` command: one subcommand per pipeline stage.

    kunker crawl   --sources FILE --db PATH     crawl news sources into the database
    kunker import  --jsonl FILE --db PATH       load articles collected elsewhere
    kunker tag     --db PATH [--all]            tag articles not yet tagged by this tagger version
    kunker extract --input IN --output OUT      run the tagger on a JSONL file (no database)
    kunker serve   --db PATH --port N           publish the database with Datasette
    kunker publish --db PATH --out DIR          build a deployable read-only Datasette package
    kunker demo    [--port N]                   serve, crawl, tag and publish the offline demo site
    kunker models  download [--dir DIR]         fetch stanza's Indonesian models (needs internet)
    kunker schedule [--sources F] [--db D] [--scrapyd URL] [--redis URL] [--workers N]   start due crawls
    kunker status   [--sources F] [--db D]      each source's last run, next due time and health
    kunker ingest   --redis URL --db D          store and tag what crawler workers push to Redis
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kunker import db as store
from kunker.errors import UserError

DEFAULT_PORT = 8001


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=store.DEFAULT_DB,
                        help=f"SQLite database (default: {store.DEFAULT_DB})")


def add_tagger_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", choices=("free", "full"), default=None,
                        help="tagger profile: model-free (default) or full (stanza neural models)")
    parser.add_argument("--models", type=Path, default=None,
                        help="stanza model folder for the full profile (implies --profile full)")


def make_tagger(args: argparse.Namespace):
    from nlp import Tagger

    profile = args.profile or ("full" if args.models else "free")
    tagger = Tagger(profile=profile, models=args.models)
    print(f"tagger {tagger.version} ({tagger.description})", file=sys.stderr)
    return tagger


def cmd_import(args: argparse.Namespace) -> int:
    from kunker.importer import import_jsonl

    db = store.connect(args.db)
    summary = import_jsonl(db, args.jsonl, source=args.source)
    print(f"imported {args.jsonl}: {summary['new']} new, {summary['updated']} updated, "
          f"{summary['unchanged']} unchanged, {summary['bad']} bad lines")
    return 1 if summary["bad"] else 0


def cmd_tag(args: argparse.Namespace) -> int:
    from kunker.tagging import tag_database

    tagger = make_tagger(args)
    db = store.connect(args.db)
    s = tag_database(db, tagger, retag_all=args.all)
    print(f"tagged {s['articles']} articles in {s['seconds']} s with {s['tagger_version']}: "
          f"{s['regions']} regions, {s['officials']} officials, {s['programs']} programs, "
          f"{s['visits']} visits")
    return 0


def cmd_crawl(args: argparse.Namespace) -> int:
    from crawler.runner import run_crawl
    from crawler.sources import load_sources

    sources = load_sources(args.sources)
    summary = run_crawl(sources, args.db)
    return 1 if summary.get("failed") else 0


def cmd_extract(args: argparse.Namespace) -> int:
    from nlp.cli import extract_file

    tagger = make_tagger(args)
    if args.explain:
        from nlp.explain import ExplainingTagger

        tagger = ExplainingTagger(tagger)
    return extract_file(args.input, args.output, tagger)


def cmd_serve(args: argparse.Namespace) -> int:
    from kunker.serve import serve

    if not args.db.exists():
        raise UserError(f"{args.db}: no such database (run 'kunker crawl' or 'kunker import' first)")
    return serve(args.db, port=args.port, host=args.host, immutable=args.immutable)


def cmd_publish(args: argparse.Namespace) -> int:
    from kunker.serve import publish

    if not args.db.exists():
        raise UserError(f"{args.db}: no such database")
    out = publish(args.db, args.out)
    print(f"published {args.db} to {out}: run 'sh {out}/run.sh' (PORT defaults to 8001) or 'docker build {out}'")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from kunker.demo import run_demo

    return run_demo(db_path=args.db, port=args.port, host=args.host, serve_site_only=args.site_only)


def cmd_models(args: argparse.Namespace) -> int:
    from nlp.models import download_models

    return download_models(args.dir)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kunker", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("crawl", help="crawl the sources into the database")
    p.add_argument("--sources", type=Path, required=True, help="YAML list of {name, url, region?}")
    add_db(p)
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("import", help="load articles from a JSONL file")
    p.add_argument("--jsonl", type=Path, required=True)
    p.add_argument("--source", default=None, help="source name to record on the articles")
    add_db(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("tag", help="tag articles not yet tagged by the current tagger version")
    p.add_argument("--all", action="store_true", help="re-tag every article")
    add_db(p)
    add_tagger_options(p)
    p.set_defaults(func=cmd_tag)

    p = sub.add_parser("extract", help="run the tagger on a JSONL file")
    p.add_argument("--input", type=Path, required=True)
    p.add_argument("--output", type=Path, required=True)
    p.add_argument("--explain", action="store_true", help="print why each visit was found or missed")
    add_tagger_options(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("serve", help="publish the database with Datasette")
    add_db(p)
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--immutable", action="store_true",
                   help="serve read-only with precomputed counts (for publishing)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("publish", help="build a deployable read-only Datasette package")
    add_db(p)
    p.add_argument("--out", type=Path, default=Path("dist/site"), help="an empty or new folder")
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("demo", help="crawl, tag and publish the bundled offline demo site")
    p.add_argument("--db", type=Path, default=store.DATA_DIR / "demo.db")
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--site-only", action="store_true", help="only serve the demo news site")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("models", help="manage stanza models")
    msub = p.add_subparsers(dest="models_command", required=True)
    d = msub.add_parser("download", help="download stanza's Indonesian models (needs internet)")
    d.add_argument("--dir", type=Path, default=None)
    d.set_defaults(func=cmd_models)

    from kunker import ingest, schedule

    schedule.add_parsers(sub)  # kunker schedule, kunker status
    ingest.add_parser(sub)  # kunker ingest
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UserError as exc:
        print(f"kunker: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kunker: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
