"""Alerts for maintainers: a log line always, and a JSON POST to a webhook when one is configured.

The webhook URL comes from the environment (``KUNKER_WEBHOOK_URL``), never from the repository: keep it in
the service's environment file (see the README's systemd units). The POST body is
``{"text": "<one line>", "kunker": {...details}}``, which Slack/Mattermost-style incoming webhooks accept.
A webhook that fails is logged, never raised: an alert must not break a crawl or an ingest.
"""

from __future__ import annotations

import json
import logging
import os
import urllib.request
from typing import Any

logger = logging.getLogger("kunker.alert")
WEBHOOK_ENV = "KUNKER_WEBHOOK_URL"
TIMEOUT = 10.0


def notify(message: str, details: dict[str, Any] | None = None, webhook_url: str | None = None) -> bool:
    """Log ``message`` as a warning and POST it to the webhook; True when a webhook accepted it."""
    logger.warning("ALERT %s", message)
    url = webhook_url if webhook_url is not None else os.environ.get(WEBHOOK_ENV, "")
    if not url:
        return False
    body = json.dumps({"text": f"kunker: {message}", "kunker": details or {}}, ensure_ascii=False, default=str)
    request = urllib.request.Request(url, data=body.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return 200 <= response.status < 300
    except Exception as exc:  # noqa: BLE001 - any failure is reported the same way
        logger.error("alert webhook failed (%s: %s)", exc.__class__.__name__, exc)
        return False
