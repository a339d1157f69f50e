"""Publish a kunker database with Datasette and ``datasette_config/``.

The database name in Datasette URLs is the file stem: ``data/kunker.db`` is served at ``/kunker``, the demo's
``data/demo.db`` at ``/demo``. ``datasette_config/metadata.yml`` describes the site; the database's description
(``database.yml``) and canned queries (``queries.yml``) apply to every database name
(``datasette_config/plugins/kunker_metadata.py``).
"""

from __future__ import annotations

import json
import shlex
import shutil
import sqlite3
import tempfile
from importlib import metadata as dist_metadata
from pathlib import Path

import yaml

from datasette_config import DATABASE, METADATA, PLUGINS_DIR, QUERIES, STATIC_DIR, TEMPLATES_DIR
from kunker.errors import UserError

SETTINGS: dict[str, int | str] = {
    "sql_time_limit_ms": 2000,       # a runaway query returns Datasette's error instead of hanging
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 500,
    "facet_suggest_time_limit_ms": 200,
    "suggest_facets": "off",         # suggestions scan every column: seconds per page on 100k articles
    "truncate_cells_html": 300,      # long article texts are cut in tables, shown whole on row pages
    "num_sql_threads": 3,
}


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives the database in its URLs: the file stem."""
    return Path(db_path).stem


def load_metadata(path: Path = METADATA) -> dict:
    """The site's metadata file as a dict."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UserError(f"{path}: cannot read Datasette metadata ({exc})") from exc


def datasette_args(db_path: str | Path, port: int | str, host: str, immutable: bool = False,
                   inspect_file: str | Path | None = None, metadata: str | Path | None = None,
                   config_dir: str | Path | None = None) -> list[str]:
    """The ``datasette serve`` argument list for publishing ``db_path`` with kunker's configuration.

    ``config_dir`` holds ``plugins/``, ``templates/`` and ``static/`` (default: ``datasette_config/``).
    """
    plugins, templates, static = (PLUGINS_DIR, TEMPLATES_DIR, STATIC_DIR) if config_dir is None else (
        Path(config_dir) / "plugins", Path(config_dir) / "templates", Path(config_dir) / "static")
    args = ["serve", "-i", str(db_path)] if immutable else ["serve", str(db_path)]
    args += [
        "--host", host, "--port", str(port),
        "--metadata", str(metadata or METADATA),
        "--plugins-dir", str(plugins),
        "--template-dir", str(templates),
        "--static", f"static:{static}",
    ]
    if inspect_file:
        args += ["--inspect-file", str(inspect_file)]
    for key, value in SETTINGS.items():
        args += ["--setting", key, str(value)]
    return args


def checkpoint(db_path: str | Path) -> None:
    """Fold the write-ahead log into the database file, so immutable readers see every row."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


KUNKER_TABLES = ("regions", "articles", "visits", "mentions")  # a database without these is not kunker's


def prepare(db_path: str | Path) -> list[str]:
    """Bring a kunker database's serving artefacts up to date: pending schema migrations (kunker/db.py), browsing
    views, search indexes and the name index (kunker/views.py); returns what it
    added or replaced.

    A no-op on a database that has them, so serving never rewrites a current database. A file that is not
    SQLite, or a SQLite database without kunker's tables, is a user error (nothing is added to it).
    """
    import sqlite_utils

    from kunker import db as store
    from kunker import views

    try:
        db = sqlite_utils.Database(db_path)
        tables = set(db.table_names())
        lacking = [t for t in KUNKER_TABLES if t not in tables]
        if lacking:
            raise UserError(f"{db_path}: not a kunker database (no {', '.join(lacking)} table"
                            f"{'s' if len(lacking) > 1 else ''}); create one with 'kunker import' or 'kunker crawl'")
        missing = [f"migration {name}" for name in store.migrate(db)]
        missing += views.stale_views(db)
        missing += [f"{table}_fts" for table in views.SEARCH if not db[table].detect_fts()]
        missing += [t for t in (views.NAMES_TABLE, views.ALIASES_TABLE) if t not in tables]
        if missing:
            views.enable_search(db)
            views.create_views(db)
            views.build_name_index(db)
        db.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{db_path}: not a kunker SQLite database ({exc})") from exc
    return missing


def run_datasette(args: list[str]) -> int:
    """Run the Datasette command line in this process; click errors become one-line user errors."""
    import click
    from datasette.cli import cli

    try:
        cli.main(args, prog_name="datasette", standalone_mode=False)
    except click.ClickException as exc:
        raise UserError(f"datasette: {exc.format_message()}") from exc
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise UserError(f"datasette stopped with status {exc.code} (port in use?)") from exc
    return 0


def serve(db_path: str | Path, port: int = 8001, host: str = "127.0.0.1", immutable: bool = False) -> int:
    """Serve ``db_path`` with Datasette until interrupted. Returns the exit status."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise UserError(f"{db_path}: no such database")
    added = prepare(db_path)
    if added:
        print(f"kunker: added to {db_path}: {', '.join(added)}", flush=True)
    inspect_file = None
    if immutable:
        checkpoint(db_path)
        inspect_file = inspect_counts(db_path)
    print(f"kunker: serving {db_path} at http://{host}:{port}/{database_name(db_path)}", flush=True)
    return run_datasette(datasette_args(db_path, port, host, immutable=immutable, inspect_file=inspect_file))


def inspect_counts(db_path: str | Path) -> Path:
    """Run ``datasette inspect`` on ``db_path`` into a temporary file and return its path.

    Served immutable with these counts, Datasette shows exact row counts without counting a large table on
    every page (it otherwise gives up after a few milliseconds and shows none).
    """
    from kunker.db import stable_id

    db_path = Path(db_path)
    out = Path(tempfile.gettempdir()) / "kunker-datasette" / (
        f"{database_name(db_path)}-{stable_id(db_path.resolve())}-inspect.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    run_datasette(["inspect", str(db_path), "--inspect-file", str(out)])
    return out


# Python packages a published site needs, pinned to the versions installed here (the tested ones).
# orjson: the network plugin writes its JSON downloads with it.
PUBLISH_PACKAGES = ("datasette", "datasette-cluster-map", "datasette-leaflet", "datasette-search-all", "orjson")

DOCKERFILE = """FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PORT=8001
# Inside a container the site must listen on every interface to be reachable through -p.
ENV HOST=0.0.0.0
EXPOSE 8001
CMD ["sh", "run.sh"]
"""

PACKAGE_README = """kunker site package: {name}.db served read-only with Datasette.

Run it with Python 3.11:    pip install -r requirements.txt && sh run.sh     (PORT=8001 by default)
                            It listens on 127.0.0.1 only; HOST=0.0.0.0 sh run.sh serves the network.
Run it with Docker:         docker build -t kunker-site . && docker run -p 8001:8001 kunker-site
The site is then at http://localhost:8001/{name}. Built by `kunker publish` on {built}.
"""


def pinned_requirements() -> list[str]:
    """``name==version`` for every package the published site needs; a missing one is a user error."""
    lines = []
    for name in PUBLISH_PACKAGES:
        try:
            lines.append(f"{name}=={dist_metadata.version(name)}")
        except dist_metadata.PackageNotFoundError as exc:
            raise UserError(f"{name} is not installed: install the project's dependencies first") from exc
    return lines


def copy_database(src: Path, dest: Path) -> None:
    """A compact, self-contained copy of ``src`` (no write-ahead log) for immutable serving."""
    conn = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        conn.execute("VACUUM INTO ?", (str(dest),))
    finally:
        conn.close()
    conn = sqlite3.connect(dest)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def publish(db_path: str | Path, out_dir: str | Path) -> Path:
    """Build a deployable site package in ``out_dir``: database, counts, config, run script, Dockerfile.

    The package serves the database immutable (``-i``) with ``datasette inspect`` counts and kunker's
    metadata, plugins, templates and static files, with the same settings (SQL time limit) as ``serve``.
    """
    from kunker.db import now

    db_path, out = Path(db_path), Path(out_dir)
    if not db_path.is_file():
        raise UserError(f"{db_path}: no such database")
    if out.exists() and any(out.iterdir()):
        raise UserError(f"{out}: output folder is not empty")
    requirements = pinned_requirements()
    name = database_name(db_path)
    out.mkdir(parents=True, exist_ok=True)
    copy_database(db_path, out / f"{name}.db")
    prepare(out / f"{name}.db")
    inspect_file = out / "inspect-data.json"
    run_datasette(["inspect", str(out / f"{name}.db"), "--inspect-file", str(inspect_file)])
    counts = json.loads(inspect_file.read_text(encoding="utf-8"))
    counts[name]["file"] = f"{name}.db"  # relative, so the package can move
    inspect_file.write_text(json.dumps(counts, indent=1), encoding="utf-8")
    (out / "metadata.json").write_text(json.dumps(load_metadata(), ensure_ascii=False, indent=1), encoding="utf-8")
    for part, src in (("plugins", PLUGINS_DIR), ("templates", TEMPLATES_DIR), ("static", STATIC_DIR)):
        shutil.copytree(src, out / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for src in (DATABASE, QUERIES):  # plugins/kunker_metadata.py reads them from the folder above it
        shutil.copy(src, out / src.name)
    args = datasette_args(f"{name}.db", "__PORT__", "__HOST__", immutable=True,
                          inspect_file="inspect-data.json", metadata="metadata.json", config_dir=".")
    command = shlex.join(["datasette", *args]).replace("__PORT__", '"${PORT:-8001}"').replace(
        "__HOST__", '"${HOST:-127.0.0.1}"')
    (out / "run.sh").write_text(
        '#!/bin/sh\n# Serve the kunker site (read-only). It listens on this machine only (127.0.0.1) unless\n'
        '# HOST says otherwise: HOST=0.0.0.0 sh run.sh opens it to the network (the Dockerfile does so).\n'
        f'cd "$(dirname "$0")"\nexec {command}\n', encoding="utf-8")
    (out / "run.sh").chmod(0o755)
    (out / "requirements.txt").write_text("\n".join(requirements) + "\n", encoding="utf-8")
    (out / "Dockerfile").write_text(DOCKERFILE, encoding="utf-8")
    (out / "README.txt").write_text(PACKAGE_README.format(name=name, built=now()), encoding="utf-8")
    return out
