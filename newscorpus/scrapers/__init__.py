"""Site-specific parsers, the generic extractor, and the registry that picks between them."""
