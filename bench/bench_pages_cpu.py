"""CPU per request of a few pages, with Datasette in this process configured as ``kunker serve --immutable`` does.

Opens the database immutable (read-only: nothing is written to it) with ``datasette inspect`` counts, kunker's
metadata, plugins, templates and settings, exactly the ``datasette serve`` arguments ``kunker serve`` builds, and
asks each path through ``datasette.client``: one untimed request, then ``--requests`` rounds over the paths. Prints
the median and minimum CPU time of the process (every thread: the SQL runs in Datasette's threads) and the median
wall time per path. ``--root`` imports ``kunker`` and ``datasette_config`` from another checkout, to compare two
versions on the same file (run them alternately: the machine's load changes the wall figures, less the CPU ones).

    .venv/bin/python bench/bench_pages_cpu.py --db /tmp/k100b/kunker.db
    .venv/bin/python bench/bench_pages_cpu.py --db /tmp/k100b/kunker.db --root /tmp/main-checkout --requests 20
    .venv/bin/python bench/bench_pages_cpu.py --db /tmp/k100b/kunker.db --path /kunker/articles --profile
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ["/", "/{db}", "/{db}/articles", "/{db}/search_articles?q=studi+banding"]


def open_site(db_path: Path):
    """Datasette built from ``kunker serve --immutable``'s command line (no migration, no checkpoint: the file is
    only read)."""
    from datasette.cli import cli

    from kunker import serve

    args = serve.datasette_args(db_path, 0, "127.0.0.1", immutable=True, inspect_file=serve.inspect_counts(db_path))
    command = cli.commands["serve"]
    ctx = command.make_context("serve", args[1:])
    return ctx.invoke(command.callback, **{**ctx.params, "return_instance": True})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a kunker database (opened read-only)")
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose kunker/ and datasette_config/ serve")
    parser.add_argument("--path", action="append", help="a path to time ({db} is the database name); repeatable")
    parser.add_argument("--requests", type=int, default=10, help="timed requests per path")
    parser.add_argument("--profile", action="store_true", help="print the top functions by cumulative time")
    args = parser.parse_args(argv)
    if not args.db.is_file():
        print(f"{args.db}: no such database", file=sys.stderr)
        return 2
    if not (args.root / "kunker" / "serve.py").is_file() or not (args.root / "datasette_config").is_dir():
        print(f"{args.root}: not a kunker checkout (no kunker/serve.py or datasette_config/)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(args.root.resolve()))
    from kunker import serve

    name = serve.database_name(args.db)
    paths = [p.format(db=name) for p in (args.path or DEFAULT_PATHS)]
    datasette = open_site(args.db)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(datasette.invoke_startup())

    def get(path: str) -> tuple[int, float, float]:
        cpu, wall = time.process_time(), time.perf_counter()
        response = loop.run_until_complete(datasette.client.get(path))
        return response.status_code, (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000

    statuses = {path: get(path)[0] for path in paths}
    samples: dict[str, list[tuple[float, float]]] = {path: [] for path in paths}
    profiler = cProfile.Profile() if args.profile else None
    for _ in range(args.requests):
        for path in paths:
            if profiler:
                profiler.enable()
            samples[path].append(get(path)[1:])
            if profiler:
                profiler.disable()
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    print(f"{args.root}: {args.requests} requests per path after one untimed")
    print(f"{'path':50} {'status':>6} {'CPU p50':>8} {'CPU min':>8} {'wall p50':>9}")
    for path in paths:
        cpu = [c for c, _ in samples[path]]
        wall = [w for _, w in samples[path]]
        print(f"{path[:50]:50} {statuses[path]:>6} {statistics.median(cpu):8.1f} {min(cpu):8.1f} "
              f"{statistics.median(wall):9.1f}")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
