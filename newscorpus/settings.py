"""Every tunable number in one place, so a reader never hunts for a magic constant."""

from __future__ import annotations

# --- fetching ---------------------------------------------------------------------------------------
# Set --user-agent to a string with your contact: portals block anonymous crawlers sooner.
USER_AGENT = "newscorpus/0.1 (news corpus builder; respects robots.txt)"
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 20.0
MAX_REDIRECTS = 5
MAX_BODY_BYTES = 8 * 1024 * 1024
# Transient failures (timeouts, refused connections, 429, 5xx) are retried this many times in all.
FETCH_ATTEMPTS = 3
RETRY_BACKOFF_INITIAL_S = 0.5
RETRY_BACKOFF_MAX_S = 30.0
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
# Head start of the first address family before the other is tried too (RFC 8305; anyio's value).
HAPPY_EYEBALLS_DELAY_S = 0.25

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
# Every heading above contains one of these: the cheap first filter when searching a page for headings.
RELATED_HEADING_MARKERS = ("相关", "阅读")
# A site rule whose related selectors miss looks for a related heading this many levels above its body.
RELATED_SEARCH_LEVELS = 3

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
# URLs in process per request slot, per host and over all hosts. A URL holds its place while it is parsed
# and stored, after its response is in; with twice as many places as request slots, the next URLs are
# fetched meanwhile, so connections do not idle while the event loop works. Requests in flight stay
# within the two limits above: the host's politeness gate and the fetcher hold the extra URLs back.
CRAWL_URLS_PER_REQUEST_SLOT = 2
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
# Generic next-page detection (scrapers/pager.py) for sites whose rule names no pager: link texts that
# mean "the next page of this story", and how many levels above the body the pager is looked for.
PAGER_NEXT_TEXTS = ("下一页", "下页", "后一页", "后页", "下一頁", "下頁", "next", "next page")
PAGER_SEARCH_LEVELS = 2
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
TRACKING_PARAMS = (
    *("spm", "from", "fromid", "share", "share_token", "wfr", "scene", "_wv", "ref", "referer", "fbclid", "gclid"),
    # WeChat share links: __biz/mid/idx/sn identify the post, these only record who shared it.
    *("chksm", "mpshare", "srcid", "sharer_sharetime", "sharer_shareid"),
)
TRACKING_PREFIXES = ("utm_", "wx_")
# Generic link classification on pages of sites without list rules.
ARTICLE_ANCHOR_MIN_CHARS = 10  # headlines are long; channel names and nav links are short
PAGINATION_TEXTS = ("下一页", "下页", "后页", "next", "›", "»", ">")
LIST_MIN_ARTICLE_LINKS = 8  # an entry page linking to this many article-like URLs is a list page
ARTICLE_MIN_BODY_CHARS = 80  # a parsed "article" with less body text is a list page in disguise

# WAL pages a crawl lets accumulate before SQLite copies them into the database (its default is 1000).
# Every article rewrites the same LSH band and index pages; a checkpoint copies each page once however
# often it changed since the last one, so checkpointing a tenth as often copies and syncs far less. The
# WAL grows to ~40 MB at most and is given back when the crawl closes the database.
CRAWL_WAL_CHECKPOINT_PAGES = 10_000

# Page cache per connection. LSH band lookups and inserts land on random index pages; SQLite's 2 MB default
# makes them re-read pages as the corpus grows.
SQLITE_CACHE_MB = 64

# --- deduplication ----------------------------------------------------------------------------------
# Chosen by measurement: see bench/README.md "Deduplication" (python -m bench.dedup). Signatures and band
# keys stored in corpus.db depend on all of these: after changing one, run `newscorpus dedup`.
DEDUP_SHINGLE_CHARS = 4  # characters per shingle, after normalisation (punctuation and spaces removed)
DEDUP_NUM_PERM = 128  # MinHash permutations
DEDUP_BANDS = 32  # LSH bands; BANDS x ROWS must not exceed NUM_PERM
DEDUP_ROWS = 4  # signature rows per band
DEDUP_THRESHOLD = 0.48  # estimated Jaccard at or above which two bodies are the same story
DEDUP_SEED = 1  # permutation seed
# Normalised bodies shorter than this are matched by URL only: tiny bodies ("图片") are not a story.
DEDUP_MIN_CHARS = 50
# LSH candidates verified per stored cluster when an article is placed (lowest ids first). One similar
# member is enough to join; the cap keeps a cluster of thousands of near-identical pages from being
# loaded for every new one.
DEDUP_CANDIDATES_PER_CLUSTER = 8
# Containment (dedup/containment.py), chosen on the tune split by `python -m bench.dedup_sweep` (highest
# F1 at pair precision >= 0.99; bench/README.md "Deduplication"): an abridged copy is linked to the full
# story when this share of the shorter body's shingles (of CONTAINMENT_SHINGLE_CHARS characters) is in the
# longer one. Checked only on the best CONTAINMENT_CHECKS LSH neighbours that missed the Jaccard test and
# the latest TITLE_CANDIDATES articles under the same headline key (title or 原标题, at least TITLE_MIN_CHARS
# normalised characters), so placing an article costs the same at any corpus size. Normalised bodies
# shorter than CONTAINMENT_MIN_CHARS are never matched by containment.
DEDUP_CONTAINMENT_THRESHOLD = 0.5
DEDUP_CONTAINMENT_SHINGLE_CHARS = 4
DEDUP_CONTAINMENT_MIN_CHARS = 150
DEDUP_CONTAINMENT_CHECKS = 8
DEDUP_TITLE_CANDIDATES = 8
DEDUP_TITLE_MIN_CHARS = 6
# An abridged copy reports the story's figures: when the shorter body gives at least MIN_FIGURES distinct
# digit runs, this share of them must be in the longer one (templated market, match and weather reports
# share their words, not their figures).
DEDUP_CONTAINMENT_MIN_FIGURES = 3
DEDUP_CONTAINMENT_FIGURE_SHARE = 0.8
# Outlet names per site, to recognise the original in a cluster (a member whose site is the outlet that
# any member names as its 来源). Matched as substrings of the source field.
SITE_OUTLETS: dict[str, tuple[str, ...]] = {
    "163": ("网易",),
    "sina": ("新浪",),
    "qq": ("腾讯",),
    "ifeng": ("凤凰",),
    "thepaper": ("澎湃",),
    "people": ("人民网", "人民日报"),
    "xinhuanet": ("新华网", "新华社"),
    "guancha": ("观察者网",),
    "toutiao": ("今日头条",),
    "baijiahao": ("百家号",),
}

# --- archive ingest (WARC/ARC, e.g. Common Crawl CC-NEWS) -----------------------------------------
# Records per Ray task: large enough that scheduling overhead is small against parsing (~5-30 ms a
# record), small enough that two workers stay evenly loaded on a file of a few thousand records.
WARC_SHARD_RECORDS = 200
# Records per writer transaction: one fsync per batch instead of per page, while a crash loses little.
WARC_WRITE_BATCH = 500
# Shards in flight per worker CPU: keeps workers busy while the writer catches up, and bounds the
# memory the driver holds for out-of-order shards it cannot write yet.
WARC_PENDING_SHARDS_PER_CPU = 3
# When Content-Type is missing, how far into the payload to look for an HTML tag.
HTML_SNIFF_BYTES = 1024
# Read size when hashing a WARC file to recognise it on a later run.
HASH_BLOCK_BYTES = 1024 * 1024
PROGRESS_INTERVAL_S = 0.5
# After a damaged record, the file is scanned in blocks of this size for the next record, and each
# candidate gzip member is test-inflated from this many bytes.
RESYNC_SCAN_BYTES = 1024 * 1024
RESYNC_PROBE_BYTES = 4096

# --- Parquet export -------------------------------------------------------------------------------
# Rows per Parquet file: ~100-300 MB per shard for news articles, a comfortable unit for Spark/DuckDB.
PARQUET_SHARD_ROWS = 100_000
# Rows per row group inside a file; readers skip row groups, so not one giant group per file.
PARQUET_ROW_GROUP_ROWS = 10_000
