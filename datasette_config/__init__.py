"""Datasette configuration for publishing a kunker database: site metadata, the database's
description (tables, columns), canned queries, plugins, templates, static files.

Used by ``kunker serve`` and ``kunker publish`` (kunker/serve.py); the files here are plain Datasette
configuration and also work with the ``datasette`` command directly.
"""

from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent
METADATA = CONFIG_DIR / "metadata.yml"  # the site; the database and its queries are served by a plugin:
DATABASE = CONFIG_DIR / "database.yml"  # plugins/kunker_metadata.py, for every database name
QUERIES = CONFIG_DIR / "queries.yml"
PLUGINS_DIR = CONFIG_DIR / "plugins"
TEMPLATES_DIR = CONFIG_DIR / "templates"
STATIC_DIR = CONFIG_DIR / "static"
