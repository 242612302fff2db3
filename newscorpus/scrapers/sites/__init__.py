"""One module per site, each defining ``RULE: SiteRule``; the registry discovers them by import."""
