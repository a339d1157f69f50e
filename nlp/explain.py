"""Why the tagger found (or missed) each visit: the rules that fired, the scores, and why losers lost.

``python -m nlp extract --explain`` and ``kunker extract --explain`` print, per article::

    == a1: Pemkab Blora Belajar ke Rembang
    learning cue: 'belajar'
    visitor Kabupaten Blora  score 6
      + delegation_of 3  "Rombongan Pemkab Blora belajar ke Kabupaten Rembang, Senin (4/3)."
      + led_by 3  "Rombongan dipimpin Sekda Blora Budi Darmawan."
    host Kabupaten Rembang  score 2
      + host_link 2  "Rombongan Pemkab Blora belajar ke Kabupaten Rembang, Senin (4/3)."
    rejected: host Provinsi Jawa Tengah: host score 1 below 2
    visit Kabupaten Blora -> Kabupaten Rembang  date 2024-03-04  leader Budi Darmawan  size 12

Firings that were cut or ignored say why (``urged, not done: ignored``, ``called off: ignored``).
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from nlp.visits import Trace

SNIPPET = 110


def format_trace(result: dict[str, Any], trace: Trace | None, text: str, region_names: dict[str, str]) -> str:
    """The explanation of one tagged article (``result`` from :meth:`nlp.Tagger.extract`, ``text`` the
    title and text as the tagger read them)."""
    title = next((m["sentence"] for r in result.get("regions", []) for m in r["mentions"]
                  if m["field"] == "title"), "")
    lines = [f"== {result.get('id')}" + (f": {title}" if title else "")]
    for warning in result.get("warnings", []):
        lines.append(f"warning: {warning}")

    def name(code: str) -> str:
        return region_names.get(code, code)

    if trace is None or trace.learning_cue is None:
        lines.append("no visit cue (studi banding, belajar, berkunjung, konsultasi ...): no visit looked for")
        return "\n".join(lines)
    lines.append(f"learning cue: {trace.learning_cue!r}")
    for role in ("visitor", "host"):
        codes: list[str] = []
        for f in trace.firings:
            if f.role == role and f.code not in codes:
                codes.append(f.code)
        for code in codes:
            lines.append(f"{role} {name(code)}  score {trace.score(role, code):g}")
            for f in trace.firings:
                if f.role == role and f.code == code:
                    note = f"  ({f.note})" if f.note else ""
                    lines.append(f"  + {f.rule} {f.weight:g}{note}  \"{_snippet(text, *f.sentence)}\"")
    if trace.implicit_host:
        lines.append(f"host {name(trace.implicit_host)} taken from the dateline or as the receiving region "
                     "(no written destination)")
    for role, what, reason in trace.rejected:
        shown = " -> ".join(name(c.strip()) for c in what.split("->")) if what != "-" else ""
        lines.append(f"rejected: {role} {shown}: {reason}".replace("  ", " "))
    for v in result.get("visits", []):
        lines.append(f"visit {v['visitor']} -> {v['host']}  date {v['date']}  leader {v['leader']}  "
                     f"size {v['delegation_size']}")
    if not result.get("visits"):
        lines.append("no visit")
    return "\n".join(lines)


def _snippet(text: str, start: int, end: int) -> str:
    sentence = " ".join(text[start:end].split())
    return sentence if len(sentence) <= SNIPPET else sentence[:SNIPPET - 3] + "..."


class ExplainingTagger:
    """Wraps a :class:`nlp.Tagger`: ``tag`` and ``extract`` tag as usual and write the explanation to ``out``."""

    def __init__(self, tagger: Any, out: TextIO | None = None) -> None:
        self.tagger = tagger
        self.out = out or sys.stdout
        self.version = tagger.version
        self.description = tagger.description + ", explaining visits"
        self.region_names = {code: r.name for code, r in tagger.parts.lexicon.regions.items()}

    def tag(self, article: dict[str, Any]) -> Any:
        result = self.tagger.tag(article)
        trace, text = self.tagger.last_trace, self.tagger.last_text
        print(format_trace(result.to_dict(), trace, text, self.region_names), file=self.out, flush=True)
        print(file=self.out)
        return result

    def extract(self, article: dict[str, Any]) -> dict[str, Any]:
        return self.tag(article).to_dict()
