"""kunker's constants, each defined once: where reference data and databases live, and the Redis key of
the scale-out item queue. Base layer: imports nothing of kunker or crawler.

``KUNKER_DATA`` points at the reference data where the code runs from an installed egg (Scrapyd workers);
the folder itself is defined by the tagger's data loader (``nlp/lexicon.py``, the lowest layer).
"""

from __future__ import annotations

from nlp.lexicon import DATA_DIR

REGIONS_CSV = DATA_DIR / "regions.csv"
DEFAULT_DB = DATA_DIR / "kunker.db"
DEMO_DB = DATA_DIR / "demo.db"
REDIS_ITEMS_KEY = "kunker:items"  # crawler workers push events here; `kunker ingest` consumes them

__all__ = ["DATA_DIR", "DEFAULT_DB", "DEMO_DB", "REDIS_ITEMS_KEY", "REGIONS_CSV"]
