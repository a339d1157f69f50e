"""What describes a kunker database (``database.yml``) and its canned queries (``queries.yml``), for every
database served.

Both files sit next to this folder (``datasette_config/``, or the root of a ``kunker publish`` package).
They are not in the metadata file given to Datasette (``metadata.yml``: the site's title, description, licence)
because Datasette 0.65.5 deep-copies that whole file for every table's permission check
(``Datasette._table_permission_allows``: twice per table and view on the home and database pages, about 135
copies per page); with the tables' and columns' descriptions and the queries there, that copying was most of those
pages' CPU (in process at 100,000 articles: home 66 -> 29 ms).

- ``canned_queries``: the queries of ``queries.yml``, in file order, before ``visit_network`` (``kunker_network.py``).
- ``get_metadata``: ``database.yml`` as ``databases.<name>`` for what reads it: the whole metadata (``key`` None:
  ``/-/metadata.json``, the index, hidden tables) and the ``databases`` section (database, table and row pages
  through ``Datasette.table_metadata``: descriptions, columns, label columns, search, sort, facets). Not for
  ``key="tables"``, which Datasette asks only for each table's permission check (``allow``) and a table's
  ``facet_size``, nor for ``allow``/``allow_sql``/``plugins``/``queries``: settings read through those keys are
  refused when the file is loaded, since they would be ignored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from datasette import hookimpl

CONFIG_DIR = Path(__file__).resolve().parent.parent
DATABASE_FILE = CONFIG_DIR / "database.yml"
QUERIES_FILE = CONFIG_DIR / "queries.yml"
INTERNAL = "_internal"  # Datasette's own database: none of kunker's tables
UNSERVED = ("allow", "allow_sql", "facet_size", "plugins", "queries")  # read through keys this hook does not answer


def load(path: Path) -> dict[str, Any]:
    """A mapping file of this folder; a missing or broken one stops Datasette, naming it."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RuntimeError(f"{path}: cannot read kunker's Datasette configuration ({exc})") from exc
    if not isinstance(data, dict):
        raise RuntimeError(f"{path}: expected a mapping")
    return data


def load_database(path: Path = DATABASE_FILE) -> dict[str, Any]:
    """``database.yml``, refused if it sets something Datasette would read past this plugin."""
    database = load(path)
    places = [("database", database), *((f"table {name}", table) for name, table in
                                        (database.get("tables") or {}).items())]
    ignored = [f"{place}: {key}" for place, config in places for key in UNSERVED if key in (config or {})]
    if ignored:
        raise RuntimeError(f"{path}: {', '.join(ignored)} would be ignored (plugins/kunker_metadata.py serves "
                           "only descriptions and table settings; put it in metadata.yml)")
    return database


DATABASE = load_database()
QUERIES = load(QUERIES_FILE)


@hookimpl(tryfirst=True)
def canned_queries(datasette, database):
    """Every query of queries.yml (fresh copies: Datasette writes each query's ``name`` into it)."""
    if database == INTERNAL:
        return None
    return {name: dict(query) for name, query in QUERIES.items()}


def database_metadata() -> dict[str, Any]:
    """``database.yml`` with fresh dicts down to each table: Datasette writes into the ones it is given
    (``update_with_inherited_metadata`` adds the site's licence and source to a table's)."""
    tables = DATABASE.get("tables") or {}
    return {**DATABASE, "tables": {name: dict(table) for name, table in tables.items()}}


@hookimpl
def get_metadata(datasette, key, database, table):
    """``database.yml`` under every served database's name, when the metadata asked for can hold it."""
    if key not in (None, "databases"):
        return None
    return {"databases": {name: database_metadata() for name in datasette.databases if name != INTERNAL}}
