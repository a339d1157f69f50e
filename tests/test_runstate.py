"""A crawl's state is not kept on the spider: counters go to ``crawler.stats``, the rest to the crawler's run state
(crawler/runstate.py). Checked twice: no module of ``crawler/`` assigns an attribute of a spider but the spider
itself, and after a real crawl the spider holds only its own fields and the two Scrapy gives it.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from sites.server import SiteServer

ROOT = Path(__file__).resolve().parent.parent
SCRAPY_GIVES = {"crawler", "settings"}  # set by Scrapy when it binds the spider to its crawler (from_crawler)
# Crawl once in a new process (Twisted's reactor cannot restart), keeping the crawlers for a look afterwards.
CRAWL = """
import json, sys
from crawler import runner
from crawler.runstate import RunState
from crawler.sources import load_sources
from crawler.spiders.news import NewsSpider

crawlers, summarize = [], runner.summarize
runner.summarize = lambda sources, found, elapsed: crawlers.extend(found) or summarize(sources, found, elapsed)
sources = load_sources(sys.argv[1])
runner.run_crawl(sources, sys.argv[2], {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_START_DELAY": 0, "RETRY_TIMES": 0})
spider, state = crawlers[0].spider, RunState.of(crawlers[0])
print(json.dumps({"own": sorted(vars(NewsSpider(source=sources[0]))), "after": sorted(vars(spider)),
                  "run_id": state.run_id, "summary": state.summary, "checks": state.checks}))
"""


def spider_attribute_writes(path: Path) -> list[str]:
    """Assignments to an attribute of a spider (``spider.x = ...``, ``self.crawler.spider.x += ...``)."""
    found, shown = [], path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AugAssign | ast.AnnAssign) else []
        for target in targets:
            owner = target.value if isinstance(target, ast.Attribute) else None
            if (isinstance(owner, ast.Name) and owner.id == "spider") or \
                    (isinstance(owner, ast.Attribute) and owner.attr == "spider"):
                found.append(f"{shown}:{node.lineno}: {ast.unparse(target)}")
    return found


def test_assignments_to_a_spider_are_found(tmp_path):
    module = tmp_path / "component.py"
    module.write_text("def f(spider, self):\n    spider.known = 1\n    self.crawler.spider.n += 1\n    x.y = 2\n")
    assert [line.split(": ", 1)[1] for line in spider_attribute_writes(module)] == \
        ["spider.known", "self.crawler.spider.n"]


def test_no_component_sets_attributes_on_the_spider():
    spider_module = ROOT / "crawler" / "spiders" / "news.py"
    writes = [w for path in sorted((ROOT / "crawler").rglob("*.py")) if path != spider_module
              for w in spider_attribute_writes(path)]
    assert writes == []


def test_after_a_crawl_the_spider_holds_only_its_own_fields(tmp_path):
    with SiteServer("pemkab") as site:
        sources = tmp_path / "sources.yml"
        sources.write_text(f'- name: "Pemkab Uji"\n  url: "{site.url("/")}"\n', encoding="utf-8")
        result = subprocess.run([sys.executable, "-c", CRAWL, str(sources), str(tmp_path / "kunker.db")],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.splitlines()[-1])
    assert set(seen["after"]) - set(seen["own"]) == SCRAPY_GIVES
    # what the components used to put on the spider is in the run state
    assert seen["run_id"] and seen["summary"]["run_id"] == seen["run_id"] and seen["summary"]["pages"] > 0
    assert {c["name"] for c in seen["checks"]} == {"finished", "error rate", "articles", "required fields"}
