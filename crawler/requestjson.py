"""Data-only serialisation of Scrapy requests for the Redis scale-out (scrapy-redis' ``serializer``).

scrapy-redis pickles requests by default: whoever can write to the Redis server could then run code on every
worker. This module turns a request dict (``Request.to_dict``) into JSON and back: bytes become
``{"$b": base64}``, dicts with non-string keys (headers) ``{"$d": [[key, value], ...]}``; anything else that
is not JSON data is refused when writing. Reading validates the shape: an ``http(s)`` URL, a plain HTTP
method, callbacks named by a public method name, and no request class other than Scrapy's own, so a forged
queue entry can at worst name a URL, never code. A bad entry raises :class:`BadRequestData` (a ValueError).
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any

ALLOWED_CLASSES = {"scrapy.http.request.Request", "scrapy.Request", "scrapy.http.Request"}
METHODS = {"GET", "HEAD", "POST"}
CALLBACK_RE = re.compile(r"^[a-z][a-z0-9_]{0,60}$")
MAX_DEPTH = 20


class BadRequestData(ValueError):
    """A queue entry that is not a request kunker wrote."""


def _encode(value: Any, depth: int = 0) -> Any:
    if depth > MAX_DEPTH:
        raise TypeError("request data nested too deeply")
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode("ascii")}
    if isinstance(value, list | tuple):
        return [_encode(v, depth + 1) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value) and not {"$b", "$d"} & set(value):
            return {k: _encode(v, depth + 1) for k, v in value.items()}
        return {"$d": [[_encode(k, depth + 1), _encode(v, depth + 1)] for k, v in value.items()]}
    raise TypeError(f"not data: {type(value).__name__} in a request")


def _decode(value: Any, depth: int = 0) -> Any:
    if depth > MAX_DEPTH:
        raise BadRequestData("request data nested too deeply")
    if isinstance(value, list):
        return [_decode(v, depth + 1) for v in value]
    if isinstance(value, dict):
        if set(value) == {"$b"} and isinstance(value["$b"], str):
            try:
                return base64.b64decode(value["$b"], validate=True)
            except ValueError as exc:
                raise BadRequestData(f"bad bytes value: {exc}") from None
        if set(value) == {"$d"} and isinstance(value["$d"], list):
            pairs = value["$d"]
            if not all(isinstance(p, list) and len(p) == 2 for p in pairs):
                raise BadRequestData("bad mapping value")
            out = {}
            for k, v in pairs:
                k = _decode(k, depth + 1)
                if not isinstance(k, str | bytes | int | float):
                    raise BadRequestData("bad mapping key")
                out[k] = _decode(v, depth + 1)
            return out
        return {k: _decode(v, depth + 1) for k, v in value.items()}
    return value


def dumps(request: dict[str, Any]) -> str:
    """A request dict as JSON text (TypeError when it holds something that is not data)."""
    return json.dumps(_encode(request), ensure_ascii=False, allow_nan=False)


def loads(data: str | bytes) -> dict[str, Any]:
    """A request dict from :func:`dumps`' JSON, validated; :class:`BadRequestData` otherwise."""
    try:
        raw = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise BadRequestData(f"not JSON: {exc.__class__.__name__}") from None
    request = _decode(raw)
    validate(request)
    return request


def validate(request: Any) -> None:
    """Raise :class:`BadRequestData` unless ``request`` is a plain request dict kunker could have written."""
    if not isinstance(request, dict):
        raise BadRequestData("a request must be an object")
    url = request.get("url")
    if not isinstance(url, str) or not re.match(r"^https?://[^\s]+$", url):
        raise BadRequestData(f"bad request URL {str(url)[:100]!r}")
    if request.get("method", "GET") not in METHODS:
        raise BadRequestData(f"bad request method {str(request.get('method'))[:20]!r}")
    for name in ("callback", "errback"):
        value = request.get(name)
        if value is not None and not (isinstance(value, str) and CALLBACK_RE.match(value)):
            raise BadRequestData(f"bad {name} {str(value)[:60]!r}")
    if "_class" in request and request["_class"] not in ALLOWED_CLASSES:
        raise BadRequestData(f"request class {str(request['_class'])[:100]!r} is not allowed")
    if not isinstance(request.get("meta", {}), dict) or not isinstance(request.get("headers", {}), dict):
        raise BadRequestData("meta and headers must be objects")
    if not isinstance(request.get("priority", 0), int) or isinstance(request.get("priority", 0), bool):
        raise BadRequestData("priority must be an integer")
    body = request.get("body", b"")
    if not isinstance(body, bytes | str):
        raise BadRequestData("body must be bytes")
