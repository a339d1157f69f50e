"""Does a CRF span tagger find the programs the rules miss?  ``python bench/program_crf_cv.py``

Gold program names of ``--gold`` (default train) are aligned to their occurrences in title and text (case-insensitive,
on word bounds, spaces or dashes between words; the count that cannot be aligned is printed) as BIO tags over
kunker's tokens (``nlp.tokenizer``). A CRF (python-crfsuite, ``PARAMS``) is trained leaving one shard letter out (the
letter before the digit of an id) and tags the held-out letter. Its features per token are general (no word of any
name is a rule): the lower-cased word, its shape, prefix and suffix, whether it stands in quotes or brackets, the
words and shapes two either side, whether a program trigger, a function word, a position title, a region name, an
organisation, English or program-head word (the tables of ``data/``, as ``nlp.program_patterns`` reads them) is it,
beside it or earlier in the sentence, where in the sentence it is and whether the sentence is the title.
Per letter, programs P/R/F1 with score.py's matching (``nlp.train_programs.tally``) for: (a) the rules (today's
free output), (b) the CRF alone (its spans with chance >= .5), (c) the rules plus CRF spans with chance >= t, (c')
the same with spans only in a sentence with a program cue (what a fast tagger could afford to read), (d) CRF spans
with chance >= t given to the program step as extra candidates (``ProgramFinder.find(extra=...)``: its stop-lists
and not-a-program checks decide). t is chosen per held-out letter as the best F1 on the other letters' held-out
outputs. Takes about 12 minutes on 2 busy cores (``--cache`` keeps the CRF spans for re-runs). Measured, not
adopted: the figures and the reasons are in nlp/MEASUREMENTS.md ("A CRF span tagger for program candidates: measured,
not built"). Needs python-crfsuite (``bench`` extra).
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import pycrfsuite

import nlp.pipeline as pipeline
from nlp.lexicon import function_words, load_regions
from nlp.ner_data import letter_of
from nlp.program_names import about_a_program as _about_a_program
from nlp.program_patterns import ENGLISH, ORGANISATIONS, POSITION_WORDS, PROGRAM_HEADS, TRIGGER_WORDS, WORDS
from nlp.tokenizer import Tok, tokenize
from nlp.train_programs import prf, same_program, tally

REPO = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 100, "feature.possible_transitions": True}
FUNCTION_WORDS = function_words("id")
REGION_WORDS = frozenset(w for r in load_regions().values() for w in r.core.lower().split())
KIND_WORDS = WORDS["kind_word"] | TRIGGER_WORDS
OPEN_QUOTES, CLOSE_QUOTES = frozenset("“‘"), frozenset("”’")
LABELS = ("B", "I", "O")
ARTICLE_FEATURES = False  # --article-features: how often the article writes a word or pair (article_context)


def shape(word: str) -> str:
    """``Xx`` (capitalised), ``XX`` (all capitals), ``x`` (lower case), ``d`` (digits), ``xX`` (mixed), ``p``
    (punctuation)."""
    if word.isdigit():
        return "d"
    if not any(ch.isalpha() for ch in word):
        return "p"
    if word.islower():
        return "x"
    if word.isupper():
        return "XX"
    if word[0].isupper() and word[1:].islower():
        return "Xx"
    return "xX"


# the word lists a token is looked up in, by the feature name it gives
WORD_KINDS = (("trigger", TRIGGER_WORDS), ("kind", KIND_WORDS), ("function", FUNCTION_WORDS),
              ("position", POSITION_WORDS), ("region", REGION_WORDS), ("organisation", ORGANISATIONS),
              ("english", ENGLISH), ("head", PROGRAM_HEADS))


def _kinds(low: str) -> list[str]:
    return [kind for kind, words in WORD_KINDS if low in words]


def article_context(sentences: list[list[Tok]]) -> tuple[Counter, Counter]:
    """How often each word form and each pair of word forms is written in the article."""
    words, pairs = Counter(), Counter()
    for toks in sentences:
        forms = [t.text for t in toks]
        words.update(forms)
        pairs.update(zip(forms, forms[1:], strict=False))
    return words, pairs


def sentence_features(words: list[str], in_title: bool = False, context: tuple[Counter, Counter] | None = None
                      ) -> list[list[str]]:
    """The features of each word of one sentence (with ``context``, also how often the article writes the word,
    its pair with the next or previous word, and its capitalised form)."""
    n = len(words)
    lows = [w.lower() for w in words]
    shapes = [shape(w) for w in words]
    kinds = [_kinds(w) for w in lows]
    feats: list[list[str]] = []
    quoted = bracketed = False
    seen: set[str] = set()  # kinds met earlier in the sentence
    for i, (w, low) in enumerate(zip(words, lows, strict=True)):
        f = ["bias", "w=" + low, "s=" + shapes[i], "p3=" + low[:3], "x3=" + low[-3:], "pos=" + (
            "0" if i == 0 else "1" if i == 1 else "end" if i == n - 1 else "mid")]
        if in_title:
            f.append("title")
        if quoted:
            f.append("quoted")
        if bracketed:
            f.append("bracketed")
        f.extend("k=" + k for k in kinds[i])
        f.extend("seen=" + k for k in seen)
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d}={lows[j]}")
                f.append(f"s{d}={shapes[j]}")
                f.extend(f"k{d}={k}" for k in kinds[j])
            else:
                f.append(f"w{d}=<edge>")
        if context is not None:
            counts, pairs = context
            f.append("often=" + str(min(counts[w], 3)))
            if shapes[i] == "x" and (counts[w.capitalize()] or counts[w.upper()]):
                f.append("capitalised_elsewhere")
            if i + 1 < n and pairs[(w, words[i + 1])] > 1:
                f.append("pair_again_next")
            if i and pairs[(words[i - 1], w)] > 1:
                f.append("pair_again_prev")
        f.append(f"s-1s0={shapes[i - 1] if i else '<'}|{shapes[i]}")
        f.append(f"s0s1={shapes[i]}|{shapes[i + 1] if i + 1 < n else '>'}")
        feats.append(f)
        if w in OPEN_QUOTES or (w == '"' and not quoted):
            quoted = True
        elif w in CLOSE_QUOTES or w == '"':
            quoted = False
        if w == "(":
            bracketed = True
        elif w == ")":
            bracketed = False
        seen.update(kinds[i])
    return feats


def bio_spans(labels: Iterable[str]) -> list[tuple[int, int]]:
    """Token spans [i, j) of the B/I runs of ``labels``."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, lab in enumerate([*labels, "O"]):
        if start is not None and lab != "I":
            spans.append((start, i))
            start = None
        if lab == "B" or (lab == "I" and start is None):
            start = i
    return spans


def tagged_spans(tagger, toks: list[Tok], in_title: bool = False, threshold: float = 0.5,
                 context: tuple[Counter, Counter] | None = None, *,
                 features: Callable[..., list[list[str]]] = sentence_features) -> list[tuple[int, int, float]]:
    """Character spans (start, end, chance) of program names the CRF reads in one sentence: its Viterbi spans
    and the runs whose marginals open (B) and go on (I) with at least ``threshold``; the chance of a span is the
    least marginal of its tags. ``features`` gives the features of the words (``sentence_features``' signature)."""
    if not toks:
        return []
    tagger.set([{k: 1.0 for k in f} for f in features([t.text for t in toks], in_title, context)])
    best = tagger.tag()
    marg = [{lab: tagger.marginal(lab, i) for lab in LABELS} for i in range(len(toks))]
    found: dict[tuple[int, int], float] = {}
    runs = bio_spans(best)
    if threshold < 0.5:
        i = 0
        while i < len(toks):
            if marg[i]["B"] >= threshold:
                j = i + 1
                while j < len(toks) and marg[j]["I"] >= threshold:
                    j += 1
                runs.append((i, j))
                i = j
            else:
                i += 1
    for i, j in runs:
        chance = min([marg[i]["B"]] + [marg[k]["I"] for k in range(i + 1, j)])
        span = (toks[i].start, toks[j - 1].end)
        found[span] = max(found.get(span, 0.0), chance)
    return [(s, e, p) for (s, e), p in found.items()]



def combined(article: dict) -> tuple[str, int]:
    title, text = article.get("title") or "", article.get("text") or ""
    title = title if title.strip() else ""
    return (f"{title}\n\n{text}", len(title) + 2) if title else (text, 0)


def gold_names(article: dict) -> list[str]:
    return [g["name"] if isinstance(g, dict) else g for g in article["gold"].get("programs", [])]


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` is written in ``text``: case-insensitive, on word bounds, any run of spaces or a dash
    between words; failing that, without a leading "program"/"inovasi"."""
    for form in (name, re.sub(r"^(?i:program|inovasi)\s+", "", name)):
        words = [re.escape(w) for w in re.split(r"[\s\-–]+", form.strip()) if w]
        if not words:
            continue
        pattern = r"(?<![\w])" + r"[\s\-–]+".join(words) + r"(?![\w])"
        found = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
        if found:
            return found
    return []


def labelled(article: dict, *, names: Callable[[dict], list[str]] = gold_names
             ) -> tuple[list[tuple[list, list[str], bool]], int, int]:
    """(sentences as (tokens, BIO labels, in title, article context), gold names aligned, gold names not aligned);
    ``names`` gives the article's gold names (the features are ``train``'s and ``crf_spans``' ``features``)."""
    text, body = combined(article)
    spans: list[tuple[int, int]] = []
    aligned = missed = 0
    for name in names(article):
        occ = occurrences(text, name)
        aligned += bool(occ)
        missed += not occ
        spans += occ
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    taken: list[tuple[int, int]] = []
    for s in spans:
        if not any(s[0] < e and b < s[1] for b, e in taken):
            taken.append(s)
    out = []
    sentences = tokenize(text)
    context = article_context(sentences) if ARTICLE_FEATURES else None
    for toks in sentences:
        labels = []
        for t in toks:
            inside = next(((b, e) for b, e in taken if b <= t.start and t.end <= e), None)
            labels.append("O" if inside is None else "B" if not labels or labels[-1] == "O" or t.start == inside[0]
                          else "I")
        out.append((toks, labels, toks[0].start < body, context))
    return out, aligned, missed


def train(sents: list[tuple[list, list[str], bool]], path: str, *,
          features: Callable[..., list[list[str]]] = sentence_features) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, labels, in_title, context in sents:
        trainer.append([{k: 1.0 for k in f} for f in features([t.text for t in toks], in_title, context)], labels)
    trainer.set_params(PARAMS)
    trainer.train(path)


def crf_spans(tagger, article: dict, low: float, *,
              features: Callable[..., list[list[str]]] = sentence_features) -> list[tuple[int, int, float]]:
    text, body = combined(article)
    sentences = tokenize(text)
    context = article_context(sentences) if ARTICLE_FEATURES else None
    return [s for toks in sentences for s in tagged_spans(tagger, toks, toks[0].start < body, low, context,
                                                          features=features)]


class Runner:
    """The free tagger, with given extra program candidates (``ProgramFinder.find(extra=...)``); it replaces
    ``nlp.pipeline.checked_programs`` for the rest of the process (a measuring script)."""

    def __init__(self) -> None:
        from nlp.tagger import Tagger
        self.extra: list[tuple[int, int]] = []
        pipeline.checked_programs = lambda doc, spans: spans + self.extra
        self.tagger = Tagger(profile="free")

    def programs(self, article: dict, extra: list[tuple[int, int]]) -> list[str]:
        self.extra = extra
        return [p["name"] for p in self.tagger.extract(article)["programs"]]


def write_results(gold: list[dict], source: Path, target: Path, threshold: float) -> int:
    """(c) as a ``score.py --run`` command: the free tagger's results for ``source`` plus the spans of a CRF trained
    on all of ``gold`` with chance >= ``threshold``."""
    with tempfile.TemporaryDirectory() as tmp:
        train([s for a in gold for s in labelled(a)[0]], f"{tmp}/all.crfsuite")
        tagger = pycrfsuite.Tagger()
        tagger.open(f"{tmp}/all.crfsuite")
        runner = Runner()
        with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
            for line in lines:
                if not line.strip():
                    continue
                article = json.loads(line)
                result = runner.tagger.extract(article)
                text, _ = combined(article)
                found = [p["name"] for p in result["programs"]]
                added = union(found, [text[s:e] for s, e, p in crf_spans(tagger, article, threshold) if p >= threshold])
                result["programs"] += [{"name": n, "mentions": []} for n in added[len(found):]]
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


def union(rules: list[str], added: list[str]) -> list[str]:
    out = list(rules)
    for a in added:
        if not any(same_program(a, o) for o in out):
            out.append(a)
    return out


def add(total: list[int], counts: tuple[int, int, int]) -> None:
    for i, v in enumerate(counts):
        total[i] += v


def cell(counts: list[int]) -> str:
    p, r, f = prf(*counts)
    return f"{f:.3f} ({p:.2f} {r:.2f})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=REPO / "bench" / "corpus" / "train.jsonl")
    ap.add_argument("--letters", default=None, help="only these held-out letters (comma-separated)")
    ap.add_argument("--cache", type=Path, default=None,
                    help="keep the held-out CRF spans in this file (pickle) and reuse them when it exists")
    ap.add_argument("--input", type=Path, default=None, help="with --output: a score.py --run command instead")
    ap.add_argument("--output", type=Path, default=None,
                    help="write the free tagger's results for --input with (c): CRF spans of chance >= --threshold "
                         "added as programs, the CRF trained on all of --gold")
    ap.add_argument("--threshold", type=float, default=0.9, help="--output: the least chance of an added span")
    ap.add_argument("--article-features", action="store_true",
                    help="also how often the article writes each word, pair and capitalised form")
    args = ap.parse_args(argv)
    global ARTICLE_FEATURES
    ARTICLE_FEATURES = args.article_features
    articles = [json.loads(x) for x in args.gold.open(encoding="utf-8") if x.strip()]
    t0 = time.time()
    if args.input and args.output:
        return write_results(articles, args.input, args.output, args.threshold)
    data, aligned, missed = {}, 0, 0
    for a in articles:
        data[a["id"]], al, mi = labelled(a)
        aligned, missed = aligned + al, missed + mi
    print(f"{len(articles)} articles; gold programs aligned {aligned}, not aligned {missed} "
          f"({time.time() - t0:.0f} s)", file=sys.stderr)
    letters = sorted({letter_of(a["id"]) for a in articles})
    held_out = args.letters.split(",") if args.letters else letters
    spans: dict[str, list[tuple[int, int, float]]] = {}
    if args.cache and args.cache.is_file():
        with args.cache.open("rb") as f:
            spans = pickle.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        for held in [h for h in held_out if not any(letter_of(i) == h for i in spans)]:
            path = f"{tmp}/{held}.crfsuite"
            t1 = time.time()
            train([s for a in articles if letter_of(a["id"]) != held for s in data[a["id"]]], path)
            tagger = pycrfsuite.Tagger()
            tagger.open(path)
            for a in articles:
                if letter_of(a["id"]) == held:
                    spans[a["id"]] = crf_spans(tagger, a, min(THRESHOLDS))
            print(f"letter {held}: trained and tagged in {time.time() - t1:.0f} s", file=sys.stderr)
    if args.cache:
        with args.cache.open("wb") as f:
            pickle.dump(spans, f)
    runner = Runner()
    scored = [a for a in articles if letter_of(a["id"]) in held_out]
    rows: dict[str, dict[str, tuple[int, int, int]]] = {}
    for a in scored:
        text, _ = combined(a)
        gold = gold_names(a)
        rules = runner.programs(a, [])
        row = {"rules": tally(gold, rules)}
        for t in THRESHOLDS:
            names = [text[s:e] for s, e, p in spans[a["id"]] if p >= t]
            row[f"crf{t}"] = tally(gold, union([], names))
            row[f"union{t}"] = tally(gold, union(rules, names))
            cued = [text[s:e] for s, e, p in spans[a["id"]] if p >= t and _about_a_program(text, s, e, twice=False)]
            row[f"cued{t}"] = tally(gold, union(rules, cued))
            row[f"extra{t}"] = tally(gold, runner.programs(a, [(s, e) for s, e, p in spans[a["id"]] if p >= t]))
        rows[a["id"]] = row

    def total(ids: list[str], key: str) -> list[int]:
        counts = [0, 0, 0]
        for i in ids:
            add(counts, rows[i][key])
        return counts

    by_letter = {h: [a["id"] for a in scored if letter_of(a["id"]) == h] for h in held_out}
    kinds = {"union": "(c) rules+CRF", "cued": "(c') +CRF, cue sentence", "extra": "(d) CRF as candidates"}
    print(f"{'letter':<7}{'(a) rules':<20}{'(b) CRF .5':<20}" + "".join(f"{v:<26}" for v in kinds.values()))
    sums = {k: [0, 0, 0] for k in ("rules", "crf", *kinds)}
    wins = dict.fromkeys(("crf", *kinds), 0)
    for h in held_out:
        others = [i for g in held_out if g != h for i in by_letter[g]]
        rules = total(by_letter[h], "rules")
        line = [cell(rules), cell(total(by_letter[h], "crf0.5"))]
        add(sums["rules"], rules)
        add(sums["crf"], total(by_letter[h], "crf0.5"))
        wins["crf"] += prf(*total(by_letter[h], "crf0.5"))[2] > prf(*rules)[2]
        for kind in kinds:
            t = max(THRESHOLDS, key=lambda t, kind=kind: prf(*total(others, f"{kind}{t}"))[2]) if others else 0.5
            counts = total(by_letter[h], f"{kind}{t}")
            add(sums[kind], counts)
            wins[kind] += prf(*counts)[2] > prf(*rules)[2]
            line.append(f"{cell(counts)} t={t}")
        print(f"{h:<7}{line[0]:<20}{line[1]:<20}" + "".join(f"{c:<26}" for c in line[2:]))
    print(f"{'all':<7}{cell(sums['rules']):<20}{cell(sums['crf']):<20}" + "".join(
        f"{cell(sums[k]):<26}" for k in kinds))
    print("hits / gold / predicted: rules " + "/".join(map(str, sums["rules"])) + "; " + "; ".join(
        f"{k} " + "/".join(map(str, sums[k])) for k in kinds))
    print(f"better than the rules in: CRF {wins['crf']} of {len(held_out)} letters; " + ", ".join(
        f"{v} {wins[k]}" for k, v in kinds.items()))
    print("pooled over the held-out letters, per threshold (F1 +CRF / +CRF in cue sentences / as candidates): "
          + "; ".join(f"t={t}: " + " / ".join(f"{prf(*total(list(rows), f'{k}{t}'))[2]:.3f}" for k in kinds)
                      for t in THRESHOLDS))
    print(f"done in {time.time() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
