"""The JSONL contract of article files, shared by ``python -m nlp extract`` and ``kunker import``.

Reading: :func:`read_articles` yields one :class:`Line` per non-blank line. A line is either skipped (``problem``:
not UTF-8 JSON, not an object, nested too deeply, no string ``text``, an ``id``/``url`` that is not a string) or
kept, possibly repaired (``notes``: lone surrogates or stray bytes replaced by U+FFFD, a ``title`` or
``published`` that is unusable dropped). Reading never raises on a line's content.

Writing: :func:`atomic_output` writes a whole file or nothing (temporary file in the same folder, renamed).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import signal
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from nlp.robust import check_published, type_name

SURROGATE = re.compile("[\ud800-\udfff]")
IDENTITY = ("id", "url", "canonical_url")  # a line whose identity is unusable is skipped
METADATA = ("title", "author")  # unusable metadata is dropped, the article kept


@dataclass
class Line:
    """One line of an article file: ``article`` to tag or store, else ``problem`` (why it was skipped)."""

    number: int
    article: dict[str, Any] | None = None
    problem: str | None = None
    notes: list[str] = field(default_factory=list)


def read_articles(path: str | os.PathLike) -> Iterator[Line]:
    """Every non-blank line of ``path`` checked with :func:`check_line` (raises only ``OSError``)."""
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, 1):
            if raw.strip():
                yield check_line(raw, number)


def check_line(raw: bytes | str, number: int = 1) -> Line:
    """Decode, parse and check one line; never raises."""
    notes: list[str] = []
    if isinstance(raw, bytes):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = raw.decode("utf-8", errors="replace")
            notes.append(f"bytes that are not UTF-8 (first at byte {exc.start + 1}) replaced by U+FFFD")
    else:
        text = raw
    try:
        row = json.loads(text)
    except json.JSONDecodeError as exc:
        return Line(number, problem=f"not JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return Line(number, problem="not usable: JSON nested too deeply")
    except ValueError as exc:  # an integer of more than 4,300 digits
        return Line(number, problem=f"not usable: {str(exc).split(':')[0][:80]}")
    if not isinstance(row, dict):
        return Line(number, problem=f"not a JSON object ({type_name(row)})")
    if "text" not in row:
        return Line(number, problem='no "text"')
    if not isinstance(row["text"], str):
        return Line(number, problem=f'"text" is {type_name(row["text"])}, not a string')
    for key in IDENTITY:
        value = row.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)
                                  or (key != "id" and isinstance(value, int))):
            kind = "a string or an integer" if key == "id" else "a string"
            return Line(number, problem=f'"{key}" is {type_name(value)}, not {kind}')
    article = dict(row)
    for key in METADATA:
        if article.get(key) is not None and not isinstance(article[key], str):
            notes.append(f'"{key}" is {type_name(article[key])}, not a string; ignored')
            article[key] = None
    for key in ("text", *IDENTITY, *METADATA, "published"):
        value = article.get(key)
        if isinstance(value, str) and SURROGATE.search(value):
            article[key] = SURROGATE.sub("\ufffd", value)
            notes.append(f'lone surrogates in "{key}" replaced by U+FFFD')
    published, why = check_published(article.get("published"))
    article["published"] = published
    if why:
        notes.append(why)
    return Line(number, article=article, notes=notes)


@contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary file that replaces ``path`` only when the block ends without error (else ``path`` is untouched).

    A path that exists and is no regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is written in place:
    renaming a temporary file over it would replace the device or pipe with a plain file.
    """
    target = Path(path)
    if _is_special(target):
        with open(target, "wb") as fh:
            yield fh
        return
    tmp: str | None = None
    try:
        with _interrupts_held():  # a Ctrl-C between creating the file and knowing its name would leave it behind
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise


def _is_special(path: Path) -> bool:
    """Whether ``path`` exists and is no regular file or folder (a device, a pipe, a socket)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block ends (then they are delivered as usual)."""
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def check_output(path: str | os.PathLike) -> str | None:
    """Why ``path`` cannot be written (one phrase), or None: checked before any work starts."""
    target = Path(path)
    if target.is_dir():
        return "is a folder"
    if _is_special(target):
        return None if os.access(target, os.W_OK) else "cannot write: permission denied"
    with _interrupts_held():  # the probe file never outlives the check
        try:
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        except OSError as exc:
            return f"cannot write: {exc.strerror or exc}"
        os.close(fd)
        os.unlink(tmp)
    return None


def check_input(path: str | os.PathLike) -> str | None:
    """Why ``path`` cannot be read as an article file (one phrase), or None."""
    source = Path(path)
    if not source.exists():
        return "no such file"
    if source.is_dir():
        return "is a folder, not a JSONL file"
    try:
        with open(source, "rb"):  # opened, not read: a pipe (/dev/stdin) keeps its first line
            pass
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    return None
