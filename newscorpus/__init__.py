"""newscorpus: scrape Chinese news portals into a clean, deduplicated SQLite corpus."""

__version__ = "0.1.0"
