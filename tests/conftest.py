"""Fixtures shared by the test modules, built once per test session (once per worker with pytest-xdist).

    tagger        the free-profile tagger (stanza pipeline and lexicons loaded once)
    full_tagger   the full-profile tagger on the test-grade models (``nlp.models.default_models_dir``), loaded
                  once, torch on one thread; its tests carry their own skip mark for when the models are absent
    fixture_site  the publishing fixture database (tests/datasette_helpers.py) served by kunker's Datasette in
                  this process; read-only for the tests that use it (the real server: test_real_server_smoke)

Parallel runs (``-n 2 --dist loadfile``, pyproject.toml): each module's tests run in one worker, so a module
fixture (a crawl, a server) is built once. Modules are handed out costliest first (``COSTLIEST``), so the run
does not end with one worker busy on a long module while the other is idle.
"""

from __future__ import annotations

import os

import pytest
from datasette_helpers import InProcessSite, build_fixture_db

from nlp import Tagger

# The modules that take the most CPU time, costliest first (measured with `--durations` and each test's CPU time
# including its child processes, after the commands moved in-process, tests/in_process.py); the others follow in
# file order.
COSTLIEST = (
    "test_ops_redis.py", "test_tag_jobs.py", "test_crawl_generated.py", "test_browser.py", "test_fuzz_lines.py",
    "test_crawl_resume.py", "test_demo_site.py", "test_crawl_discovery.py", "test_nlp_syntax.py", "test_crawl.py",
    "test_crawl_scrapyd.py", "test_corrections.py", "test_sources.py", "test_cli_errors.py", "test_nlp_explain.py",
    "test_no_eval_leak.py", "test_datasette.py", "test_paths.py", "test_monitors.py", "test_cli_imports.py",
)


# The commands the tests start inherit one OpenMP thread (full-profile ``nlp extract`` and ``kunker tag``), as the
# in-process ``full_tagger`` uses one torch thread; ``torch_default_threads`` gives a test the environment back.
# Set in the main process before the xdist workers start, so they inherit it; SET_BY_TESTS marks that the user
# had not set it.
THREADS_ENV, SET_BY_TESTS = "OMP_NUM_THREADS", "KUNKER_TESTS_SET_OMP_NUM_THREADS"


def pytest_configure(config: pytest.Config) -> None:
    if THREADS_ENV not in os.environ:
        os.environ[THREADS_ENV] = os.environ[SET_BY_TESTS] = "1"


@pytest.fixture
def torch_default_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """The OpenMP thread count the user's environment gives (torch's default when unset), for the commands a
    test starts."""
    if os.environ.get(SET_BY_TESTS):
        monkeypatch.delenv(THREADS_ENV, raising=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Costliest modules first; within a module, the tests keep their order."""
    rank = {name: i for i, name in enumerate(COSTLIEST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture(scope="session")
def tagger() -> Tagger:
    return Tagger(profile="free")


@pytest.fixture(scope="session")
def full_tagger() -> Tagger:
    import torch

    from nlp.models import default_models_dir

    # Two test workers share the two cores: torch's default of one thread per core makes its OpenMP threads
    # spin against the other worker (measured on the fixture articles: 21.7 s of CPU on two threads under load,
    # 1.3 s on one), and the results do not depend on the thread count. (OMP_NUM_THREADS, set in
    # pytest_configure, comes too late for this process: torch is imported with the test modules.)
    torch.set_num_threads(1)
    return Tagger(profile="full", models=default_models_dir())


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("site") / "kunker.db"
    info = build_fixture_db(db_path)
    site = InProcessSite(db_path)
    yield {"base": site, "db": db_path, **info}
    site.close()
