"""The crawler: discovery, a persistent frontier in corpus.db, politeness, retries and cron runs."""
