"""Spiders of the kunker crawler (one generic spider, ``news``)."""
