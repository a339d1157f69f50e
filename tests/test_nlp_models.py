"""`download_models` says clearly when it cannot download (network blocked through a closed local proxy)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from datasette_helpers import free_port

ROOT = Path(__file__).resolve().parent.parent


def test_download_failure_is_one_clear_line(tmp_path: Path) -> None:
    proxy = f"http://127.0.0.1:{free_port()}"  # a free port, closed again once picked: a proxy that refuses
    env = {**os.environ, "HTTPS_PROXY": proxy, "HTTP_PROXY": proxy, "https_proxy": proxy, "http_proxy": proxy,
           "NO_PROXY": "", "no_proxy": "", "HF_HUB_OFFLINE": "0"}
    code = ("import sys; from nlp.models import download_models; "
            f"sys.exit(download_models({str(tmp_path / 'models')!r}))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("cannot download stanza models: ")
    assert "--models DIR" in lines[0]
