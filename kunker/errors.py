"""Errors that reach the user as one clear line and a non-zero exit status."""

import sys


class UserError(Exception):
    """A problem with the user's input (file, option, config entry): printed as one line, exit 2."""


def report(exc: UserError) -> int:
    """Print ``exc`` as its one line on stderr (``kunker: ...``); the exit status of a user error, 2."""
    print(f"kunker: {exc}", file=sys.stderr)
    return 2
