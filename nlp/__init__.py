"""kunker's extraction library: regions, officials, programs and learning visits from Indonesian news."""

__version__ = "0.1.0"

from nlp.tagger import Tagger  # noqa: E402

__all__ = ["Tagger", "__version__"]
