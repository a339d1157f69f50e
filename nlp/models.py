"""Model folders: where the full profile's stanza models are, and fetching stanza's official ones."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_MODELS = REPO_ROOT.parent / "shared" / "models" / "stanza-id"
DEFAULT_DOWNLOAD_DIR = Path.home() / "stanza_resources"


def default_models_dir() -> Path | None:
    """``KUNKER_MODELS`` if set, else ``../shared/models/stanza-id`` beside the repository, if present."""
    env = os.environ.get("KUNKER_MODELS")
    if env:
        return Path(env)
    return SHARED_MODELS if (SHARED_MODELS / "pos.pt").exists() else None


MODEL_FILES = ("tokenize.pt", "pos.pt", "pretrain.pt", "depparse.pt")  # the full profile's stanza models


def models_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot serve the full profile (a file of :data:`MODEL_FILES` missing), or None; checked
    before stanza and torch are imported."""
    missing = [f for f in MODEL_FILES if not (folder / f).exists()]
    return f"models folder {folder} lacks {', '.join(missing)}" if missing else None


def download_models(directory: str | os.PathLike | None = None) -> int:
    """Download stanza's Indonesian tokenize/pos/lemma/depparse models; 0 on success, 1 with one clear line
    on failure (no internet, disk full ...)."""
    target = Path(directory) if directory else DEFAULT_DOWNLOAD_DIR
    try:
        import stanza

        target.mkdir(parents=True, exist_ok=True)
        stanza.download("id", model_dir=str(target), processors="tokenize,pos,lemma,depparse",
                        logging_level="WARN")
    except Exception as exc:  # noqa: BLE001 - any failure becomes one line for the user
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if len(reason) > 160:
            reason = reason[:157] + "..."
        print(f"cannot download stanza models: {type(exc).__name__}: {reason}; "
              f"check the internet connection, or copy a model folder and pass --models DIR", file=sys.stderr)
        return 1
    print(f"stanza Indonesian models in {target / 'id'}; use --models {target / 'id'}", file=sys.stderr)
    return 0
