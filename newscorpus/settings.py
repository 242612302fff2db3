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

# --- storage ----------------------------------------------------------------------------------------
DEFAULT_DB = "corpus.db"
SQLITE_BUSY_TIMEOUT_MS = 5000

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
