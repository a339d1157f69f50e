"""kunker: find, read and publish Indonesia's inter-regional learning visits."""

__version__ = "0.1.0"
