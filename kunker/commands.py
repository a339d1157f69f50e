"""What every kunker command line shares: the argument parser, the ``--db`` option, and running a command with
kunker's exit statuses. Stage modules register their subcommands with these helpers; ``kunker/cli.py`` lists
the registrations in one table. Nothing here imports a stage or the CLI.

    run(registrations, argv, prog)   parse, run the chosen command, turn a UserError into one line and exit 2
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kunker.errors import UserError, report
from kunker.settings import DEFAULT_DB

Registration = Callable[[Any], None]  # adds one or more subcommands to an argparse subparsers object


class Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2) and every option's default in its help."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def add_argument(self, *args, **kwargs) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        if action.help is None and action.option_strings and action.default not in (None, False, []):
            action.help = "(default: %(default)s)"  # argparse shows nothing for an option without help
        return action

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Show ``(default: X)`` after an option's help unless it says its default already."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        if (action.default not in (None, False, argparse.SUPPRESS, [])
                and "default" not in text and action.option_strings):
            text = f"{text} (default: %(default)s)".lstrip()
        return text


def add_db(parser: argparse.ArgumentParser, default: Path = DEFAULT_DB) -> None:
    """The ``--db PATH`` option of every command that reads or writes a database."""
    parser.add_argument("--db", type=Path, default=default, help=f"SQLite database (default: {default})")


def build(registrations: Sequence[Registration], prog: str, description: str | None = None,
          version: str | None = None) -> Parser:
    """A parser with one subcommand per registration (each may add several)."""
    parser = Parser(prog=prog, description=description)
    if version:
        parser.add_argument("--version", action="version", version=version)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for register in registrations:
        register(sub)
    return parser


def run(parser: argparse.ArgumentParser, argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command: its exit status; 2 with one line for a user error, 130 when
    interrupted."""
    try:
        args = parser.parse_args(None if argv is None else list(argv))
        return args.func(args)
    except UserError as exc:
        return report(exc)
    except KeyboardInterrupt:
        print("kunker: interrupted", file=sys.stderr)
        return 130
