# scrapyd-deploy builds the project's egg with `python setup.py bdist_egg`; everything else (packages, the
# Scrapy settings entry point) comes from pyproject.toml.
from setuptools import setup

setup()
