"""Items the spider yields: an article, or a failure to record."""

import scrapy


class ArticleItem(scrapy.Item):
    """One article page: {url, canonical_url, source, title, published (YYYY-MM-DD or None), text}."""

    url = scrapy.Field()
    canonical_url = scrapy.Field()
    source = scrapy.Field()
    title = scrapy.Field()
    published = scrapy.Field()
    text = scrapy.Field()
    author = scrapy.Field()
    external_id = scrapy.Field()


class CrawlErrorItem(scrapy.Item):
    """A URL that could not be fetched or read, with the reason."""

    url = scrapy.Field()
    source = scrapy.Field()
    reason = scrapy.Field()
