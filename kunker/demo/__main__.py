"""``python -m kunker.demo --db PATH [--summary FILE]``: build the demo database (crawl + tag) and exit.

The same stages as ``kunker demo`` without publishing; for tests and scripts, in a process of its own
(Scrapy's reactor runs once per process). Ports: ``KUNKER_DEMO_SITE_PORTS``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kunker.demo import build_demo_db
from kunker.errors import UserError, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kunker.demo", description=__doc__)
    parser.add_argument("--db", type=Path, required=True, help="SQLite database to build")
    parser.add_argument("--summary", type=Path, default=None, help="write the summary as JSON here")
    args = parser.parse_args(argv)
    try:
        summary = build_demo_db(args.db)
    except UserError as exc:
        return report(exc)
    if args.summary:
        text = json.dumps(summary, ensure_ascii=False, indent=1, default=str)
        args.summary.write_text(text, encoding="utf-8")
    return 1 if summary["crawl"].get("failed") else 0


if __name__ == "__main__":
    sys.exit(main())
