"""Fixtures shared by the test modules, built once per test session (once per worker with pytest-xdist).

    tagger        the free-profile tagger (stanza pipeline and lexicons loaded once)
    full_tagger   the full-profile tagger on the test-grade models (``nlp.models.default_models_dir``), loaded
                  once; its tests carry their own skip mark for when the models are absent
    fixture_site  the publishing fixture database (tests/datasette_helpers.py) served by kunker's Datasette in
                  this process; read-only for the tests that use it (the real server: test_real_server_smoke)

Parallel runs (``-n 2 --dist loadfile``, pyproject.toml): each module's tests run in one worker, so a module
fixture (a crawl, a server) is built once.
"""

from __future__ import annotations

import pytest
from datasette_helpers import InProcessSite, build_fixture_db

from nlp import Tagger


@pytest.fixture(scope="session")
def tagger() -> Tagger:
    return Tagger(profile="free")


@pytest.fixture(scope="session")
def full_tagger() -> Tagger:
    from nlp.models import default_models_dir

    return Tagger(profile="full", models=default_models_dir())


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("site") / "kunker.db"
    info = build_fixture_db(db_path)
    site = InProcessSite(db_path)
    yield {"base": site, "db": db_path, **info}
    site.close()

