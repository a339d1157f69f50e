"""kunker's Scrapy project: one generic news spider driven by a sources file (see ``crawler.sources``)."""
