"""Run a command line's ``main(argv)`` in the test process as its console script would run it, for the tests
whose subject is the command, not process isolation: the start of a new Python (two seconds of imports, most
of them torch) is paid once per test worker instead of once per command.

``run_main`` returns what ``subprocess.run(..., capture_output=True, text=True)`` would: the exit status
(``sys.exit(main())``: a returned int, or a ``SystemExit`` from argparse; an uncaught exception prints its
traceback and gives 1, as Python does), and everything written to stdout and stderr: by ``print``, at the
file-descriptor level (C code, child processes), by logging handlers that write to the standard streams, and
the warnings Python would show with its default filters. What the command leaves unreferenced is collected
(a database connection closes and its WAL files go, as at a process's exit). The working folder and the
environment variables given are set for the run and restored after it. Kept as real processes: the entry
points themselves (tests/test_cli_imports.py, ``--version``), Ctrl-C, locks held by other processes, crawls
(Twisted's reactor starts once per process) and servers.

Each run has a ``timeout`` in seconds, as ``subprocess.run`` had: a command still running when it passes is
stopped by ``SIGALRM`` and fails the test (``pytest.fail``, which the command's ``except Exception`` cannot
swallow) instead of hanging the worker.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import subprocess
import sys
import tempfile
import traceback
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO

import pytest

Main = Callable[[list[str]], "int | None"]

# Python's default warning filters (``python -W`` unset, not a development build): what a command would show.
HIDDEN_BY_DEFAULT = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)


def run_main(main: Main, argv: Sequence[str], cwd: str | os.PathLike | None = None,
             env: Mapping[str, str] | None = None, *, timeout: float) -> subprocess.CompletedProcess:
    """``main(argv)`` in this process, with ``cwd`` as the working folder and ``env`` added to the environment;
    its exit status and output as ``subprocess.run`` gives them. Fails the test if it runs past ``timeout``
    seconds."""
    with ExitStack() as stack:
        stack.enter_context(_time_limit(timeout, ["main", *argv]))
        stack.enter_context(_working_folder(cwd))
        stack.enter_context(_environment(env or {}))
        standard = (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__)
        out = stack.enter_context(_captured(1, "stdout"))
        err = stack.enter_context(_captured(2, "stderr"))
        stack.enter_context(_logging_as_in_a_new_process(
            [(old, (out, err)[i % 2].stream) for i, old in enumerate(standard) if old is not None]))
        shown = stack.enter_context(warnings.catch_warnings(record=True))
        warnings.resetwarnings()
        warnings.simplefilter("default")
        for category in HIDDEN_BY_DEFAULT:
            warnings.simplefilter("ignore", category)
        try:
            status = _exit_status(main(list(argv)))
        except SystemExit as exc:
            status = _exit_status(exc.code)
        except Exception:  # noqa: BLE001 - what Python prints for an uncaught exception, and its status
            traceback.print_exc(file=sys.stderr)
            status = 1
        gc.collect()  # as the process's exit would: what the command left open (a database connection) closes
        for w in shown:
            sys.stderr.write(warnings.formatwarning(w.message, w.category, w.filename, w.lineno, w.line))
    return subprocess.CompletedProcess(["main", *argv], status, out.text(), err.text())


def _exit_status(code: object) -> int:
    """The status ``sys.exit(code)`` gives a process."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


class _Capture:
    def __init__(self, stream: IO[str]) -> None:
        self.stream, self.written = stream, b""

    def text(self) -> str:
        return self.written.decode("utf-8", errors="replace")


@contextmanager
def _captured(fd: int, name: str) -> Iterator[_Capture]:
    """File descriptor ``fd`` and ``sys.<name>`` write into one temporary file while the block runs."""
    before = getattr(sys, name)
    before.flush()
    with tempfile.TemporaryFile() as file:
        saved = os.dup(fd)
        os.dup2(file.fileno(), fd)
        stream = open(os.dup(file.fileno()), "w", encoding="utf-8", errors="backslashreplace",  # noqa: SIM115
                      buffering=1)
        setattr(sys, name, stream)
        capture = _Capture(stream)
        try:
            yield capture
        finally:
            stream.flush()
            setattr(sys, name, before)
            os.dup2(saved, fd)
            os.close(saved)
            stream.close()
            file.seek(0)
            capture.written = file.read()


@contextmanager
def _logging_as_in_a_new_process(pairs: list[tuple[IO[str], IO[str]]]) -> Iterator[None]:
    """Logging while the block runs as in a new process that configured none: no root handler (pytest's are
    set aside, so warnings reach stderr through logging's last resort), the root level kept, and the handlers
    a library added for a standard stream writing to its replacement (``pairs``: standard stream, replacement;
    the test process's own first). After the block, a handler left writing to a replacement (added during
    the run, as by an import) writes to the stream it replaced; the root logger is restored (a command may
    call ``logging.basicConfig``)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    root.handlers[:] = []
    streams = {id(old): new for old, new in pairs}
    replaced = {id(new): old for old, new in reversed(pairs)}  # the first pair of a replacement wins
    moved = []
    for handler in _stream_handlers():
        if id(handler.stream) in streams:
            moved.append((handler, handler.setStream(streams[id(handler.stream)])))
    try:
        yield
    finally:
        for handler in _stream_handlers():
            if id(handler.stream) in replaced:
                handler.setStream(replaced[id(handler.stream)])
        for handler, stream in moved:
            handler.setStream(stream)
        root.handlers[:] = handlers
        root.setLevel(level)


def _stream_handlers() -> list[logging.StreamHandler]:
    loggers = [logging.getLogger(), *(lg for lg in logging.Logger.manager.loggerDict.values()
                                      if isinstance(lg, logging.Logger))]
    return [h for lg in loggers for h in lg.handlers if type(h) is logging.StreamHandler]


@contextmanager
def _time_limit(seconds: float, command: list[str]) -> Iterator[None]:
    """Fails the test (``pytest.fail``, a ``BaseException``) if the block is still running after ``seconds``;
    the alarm and its previous handler are restored after the block."""
    def stop(signum: int, frame: object) -> None:
        pytest.fail(f"{' '.join(command)} did not finish within its timeout of {seconds} s", pytrace=False)

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _working_folder(cwd: str | os.PathLike | None) -> Iterator[None]:
    before = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(before)


@contextmanager
def _environment(env: Mapping[str, str]) -> Iterator[None]:
    before = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
