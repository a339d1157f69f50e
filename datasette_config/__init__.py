"""Datasette configuration for publishing a kunker database: metadata, plugins, templates, static files.

Used by ``kunker serve`` and ``kunker publish`` (kunker/serve.py); the files here are plain Datasette
configuration and also work with the ``datasette`` command directly.
"""

from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent
METADATA = CONFIG_DIR / "metadata.yml"
PLUGINS_DIR = CONFIG_DIR / "plugins"
TEMPLATES_DIR = CONFIG_DIR / "templates"
STATIC_DIR = CONFIG_DIR / "static"
