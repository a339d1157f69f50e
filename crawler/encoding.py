"""A page's text when its declared charset is wrong: detection, windows-1252 fallback and mojibake repair.

Regional sites often declare UTF-8 and send windows-1252 (an old CMS, a pasted article), or declare
ISO-8859-1 and send UTF-8, or store text that was already double-encoded ("Ã©", "â€œ"). :func:`page_text`
decodes the bytes strictly in the declared charset; when that fails it reads the bytes as UTF-8 wherever
they are valid UTF-8 and as windows-1252 (ISO-8859-1 for its five undefined bytes) wherever they are not, so
a UTF-8 page with a pasted windows-1252 paragraph reads right too; a page declared Latin-1 whose bytes are
valid UTF-8 is read as UTF-8; text that still reads as mojibake is repaired by ftfy.
"""

from __future__ import annotations

import codecs
import re

import ftfy

# UTF-8 read as windows-1252: a lead byte shown as Â/Ã/â followed by a continuation byte's character
MOJIBAKE_RE = re.compile("[ÂÃâ][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u0178"
                         "\u017d\u017e\u02c6\u02dc]")
LATIN1_NAMES = {"latin1", "iso88591", "cp1252", "windows1252", "ascii", "usascii"}


def _norm(name: str | None) -> str:
    return (name or "").lower().replace("-", "").replace("_", "")


def _codec(name: str | None) -> str | None:
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def page_text(body: bytes, declared: str | None) -> tuple[str, str]:
    """The page's text and how it was read (the codec, with ``+detected`` / ``+repaired`` when it was not
    simply the declared charset)."""
    declared_codec = _codec(declared) or "utf-8"
    how = declared_codec
    text: str | None = None
    if _norm(declared_codec) in LATIN1_NAMES and _has_utf8_sequences(body):
        text, how = body.decode("utf-8"), "utf-8+detected"  # declared Latin-1, written in UTF-8
    if text is None:
        try:
            text = body.decode(declared_codec)
        except UnicodeDecodeError:
            text, how = _detect(body)
    if MOJIBAKE_RE.search(text):
        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            text, how = fixed, how + "+repaired"
    return text, how


def _has_utf8_sequences(body: bytes) -> bool:
    """Valid UTF-8 with at least one multi-byte character (so not plain ASCII)."""
    if not re.search(rb"[\xc2-\xf4][\x80-\xbf]", body):
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _cp1252_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode error handler: the offending bytes as windows-1252 (Latin-1 where cp1252 has no character)."""
    chunk = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), error.end


codecs.register_error("kunker-cp1252", _cp1252_bytes)


def _detect(body: bytes) -> tuple[str, str]:
    try:
        return body.decode("utf-8"), "utf-8+detected"
    except UnicodeDecodeError:
        return body.decode("utf-8", errors="kunker-cp1252"), "utf-8+cp1252"
