"""Every tunable number in one place, so a reader never hunts for a magic constant."""

from __future__ import annotations

# --- fetching ---------------------------------------------------------------------------------------
USER_AGENT = "newscorpus/0.1 (+https://github.com/newscorpus/newscorpus; corpus builder)"
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 20.0
MAX_REDIRECTS = 5
MAX_BODY_BYTES = 8 * 1024 * 1024
# Transient failures (timeouts, refused connections, 429, 5xx) are retried this many times in all.
FETCH_ATTEMPTS = 3
RETRY_BACKOFF_INITIAL_S = 0.5
RETRY_BACKOFF_MAX_S = 30.0
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")

# --- decoding ---------------------------------------------------------------------------------------
# How many bytes to search for <meta charset>; browsers look at the first 1024, portals are sloppier.
META_CHARSET_SCAN_BYTES = 4096
# Share of replacement/private-use characters above which a declared charset is judged wrong.
MOJIBAKE_MAX_RATIO = 0.001
MOJIBAKE_TOLERATED_CHARS = 2

# --- extraction -------------------------------------------------------------------------------------
DEFAULT_TZ_OFFSET = "+08:00"
MIN_PARAGRAPH_CHARS = 2
MAX_RELATED_ITEMS = 50
# Generic body choice (scrapers/density.py): lines shorter than this (without link text) carry no weight;
# punctuation counts this many times a character, since prose has it and menus do not; a container's
# parent gets this share of the container's score.
DENSITY_MIN_LINE_CHARS = 8
DENSITY_PUNCTUATION_WEIGHT = 4
DENSITY_PARENT_SHARE = 0.5
# A body line is navigation, not prose, when more than this share of it is link text.
MAX_LINK_SHARE_IN_PARAGRAPH = 0.5
# Lines read around the headline for the publish time and the byline.
HEADER_LINES_BEFORE_TITLE = 3
HEADER_LINES_AFTER_TITLE = 12
# A headline candidate found in <title>/og:title must be at least this share of it (so the site or
# section name that <title> also carries does not win), and this long.
TITLE_MIN_SHARE_OF_PAGE_TITLE = 0.4
TITLE_MIN_CHARS = 4
TITLE_MAX_CHARS = 120
# How many lines before the body are searched for a headline when <title> names only the site.
TITLE_SEARCH_LINES = 15
# A short line right after an image, without sentence-ending punctuation, is a photo caption.
CAPTION_MAX_CHARS = 40
RELATED_HEADINGS = (
    "相关内容",
    "相关阅读",
    "相关新闻",
    "相关推荐",
    "延伸阅读",
    "相关文章",
    "相关报道",
    "推荐阅读",
)

# How far into a saved page to look for the leading <!--URL--> comment that records where it came from.
SAVED_URL_SCAN_CHARS = 2048

# --- storage ----------------------------------------------------------------------------------------
DEFAULT_DB = "corpus.db"
SQLITE_BUSY_TIMEOUT_MS = 5000

# --- crawling ---------------------------------------------------------------------------------------
CRAWL_DEPTH = 3  # home (0) -> channel (1) -> list page 2 (2) -> article (3)
CRAWL_MAX_PAGES = 10_000  # fetches per run, all kinds; a cron run that hits it resumes next hour
CRAWL_CONCURRENCY = 16  # requests in flight over all hosts
CRAWL_PER_HOST = 2  # requests in flight to one host
# Threads that parse articles off the event loop. lexbor builds the DOM without the GIL, so two threads
# overlap parsing with fetching on a 2-core machine; more only add switching. A process pool would be
# faster still but costs a whole interpreter of memory per worker.
CRAWL_PARSE_THREADS = 2
# Minimum seconds between two request starts on one host; robots.txt Crawl-delay raises it, never lowers.
CRAWL_DELAY_S = 0.5
# A host's robots.txt Crawl-delay above this is capped, or one slow host would stall a cron run for hours.
CRAWL_MAX_CRAWL_DELAY_S = 30.0
# A URL whose retries all failed is tried again on later runs, waiting this long times 2**attempts ...
FRONTIER_RETRY_DELAY_S = 300.0
# ... until it has failed on this many runs; then it is recorded as failed for good.
FRONTIER_MAX_ATTEMPTS = 4
# Pages of one multi-page article fetched and stitched (the 下一页 chain).
MAX_ARTICLE_PAGES = 20
ROBOTS_MAX_BYTES = 512 * 1024
# Sitemaps and feeds are XML; gzip sitemaps are inflated up to MAX_BODY_BYTES.
XML_CONTENT_TYPES = (
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/x-gzip",
    "application/gzip",
)
# Query parameters that only track where a click came from; dropped before a URL is queued.
TRACKING_PARAMS = ("spm", "from", "fromid", "share_token", "wfr", "scene", "_wv", "ref", "referer", "fbclid", "gclid")
TRACKING_PREFIXES = ("utm_",)
# Generic link classification on pages of sites without list rules.
ARTICLE_ANCHOR_MIN_CHARS = 10  # headlines are long; channel names and nav links are short
PAGINATION_TEXTS = ("下一页", "下页", "后页", "next", "›", "»", ">")
LIST_MIN_ARTICLE_LINKS = 8  # an entry page linking to this many article-like URLs is a list page
ARTICLE_MIN_BODY_CHARS = 80  # a parsed "article" with less body text is a list page in disguise
