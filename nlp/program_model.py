"""The learned acceptance of program candidates: a logistic model over general features of a candidate.

The weights live in ``data/program_weights.csv`` (columns ``feature``, ``free``, ``full``, ``comment``), written by
``python -m nlp.train_programs``; the row ``threshold`` holds the probability from which a candidate is kept. The
``free`` column scores candidates when no NER model ran, ``full`` when one did (it also weighs the NER features).
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
# ``KUNKER_PROGRAM_SCORER=rules`` keeps every candidate no stop-list refuses (the hand rules) instead
SCORER_ENV = "KUNKER_PROGRAM_SCORER"


@dataclass(frozen=True)
class Weights:
    """One profile's weights: ``bias``, a weight per feature name and the acceptance ``threshold``."""

    bias: float
    weights: dict[str, float]
    threshold: float

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
            out[profile] = Weights(table.pop("bias"), table, table.pop("threshold"))
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
        for n in names:
            w.writerow([n, f"{free.weights.get(n, 0.0):.4f}", f"{full.weights.get(n, 0.0):.4f}", comments.get(n, "")])


def scorer_wanted() -> bool:
    """Whether the learned scorer decides (default) or the hand rules (``KUNKER_PROGRAM_SCORER=rules``)."""
    value = os.environ.get(SCORER_ENV, "learned").strip().lower()
    if value not in ("learned", "rules"):
        raise RuntimeError(f"{SCORER_ENV}={value!r}: expected 'learned' or 'rules'")
    return value == "learned"
