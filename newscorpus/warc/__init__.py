"""Archive ingest: WARC/ARC files (Common Crawl CC-NEWS, re-crawls) through decode -> parse -> store.

reader.py reads records, records.py filters and parses one record, shards.py cuts files into record
ranges, writer.py is the single writer, ledger.py remembers completed files, engines.py runs shards
locally or on Ray, ingest.py ties them together.
"""
