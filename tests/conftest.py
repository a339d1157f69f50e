"""Fixtures shared by the test modules, built once per test session (once per worker with pytest-xdist).

    tagger        the free-profile tagger (stanza pipeline and lexicons loaded once)
    fixture_site  the publishing fixture database (tests/datasette_helpers.py) served by kunker's Datasette in
                  this process; read-only for the tests that use it (the real server: test_real_server_smoke)

Parallel runs (``-n 2 --dist loadgroup``, pyproject.toml): the tests of a module that share a module-scoped
fixture (a crawl, a server) go to one worker, so the fixture is built once; the other tests spread one by one.
"""

from __future__ import annotations

import pytest
from datasette_helpers import InProcessSite, build_fixture_db

from nlp import Tagger


@pytest.fixture(scope="session")
def tagger() -> Tagger:
    return Tagger(profile="free")


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("site") / "kunker.db"
    info = build_fixture_db(db_path)
    site = InProcessSite(db_path)
    yield {"base": site, "db": db_path, **info}
    site.close()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Keep the tests that share a module-scoped fixture in one xdist group (their module's), before
    pytest-xdist's ``loadgroup`` reads the groups."""
    for item in items:
        defs = getattr(item, "_fixtureinfo", None)
        scopes = {d.scope for name in (defs.names_closure if defs else ()) for d in defs.name2fixturedefs.get(name, ())}
        if "module" in scopes or "package" in scopes:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
