"""Output files that are no regular files (a device, a named pipe) are written in place, never replaced."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from nlp.jsonl import atomic_output, check_output


def test_a_named_pipe_is_written_in_place_and_stays_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "out.jsonl"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # a reader first, so opening for writing does not block
    try:
        assert check_output(pipe) is None
        with atomic_output(pipe) as fh:
            fh.write(b'{"id": "a"}\n')
        assert stat.S_ISFIFO(os.stat(pipe).st_mode)
        assert os.read(reader, 100) == b'{"id": "a"}\n'
    finally:
        os.close(reader)
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left beside it


def test_a_regular_file_is_still_replaced_whole_or_not_at_all(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    try:
        with atomic_output(out) as fh:
            fh.write(b"new\n")
            raise RuntimeError("stopped half-way")
    except RuntimeError:
        pass
    assert out.read_text(encoding="utf-8") == "old\n"
    with atomic_output(out) as fh:
        fh.write(b"new\n")
    assert out.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
