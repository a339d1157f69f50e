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
    kunker correct  visit|official|program ID (--wrong | --set F=V) --why TEXT    correct a fact; --list

Exit status: 0 done; 1 done in part (bad input lines skipped, a tagging or crawl failure); 2 usage or input
error (one line on stderr, nothing done); 130 interrupted (Ctrl-C; what was committed stays).
A relative path is relative to the working folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kunker import __version__, ingest, schedule
from kunker import db as store
from kunker.commands import Registration, add_db, build, run
from kunker.errors import UserError
from kunker.locations import read_sources
from kunker.settings import DEMO_DB
from kunker.tagger_options import add_tagger_options, make_tagger

DEFAULT_PORT = 8001


def cmd_import(args: argparse.Namespace) -> int:
    from kunker.importer import import_jsonl
    from nlp.jsonl import check_input

    problem = check_input(args.jsonl)
    if problem:  # before the database is created
        raise UserError(f"{args.jsonl}: {problem}")
    db = store.connect(args.db)
    summary = import_jsonl(db, args.jsonl, source=args.source)
    print(f"imported {args.jsonl}: {summary['new']} new, {summary['updated']} updated, "
          f"{summary['unchanged']} unchanged, {summary.get('duplicate', 0)} copies of stored texts, "
          f"{summary['bad']} bad lines skipped, {summary.get('repaired', 0)} repaired")
    return 1 if summary["bad"] else 0


def cmd_tag(args: argparse.Namespace) -> int:
    from kunker.tagging import tag_database

    db = store.connect(args.db, create=False)
    tagger = make_tagger(args)
    s = tag_database(db, tagger, retag_all=args.all, jobs=args.jobs)
    failed = f", {s['failed']} failed (left untagged)" if s["failed"] else ""
    print(f"tagged {s['articles']} articles in {s['seconds']} s with {s['tagger_version']}"
          f"{f' in {args.jobs} processes' if args.jobs > 1 else ''}: {s['regions']} regions, "
          f"{s['officials']} officials, {s['programs']} programs, {s['visits']} visits{failed}")
    return 1 if s["failed"] else 0


def cmd_crawl(args: argparse.Namespace) -> int:
    bad = [s for s in args.set if "=" not in s]
    if bad:
        raise UserError(f"-s {bad[0]!r}: expected KEY=VALUE")
    sources = read_sources(args.sources)
    from crawler.runner import run_crawl  # Scrapy, once the sources are known good

    summary = run_crawl(sources, args.db, settings=dict(s.split("=", 1) for s in args.set) or None)
    return summary["exit_code"]  # 0 ok, 1 a source failed (checks included), 130 interrupted


def cmd_extract(args: argparse.Namespace) -> int:
    from nlp.cli import extract_file, paths_problem

    problem = paths_problem(args.input, args.output)
    if problem:
        raise UserError(problem)
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


def cmd_correct(args: argparse.Namespace) -> int:
    from kunker import corrections

    if not args.db.is_file():
        raise UserError(f"{args.db}: no such database")
    db = store.connect(args.db, create=False)
    if args.list:
        for c in corrections.listing(db):
            change = "wrong" if c["action"] == "wrong" else f"{c['field']}={c['value']}"
            gone = "" if c["exists"] else "  (entity no longer in the database)"
            print(f"#{c['id']} {c['at']} {c['who']}: {c['entity_type']} {c['entity_id']} {change} — {c['why']}{gone}")
        return 0
    if not (args.entity_type and args.entity_id):
        raise UserError("name what to correct: kunker correct visit|official|program ID ... (or --list)")
    fixes = {}
    for item in args.set or []:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            raise UserError(f"--set {item!r}: expected FIELD=VALUE")
        fixes[field.strip()] = value.strip()
    ids = corrections.add(db, args.entity_type, args.entity_id, args.why or "", wrong=args.wrong, fixes=fixes,
                          who=args.who)
    print(f"corrected {args.entity_type} {args.entity_id}: correction {', '.join(f'#{i}' for i in ids)}")
    return 0


def add_correct_parser(sub) -> None:
    p = sub.add_parser("correct", help="mark a visit, official or program wrong, or fix one of its fields")
    p.add_argument("entity_type", nargs="?", choices=("visit", "official", "program"), help="what to correct")
    p.add_argument("entity_id", nargs="?", help="its id (as in the site's URLs)")
    p.add_argument("--wrong", action="store_true", help="the entity is wrong (hidden from lists, marked)")
    p.add_argument("--set", action="append", metavar="FIELD=VALUE", help="fix a field (repeatable)")
    p.add_argument("--why", help="reason for the correction (required)")
    p.add_argument("--who", default=None, help="maintainer's name (default: KUNKER_USER or the login name)")
    p.add_argument("--list", action="store_true", help="list every correction")
    add_db(p)
    p.set_defaults(func=cmd_correct)


def add_crawl(sub) -> None:
    p = sub.add_parser("crawl", help="crawl the sources into the database")
    p.add_argument("--sources", type=Path, required=True, metavar="FILE", help="YAML list of {name, url, region?}")
    add_db(p)
    p.add_argument("-s", "--set", action="append", default=[], metavar="KEY=VALUE",
                   help="a Scrapy setting, e.g. DOWNLOAD_DELAY=0 (repeatable)")
    p.set_defaults(func=cmd_crawl)


def add_import(sub) -> None:
    p = sub.add_parser("import", help="load articles from a JSONL file")
    p.add_argument("--jsonl", type=Path, required=True, metavar="FILE",
                   help='one article per line: {"id", "url", "title", "published": "YYYY-MM-DD", "text"}')
    p.add_argument("--source", default=None, help="source name to record on the articles (default: none)")
    add_db(p)
    p.set_defaults(func=cmd_import)


def add_tag(sub) -> None:
    p = sub.add_parser("tag", help="tag articles not yet tagged by the current tagger version")
    p.add_argument("--all", action="store_true", help="re-tag every article")
    add_db(p)
    add_tagger_options(p, jobs=True)
    p.set_defaults(func=cmd_tag)


def add_extract(sub) -> None:
    p = sub.add_parser("extract", help="run the tagger on a JSONL file")
    p.add_argument("--input", type=Path, required=True, metavar="FILE", help="JSONL articles, as for import")
    p.add_argument("--output", type=Path, required=True, metavar="FILE",
                   help="JSONL results, one line per article (written whole, or not at all)")
    p.add_argument("--explain", action="store_true", help="print why each visit was found or missed")
    add_tagger_options(p)
    p.set_defaults(func=cmd_extract)


def add_serve(sub) -> None:
    p = sub.add_parser("serve", help="publish the database with Datasette")
    add_db(p)
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="HTTP port")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on")
    p.add_argument("--immutable", action="store_true",
                   help="serve read-only with precomputed counts (for publishing)")
    p.set_defaults(func=cmd_serve)


def add_publish(sub) -> None:
    p = sub.add_parser("publish", help="build a deployable read-only Datasette package")
    add_db(p)
    p.add_argument("--out", type=Path, default=Path("dist/site"), help="an empty or new folder (default: dist/site)")
    p.set_defaults(func=cmd_publish)


def add_demo(sub) -> None:
    p = sub.add_parser("demo", help="crawl, tag and publish the bundled offline demo site")
    p.add_argument("--db", type=Path, default=DEMO_DB, help="SQLite database")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="Datasette's HTTP port")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on")
    p.add_argument("--site-only", action="store_true", help="only serve the demo news site")
    p.set_defaults(func=cmd_demo)


def add_models(sub) -> None:
    p = sub.add_parser("models", help="manage stanza models")
    msub = p.add_subparsers(dest="models_command", required=True)
    d = msub.add_parser("download", help="download stanza's Indonesian models (needs internet)")
    d.add_argument("--dir", type=Path, default=None,
                   help="where to put them (default: ~/stanza_resources)")
    d.set_defaults(func=cmd_models)


# Every subcommand, in the order of ``kunker --help``: each entry registers one or more on the subparsers.
COMMANDS: tuple[Registration, ...] = (
    add_crawl, add_import, add_tag, add_extract, add_serve, add_publish, add_demo, add_models,
    schedule.add_parsers,  # kunker schedule, kunker status
    ingest.add_parser,  # kunker ingest
    add_correct_parser,  # kunker correct
)


def build_parser() -> argparse.ArgumentParser:
    return build(COMMANDS, prog="kunker", description=__doc__, version=f"kunker {__version__}")


def main(argv: list[str] | None = None) -> int:
    return run(build_parser(), argv)


if __name__ == "__main__":
    sys.exit(main())
