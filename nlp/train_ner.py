"""``python -m nlp.train_ner``: build the NER data from the corpus's train split (and any further gold files
given with ``--corpus``) and train the full profile's NER model with stanza's own trainer
(``stanza.models.ner_tagger``).

Writes ``artifacts/ner/{train,dev}.json`` (stanza NER data), ``artifacts/ner/holdout.jsonl`` (the articles
kept aside for measuring the tagger, in the gold format ``score.py`` reads) and the model
``data/models/ner-id.pt`` (``--output``). Settings are :data:`SETTINGS`; the split is fixed by
:func:`nlp.ner_data.split_of`. Needs the word vectors the model is used with (``--pretrain``, default
``pretrain.pt`` in the full profile's models folder). 3,000 steps on the 1,254-article train: 24 minutes wall on 2
busy cores (load 5-6), 12 minutes of CPU.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from nlp.models import REPO_ROOT, default_models_dir
from nlp.ner_data import article_sentences, label_counts, letter_of, letter_order, split_of

CORPUS = REPO_ROOT / "bench" / "corpus" / "train.jsonl"
WORK = REPO_ROOT / "artifacts" / "ner"
DEFAULT_MODEL = REPO_ROOT / "data" / "models" / "ner-id.pt"
# the shards the installed model was trained on (session 25, train c..ad): later rebuilds from more shards
# read fewer officials on the sealed sets (rounds 28 and 34), so `--through ad` rebuilds the model in use
MODEL_IN_USE = "ad"
# stanza ner_tagger options (defaults otherwise): small data, CPU, no character language model. 3,000 steps: dev
# entity F1 still rose at 2,000 (.77) and 3,000 (.79); 0.23-0.6 s a step on 2 shared cores, so 3,000 stay inside
# the 30-minute budget under load 5-6 (measured 2026-12-04), 4,000 would not. Round 35 (`--max-steps 6000`, train
# c..an): dev .7715 at 3,000, .8036 at 4,250, .8108 at 6,000 (the best, still rising); 43 minutes wall at load 5-7
SETTINGS: dict[str, str | int | float] = {
    "shorthand": "id_kunker", "hidden_dim": 256, "char_hidden_dim": 64, "batch_size": 32,
    "max_steps": 3000, "eval_interval": 250, "max_steps_no_improve": 1000, "lr": 0.1, "dropout": 0.5,
    "word_dropout": 0.05, "seed": 1234, "log_step": 20,
}
STANZA_PATIENCE = 3  # stanza's default `patience`: evaluations without a better dev score before the rate halves
TORCH_THREADS = 1  # measured faster than 2 on a busy 2-core machine


def gold_articles(paths: list[Path]) -> Iterator[tuple[dict, str]]:
    """Each article of the gold files with its line, an id seen twice read once; a bad line or a file that is not
    UTF-8 raises ValueError naming the file and line."""
    seen: set[str] = set()
    for path in paths:
        with path.open("rb") as fin:
            for n, raw in enumerate(fin, 1):
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise ValueError(f"{path}:{n}: not UTF-8 text") from None
                if not line.strip():
                    continue
                try:
                    article = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON: {exc.msg}") from None
                if not isinstance(article, dict) or "gold" not in article or "id" not in article:
                    raise ValueError(f"{path}:{n}: no \"id\" or \"gold\"")
                if str(article["id"]) not in seen:
                    seen.add(str(article["id"]))
                    yield article, line


def build_data(corpus: Path | list[Path], work: Path, holdout_tenths: int = 2,
               through: str | None = None) -> dict[str, dict[str, int]]:
    """Write train/dev NER data and the held-out gold from one or more gold files (an id seen twice is read
    once; with ``through``, only shards up to that letter); returns per split the article, sentence and entity
    counts."""
    work.mkdir(parents=True, exist_ok=True)
    parts: dict[str, list] = {"train": [], "dev": []}
    stats: dict[str, dict[str, int]] = {k: {"articles": 0, "sentences": 0} for k in ("train", "dev", "holdout")}
    with (work / "holdout.jsonl").open("w", encoding="utf-8") as held:
        for article, line in gold_articles(corpus if isinstance(corpus, list) else [corpus]):
            if through and letter_order(letter_of(str(article["id"]))) > letter_order(through):
                continue
            split = split_of(str(article["id"]), holdout_tenths)
            stats[split]["articles"] += 1
            if split == "holdout":
                held.write(line if line.endswith("\n") else line + "\n")
                continue
            sentences = article_sentences(article)
            parts[split] += sentences
            stats[split]["sentences"] += len(sentences)
    for split, sentences in parts.items():
        (work / f"{split}.json").write_text(json.dumps(sentences, ensure_ascii=False), encoding="utf-8")
        stats[split].update(label_counts(sentences))
    return stats


def train(work: Path, pretrain: Path, output: Path, settings: dict[str, str | int | float] | None = None) -> None:
    """Run stanza's NER trainer on ``work/{train,dev}.json`` with ``settings`` (default :data:`SETTINGS`); the best
    model on dev goes to ``output``."""
    import torch
    from stanza.models import ner_tagger

    torch.set_num_threads(TORCH_THREADS)

    output.parent.mkdir(parents=True, exist_ok=True)
    args = ["--train_file", str(work / "train.json"), "--eval_file", str(work / "dev.json"),
            "--wordvec_pretrain_file", str(pretrain), "--save_dir", str(output.parent),
            "--save_name", output.name, "--cpu"]
    for key, value in (SETTINGS if settings is None else settings).items():
        args += [f"--{key}", str(value)]
    ner_tagger.main(args)


def run_settings(max_steps: int | None = None, max_steps_no_improve: int | None = None) -> dict[str, str | int | float]:
    """:data:`SETTINGS` with the command line's step limits (None keeps a setting)."""
    settings = dict(SETTINGS)
    if max_steps is not None:
        settings["max_steps"] = max_steps
    if max_steps_no_improve is not None:
        settings["max_steps_no_improve"] = max_steps_no_improve
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.train_ner", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", default=None,
                        help=f"gold articles (JSON lines); repeat for several files (default {CORPUS})")
    parser.add_argument("--holdout-tenths", type=int, default=2, choices=range(0, 8),
                        help="tenths of the articles kept aside for measuring, never trained on (default 2)")
    parser.add_argument("--through", metavar="LETTER", default=None,
                        help=f"only shards up to this letter (ids 'c1-001' .. '<LETTER>N-...'); '{MODEL_IN_USE}' "
                             "rebuilds the model in use")
    parser.add_argument("--pretrain", type=Path, default=None, help="stanza word vectors (pretrain.pt)")
    parser.add_argument("--output", type=Path, default=DEFAULT_MODEL, help="model file to write")
    parser.add_argument("--data-only", action="store_true", help="build the data, do not train")
    parser.add_argument("--max-steps", type=int, default=None, metavar="N",
                        help=f"training steps at most (default {SETTINGS['max_steps']}); the best step on dev is kept")
    parser.add_argument("--max-steps-no-improve", type=int, default=None, metavar="N",
                        help="stop after this many steps without a better dev score (default "
                             f"{SETTINGS['max_steps_no_improve']}); stanza halves the learning rate after "
                             f"{STANZA_PATIENCE + 1} evaluations without one, so a value above "
                             f"{(STANZA_PATIENCE + 1) * int(SETTINGS['eval_interval'])} lets a halved rate train on")
    args = parser.parse_args(argv)
    for name in ("max_steps", "max_steps_no_improve"):
        value = getattr(args, name)
        if value is not None and value < 1:
            print(f"--{name.replace('_', '-')}: must be a positive number of steps", file=sys.stderr)
            return 2
    corpora = args.corpus or [CORPUS]
    for corpus in corpora:
        if not corpus.is_file():
            print(f"{corpus}: no such corpus file", file=sys.stderr)
            return 2
    try:
        stats = build_data(corpora, WORK, args.holdout_tenths, args.through)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    for split, s in stats.items():
        print(f"{split}: " + ", ".join(f"{v} {k}" for k, v in s.items()), file=sys.stderr)
    if args.data_only:
        return 0
    pretrain = args.pretrain
    if pretrain is None:
        models = default_models_dir()
        pretrain = models / "pretrain.pt" if models else None
    if pretrain is None or not pretrain.is_file():
        print(f"{pretrain or 'pretrain.pt'}: word vectors not found; pass --pretrain FILE or set KUNKER_MODELS",
              file=sys.stderr)
        return 2
    logging.getLogger("stanza").setLevel(logging.INFO)
    started = time.perf_counter()
    settings = run_settings(args.max_steps, args.max_steps_no_improve)
    print("settings: " + ", ".join(f"{k}={v}" for k, v in settings.items()), file=sys.stderr)
    train(WORK, pretrain, args.output, settings)
    size = args.output.stat().st_size / 1e6 if args.output.exists() else 0
    print(f"model {args.output} ({size:.1f} MB) trained in {time.perf_counter() - started:.0f} s "
          f"with vectors {pretrain}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
