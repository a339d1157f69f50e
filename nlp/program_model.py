"""The learned acceptance of program candidates: a logistic model over general features of a candidate.

The weights live in ``data/program_weights.csv`` (columns ``feature``, ``free``, ``full``, ``comment``), written by
``python -m nlp.train_programs``; the row ``threshold`` holds the probability from which a candidate is kept and the
row ``enabled`` whether the profile's weights decide (1) or the hand rules do (0): a profile's scorer is enabled
only when it measured better than the rules on text nobody tuned on
(``nlp/MEASUREMENTS.md``, "The learned program scorer: measurements"); retraining keeps the row.
The ``free`` column scores candidates when no NER model ran, ``full`` when one did (it weighs the NER features).
Inference is a sum of weights and a logistic: pure Python, no dependency.
"""

from __future__ import annotations

import csv
import math
import os
from dataclasses import dataclass
from pathlib import Path

WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "data" / "program_weights.csv"
PROFILES = ("free", "full")
# ``KUNKER_PROGRAM_SCORER``: ``auto`` (default: each profile as its ``enabled`` row says), ``learned`` (both
# profiles' weights decide) or ``rules`` (every candidate no stop-list refuses is kept: the hand rules)
SCORER_ENV = "KUNKER_PROGRAM_SCORER"
SCORER_MODES = ("auto", "learned", "rules")


@dataclass(frozen=True)
class Weights:
    """One profile's weights: ``bias``, a weight per feature name, the acceptance ``threshold`` and whether they
    decide by default (``enabled``)."""

    bias: float
    weights: dict[str, float]
    threshold: float
    enabled: bool = False

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) * v for f, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accept(self, features: dict[str, float]) -> bool:
        return self.probability(features) >= self.threshold


def read_weights(path: Path = WEIGHTS_FILE) -> dict[str, Weights]:
    """Both profiles' weights from ``path``; a clear error naming the file when it is missing or malformed."""
    try:
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    except OSError as e:
        raise RuntimeError(f"{path}: cannot read the program weights ({e}); run python -m nlp.train_programs") from e
    out = {}
    for profile in PROFILES:
        try:
            table = {r["feature"]: float(r[profile]) for r in rows if r.get("feature")}
            out[profile] = Weights(table.pop("bias"), table, table.pop("threshold"), bool(table.pop("enabled")))
        except (KeyError, ValueError, TypeError) as e:
            raise RuntimeError(f"{path}: not a program weights table (column {profile!r}: {e})") from e
    return out


def write_weights(path: Path, free: Weights, full: Weights, comments: dict[str, str]) -> None:
    """Write both profiles' weights, one feature a line, with its comment."""
    names = sorted(set(free.weights) | set(full.weights))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["feature", "free", "full", "comment"])
        w.writerow(["bias", f"{free.bias:.4f}", f"{full.bias:.4f}", "added to every candidate's score"])
        w.writerow(["threshold", f"{free.threshold:.3f}", f"{full.threshold:.3f}",
                    "a candidate is kept from this probability"])
        w.writerow(["enabled", int(free.enabled), int(full.enabled),
                    "1: these weights decide; 0: the hand rules do (set after measuring on unseen text)"])
        for n in names:
            w.writerow([n, f"{free.weights.get(n, 0.0):.4f}", f"{full.weights.get(n, 0.0):.4f}", comments.get(n, "")])


def scorer_mode() -> str:
    """``KUNKER_PROGRAM_SCORER``: auto (default), learned or rules; a clear error for anything else."""
    value = os.environ.get(SCORER_ENV, "auto").strip().lower()
    if value not in SCORER_MODES:
        raise RuntimeError(f"{SCORER_ENV}={value!r}: expected one of {', '.join(SCORER_MODES)}")
    return value


def deciding_weights(path: Path | None = None) -> dict[str, Weights]:
    """The weights that decide, per profile (none: the hand rules), as ``KUNKER_PROGRAM_SCORER`` says: in auto
    mode those whose ``enabled`` row is 1 in ``path`` (default :data:`WEIGHTS_FILE`)."""
    mode = scorer_mode()
    if mode == "rules":
        return {}
    weights = read_weights(path or WEIGHTS_FILE)
    return weights if mode == "learned" else {k: w for k, w in weights.items() if w.enabled}
