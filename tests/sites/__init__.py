"""Local test sites served over HTTP by the crawl tests."""
