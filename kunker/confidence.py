"""How sure kunker is of each visit: ``high``, ``medium`` or ``low``, from the evidence the tagger stored.

The tagger's result carries no trace of which rules fired, so the score reads what each report's evidence
sentence shows (kunker/db.py: ``visit_articles``):

- a learning cue in the sentence ("studi banding", "belajar", ...; roles ``kind``/``learn`` of
  ``data/visit_cues.csv``) is worth 2; a plain visit cue ("kunjungan kerja", "berkunjung") 1;
- the host named in the sentence 1, the visitor named 1 (region name, short name or an alias of
  ``data/region_aliases.csv``);
- two or more independent reports (distinct sources; syndicated copies are already one article) 2;
- two or more details stated (date, leader, program, delegation size) 1;
- a "not a visit" cue in the sentence (a launch, an award, ...: weaker evidence) -1;
- the sentence names another region (the tagger's region mentions; not the visitor, the host or their
  provinces) but not the host: the host was probably inferred from elsewhere in the article -2.

``high`` is 5 or more, ``low`` 2 or less, or any visit whose evidence names neither the host nor a visit cue.
``confidence_basis`` says in words what counted.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

import sqlite_utils

from kunker import db as store
from kunker.db import sentence_sql
from kunker.settings import DATA_DIR

HIGH, LOW = 5, 2
LEVEL_WORDS = ("Kabupaten ", "Kota ", "Provinsi ")


@lru_cache(maxsize=4)
def cue_patterns(path: Path = DATA_DIR / "visit_cues.csv") -> dict[str, re.Pattern]:
    """Regexes for the cue roles: ``learning``, ``visit`` and ``not_visit``."""
    roles: dict[str, list[str]] = {"learning": [], "visit": [], "not_visit": []}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cue, kind, role = row["cue"].strip(), (row.get("kind") or "").strip(), row["role"].strip()
            if role == "learn" or (role == "kind" and kind != "kunjungan kerja"):
                roles["learning"].append(cue)
            elif role in ("kind", "arrive", "receive"):
                roles["visit"].append(cue)
            elif role == "not_visit":
                roles["not_visit"].append(cue)
    return {name: re.compile(r"\b(?:" + "|".join(
        r"\s+".join(map(re.escape, c.lower().split())) for c in sorted(set(cues), key=len, reverse=True))
        + r")\b") for name, cues in roles.items() if cues}


def region_names(db: sqlite_utils.Database, path: Path = DATA_DIR / "region_aliases.csv"
                 ) -> dict[str, list[str]]:
    """Region code -> the lower-cased names a sentence may use for it (name, short name, aliases)."""
    names: dict[str, list[str]] = {}
    for code, name in db.conn.execute("SELECT code, name FROM regions"):
        forms = {name.lower()}
        for word in LEVEL_WORDS:
            if name.startswith(word):
                forms.add(name[len(word):].lower())
        names[code] = sorted(forms)
    if path.is_file():
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                names.setdefault(row["code"], []).append(row["alias"].lower())
    return names


def score(reports: list[dict], visit: dict, names: dict[str, list[str]],
          labels: dict[str, str] | None = None) -> tuple[str, str]:
    """(confidence, basis in words) of one visit from its reports' sentences and its stated details.

    ``reports`` carry ``sentence``, ``source``, ``article_id`` and ``regions_named`` (comma-separated codes);
    ``names`` maps a region code to the lower-cased names a sentence may use; ``labels`` to its display name.
    """
    cues = cue_patterns()
    sentences = [(r["sentence"] or "").lower() for r in reports]
    points, basis = 0, []
    if any(cues["learning"].search(s) for s in sentences if "learning" in cues):
        points += 2
        basis.append("learning cue in the evidence / kata belajar di kalimat bukti")
    elif "visit" in cues and any(cues["visit"].search(s) for s in sentences):
        points += 1
        basis.append("visit cue only / hanya kata kunjungan")
    else:
        basis.append("no visit cue in the evidence / tanpa kata kunjungan")
    has_cue = points > 0
    host_named = False
    mentioned = {code for r in reports for code in (r.get("regions_named") or "").split(",") if code}
    for role in ("host", "visitor"):
        code = visit[f"{role}_code"] or ""
        forms = names.get(code, [])
        if code in mentioned or any(f in s for s in sentences for f in forms):
            points += 1
            host_named = host_named or role == "host"
            basis.append(f"{role} named in the evidence")
        else:
            basis.append(f"{role} not named in the evidence")
    sides = {visit["host_code"], visit["visitor_code"]}
    others = sorted(mentioned - sides - {(c or "")[:2] for c in sides})
    if others and not host_named:
        points -= 2
        shown = ", ".join((labels or {}).get(c, c) for c in others)
        basis.append(f"the evidence names another region ({shown}), not the host")
    sources = {r["source"] or f"article:{r['article_id']}" for r in reports}
    if len(sources) >= 2:
        points += 2
    basis.append(f"{len(sources)} independent report{'s' if len(sources) != 1 else ''}")
    details = [d for d in ("date", "leader", "programs", "delegation_size") if visit.get(d)]
    if len(details) >= 2:
        points += 1
    if details:
        basis.append("stated: " + ", ".join(details))
    if "not_visit" in cues and any(cues["not_visit"].search(s) for s in sentences):
        points -= 1
        basis.append("not-a-visit cue in the evidence")
    if points >= HIGH and has_cue:
        level = "high"
    elif points <= LOW or not (has_cue or host_named):
        level = "low"
    else:
        level = "medium"
    return level, "; ".join(basis)


SCORE_VERSION = "2"  # part of every visit's key: changing the rules above re-scores every visit
# What a visit's score depends on, cheap to compute: a visit is re-scored only when this changes (its details,
# its programs, and per report the article, its source, title, text and tagger version, where the evidence sentence is
# and what it says) or the rules do. No tagging time: re-tagging an unchanged article with the same tagger gives
# the same evidence, so the same key (the key is stored as a digest of this text).
KEY_SQL = f"""
SELECT v.id, v.confidence_key, '{SCORE_VERSION}|' || coalesce(v.visitor_code, '') || '|' || coalesce(v.host_code, '')
  || '|' || coalesce(v.date, '') || '|' || coalesce(v.leader, '') || '|' || coalesce(v.delegation_size, '') || '|'
  || (SELECT count(*) FROM visit_programs p WHERE p.visit_id = v.id) || '|'
  || coalesce((SELECT group_concat(report, char(31)) FROM (
       SELECT va.article_id || '|' || coalesce(a.source, '') || '|' || a.content_hash || '|'
         || coalesce(a.title, '') || '|' || coalesce(a.tagger_version, '') || '|'
         || coalesce(va.sentence_field, '') || '|' || coalesce(va.start, '') || '|' || coalesce(va.[end], '') || '|'
         || coalesce({sentence_sql("va", "a", "visit_articles")}, '') AS report
       FROM visit_articles va JOIN articles a ON a.id = va.article_id WHERE va.visit_id = v.id
       ORDER BY va.article_id)), '') AS key
FROM visits v
"""


def key_digest(key: str) -> str:
    """The stored form of a visit's key (KEY_SQL): short, and equal exactly when the keys are."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


REPORTS_SQL = f"""
SELECT v.id, v.visitor_code, v.host_code, v.date, v.leader, v.delegation_size,
  (SELECT count(*) FROM visit_programs p WHERE p.visit_id = v.id) AS programs,
  va.article_id, {sentence_sql("va", "a", "visit_articles")} AS sentence, a.source,
  (SELECT group_concat(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = va.article_id
     AND m.entity_type = 'region' AND m.sentence_start = va.start AND m.sentence_end = va.[end]
     AND (m.start IS NULL) = (va.sentence_field = 'title')) AS regions_named
FROM visits v
LEFT JOIN visit_articles va ON va.visit_id = v.id
LEFT JOIN articles a ON a.id = va.article_id
{{where}}
ORDER BY v.id
"""


def refresh_confidence(db: sqlite_utils.Database, everything: bool = False) -> set[str]:
    """Score the visits whose evidence changed since they were last scored (every visit with ``everything``):
    ``visits.confidence``, ``confidence_basis``, ``confidence_key``. Returns the ids of the visits scored."""
    keys = {}
    for visit_id, stored, key in db.conn.execute(KEY_SQL):
        digest = key_digest(key)
        if everything or stored != digest:
            keys[visit_id] = digest
    if not keys:
        return set()
    names = region_names(db)
    labels = dict(db.conn.execute("SELECT code, name FROM regions").fetchall())
    updates: list[tuple[str, str, str, str]] = []
    current: dict | None = None
    reports: list[dict] = []

    def flush() -> None:
        if current is not None:
            level, basis = score(reports, current, names, labels)
            updates.append((level, basis, keys[current["id"]], current["id"]))

    everything = everything or len(keys) > 1000  # many: one pass over all is faster than a long id list
    where = "" if everything else "WHERE v.id IN (SELECT value FROM json_each(?))"
    cursor = db.conn.execute(REPORTS_SQL.format(where=where), () if everything else (json.dumps(list(keys)),))
    columns = [c[0] for c in cursor.description]
    for values in cursor:
        row = dict(zip(columns, values, strict=True))
        if row["id"] not in keys:
            continue
        if current is None or row["id"] != current["id"]:
            flush()
            current, reports = row, []
        if row["article_id"] is not None:
            reports.append(row)
    flush()
    store.set_confidence(db, updates)
    return {update[3] for update in updates}
