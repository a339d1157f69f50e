"""``kunker publish``: a deployable package that serves the database immutable with kunker's configuration."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from datasette_helpers import BY_KEY, build_fixture_db, free_port, get, get_json, stop, wait_until_ready

from kunker import serve
from kunker.errors import UserError


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    root = tmp_path_factory.mktemp("package")
    db_path = root / "src" / "kunker.db"
    build_fixture_db(db_path)
    out = serve.publish(db_path, root / "site")
    return {"out": out, "db": db_path}


def test_package_contents(package):
    out = package["out"]
    for name in ("kunker.db", "inspect-data.json", "metadata.json", "run.sh", "requirements.txt",
                 "Dockerfile", "plugins/kunker_entities.py", "plugins/kunker_network.py",
                 "templates/kunker_entity.html", "templates/kunker_network.html", "static/kunker.css"):
        assert (out / name).is_file(), name
    assert not (out / "kunker.db-wal").exists()
    counts = json.loads((out / "inspect-data.json").read_text())["kunker"]["tables"]
    assert counts["articles"]["count"] == len(BY_KEY) and counts["regions"]["count"] == 552
    requirements = (out / "requirements.txt").read_text().split()
    assert "datasette==0.65.5" in requirements and all("==" in line for line in requirements)
    assert any(line.startswith("orjson==") for line in requirements)  # the network plugin imports it
    run = (out / "run.sh").read_text()
    assert "-i kunker.db" in run and "--inspect-file inspect-data.json" in run and "sql_time_limit_ms" in run
    assert '--host "${HOST:-127.0.0.1}"' in run  # this machine only, unless HOST opens it up
    assert "ENV HOST=0.0.0.0" in (out / "Dockerfile").read_text()  # a container must listen on every interface
    for name in ("plugins/kunker_room.py", "plugins/kunker_security.py", "templates/kunker_visits.html",
                 "templates/query.html"):
        assert (out / name).is_file(), name
    names = sqlite3.connect(out / "kunker.db").execute("select count(*) from entity_names").fetchone()[0]
    assert names > 552  # regions, officials and programs for "did you mean"


def test_package_serves_read_only(package):
    port = free_port()
    env = {**os.environ, "PORT": str(port), "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    proc = subprocess.Popen(["sh", str(package["out"] / "run.sh")], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(proc, base)
        databases = get_json(base, "/-/databases.json")
        assert [(d["name"], d["is_mutable"]) for d in databases] == [("kunker", False)]
        rows = get_json(base, "/kunker/articles.json?_search=balasan&_shape=array")
        assert [r["url"] for r in rows] == [BY_KEY["banyuwangi-serang"]["url"]]
        assert get(base, "/kunker/-/official/off-budi")[0] == 200
        for path in ("/kunker/-/visits", "/kunker/-/visit/visit-1", "/kunker/-/search?q=Salatga"):
            assert get(base, path)[0] == 200, path
        status, body = get(base, "/kunker.json?sql=select+length(hex(randomblob(400000000)))")
        assert status == 400 and "too big" in body
        assert get_json(base, "/-/metadata.json")["databases"]["kunker"]["tables"]["visits"]["description"]
        status, _ = get(base, "/kunker.json?sql=" + "delete+from+articles")
        assert status == 400
        assert len(get_json(base, "/kunker/articles.json?_shape=array")) == len(BY_KEY)
    finally:
        stop(proc)


def test_publish_refuses_non_empty_folder_and_missing_db(package, tmp_path):
    (tmp_path / "keep.txt").write_text("x")
    with pytest.raises(UserError, match="not empty"):
        serve.publish(package["db"], tmp_path)
    with pytest.raises(UserError, match="no such database"):
        serve.publish(tmp_path / "missing.db", tmp_path / "out")


def test_inspect_counts_for_immutable_serving(tmp_path):
    db_path = tmp_path / "kunker.db"
    build_fixture_db(db_path)
    inspect_file = serve.inspect_counts(db_path)
    data = json.loads(inspect_file.read_text())["kunker"]
    assert data["tables"]["articles"]["count"] == len(BY_KEY) and data["tables"]["regions"]["count"] == 552
    assert "--inspect-file" in serve.datasette_args(db_path, 8001, "127.0.0.1", immutable=True,
                                                    inspect_file=inspect_file)
