"""The tagger options every command that tags shares (``tag``, ``extract``, ``schedule``, ``ingest``).

    add_tagger_options(parser, jobs=True)   --profile, --models (and --jobs)
    tagger_settings(args)                   (profile, models) checked, or a UserError naming the problem
    make_tagger(args)                       the Tagger they ask for
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from kunker.errors import UserError


def add_tagger_options(parser: argparse.ArgumentParser, jobs: bool = False) -> None:
    """Add ``--profile`` and ``--models`` (and ``--jobs`` where tagging can be spread over processes)."""
    parser.add_argument("--profile", choices=("free", "full"), default=None,
                        help="tagger profile: free, no model files (default), or full, with stanza's neural models")
    parser.add_argument("--models", type=Path, default=None, metavar="DIR",
                        help="stanza model folder for the full profile; implies --profile full "
                             "(default: $KUNKER_MODELS, else ../shared/models/stanza-id when present)")
    if jobs:
        parser.add_argument("--jobs", type=positive_int, default=1, metavar="N",
                            help="tag in N processes while the main process writes (default: 1; this machine "
                                 f"has {os.cpu_count()} cores)")


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return value


def tagger_settings(args: argparse.Namespace) -> tuple[str, Path | None]:
    """The profile and model folder ``args`` ask for, checked before any work starts."""
    from nlp.models import default_models_dir, models_problem

    models: Path | None = args.models
    profile = args.profile or ("full" if models else "free")
    if profile != "full":
        return profile, None
    models = models or default_models_dir()
    if models is None:
        raise UserError("--profile full: no stanza models found; pass --models DIR, set KUNKER_MODELS or run "
                        "'kunker models download'")
    if not Path(models).is_dir():
        raise UserError(f"{models_label(args, models)}: no such folder")
    problem = models_problem(Path(models))
    if problem:
        raise UserError(f"{models_label(args, models)}: cannot start the tagger: {problem}")
    return profile, Path(models)


def models_label(args: argparse.Namespace, models: Path) -> str:
    """How to name the model folder in a message: the option or variable it came from."""
    if args.models:
        return f"--models {models}"
    return f"KUNKER_MODELS={models}" if os.environ.get("KUNKER_MODELS") else f"models folder {models}"


def make_tagger(args: argparse.Namespace, announce: bool = True) -> Any:
    """The Tagger of ``args.profile``/``args.models``; its version goes to stderr when ``announce``."""
    profile, models = tagger_settings(args)  # before stanza and torch are imported (two seconds)
    from nlp import Tagger

    try:
        tagger = Tagger(profile=profile, models=models)
    except (OSError, ValueError) as exc:
        where = models_label(args, models) if models else "tagger"
        raise UserError(f"{where}: cannot start the tagger: {exc}") from None
    if announce:
        print(f"tagger {tagger.version} ({tagger.description})", file=sys.stderr)
    return tagger
