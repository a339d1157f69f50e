"""tests/in_process.py: a command run in the test process that outlives its timeout fails the test."""

from __future__ import annotations

import signal
import threading

import pytest
from in_process import run_main


def test_a_command_past_its_timeout_fails_the_test_instead_of_hanging() -> None:
    never = threading.Event()  # nothing sets it: the command waits forever unless stopped

    def waits_forever(argv: list[str]) -> int:
        try:
            never.wait()
        except Exception:  # noqa: BLE001 - a command's broad handler must not swallow the timeout
            return 0
        return 0

    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(pytest.fail.Exception, match=r"main stuck did not finish within its timeout of 0\.2 s"):
        run_main(waits_forever, ["stuck"], timeout=0.2)
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_command_within_its_timeout_gives_its_status_and_output() -> None:
    def prints(argv: list[str]) -> int:
        print(" ".join(argv))
        return 3

    proc = run_main(prints, ["a", "b"], timeout=60)
    assert (proc.returncode, proc.stdout) == (3, "a b\n")
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
