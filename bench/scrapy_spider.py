"""The Scrapy side of the crawler benchmark, run in its own process so its peak RSS is its own.

Same discovery as newscorpus (home -> channels -> list pages -> articles), same concurrency limits,
robots.txt obeyed, and comparable work per article: title and paragraphs extracted and written out.
"""

from __future__ import annotations

import sys

import scrapy
from scrapy.crawler import CrawlerProcess


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, start: str, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.start_urls = start.split(",")

    def parse(self, response: scrapy.http.Response):  # type: ignore[override]
        if response.css("div.article-content"):
            yield {
                "url": response.url,
                "title": response.css("h1::text").get(),
                "body": "\n".join(response.css("div.article-content p::text").getall()),
            }
            return
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, callback=self.parse)


def main() -> None:
    start, per_host, concurrency, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    process = CrawlerProcess(
        {
            "CONCURRENT_REQUESTS": concurrency,
            "CONCURRENT_REQUESTS_PER_DOMAIN": per_host,
            "DOWNLOAD_DELAY": 0,
            "ROBOTSTXT_OBEY": True,
            "LOG_LEVEL": "ERROR",
            "TELNETCONSOLE_ENABLED": False,
            "FEEDS": {out: {"format": "jsonlines", "encoding": "utf8"}},
            "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        }
    )
    process.crawl(PortalSpider, start=start)
    process.start()


if __name__ == "__main__":
    main()
