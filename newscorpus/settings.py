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
# Query parameters dropped when comparing canonical URLs (prefix match).
DEDUP_TRACKING_PARAMS = ("utm_", "spm", "from", "share", "wx_", "scene", "chksm", "mpshare", "srcid")
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
