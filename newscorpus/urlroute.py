"""The path a URL routes by: a single-page app names its page in the fragment (a hash route), not the path."""

from __future__ import annotations


def routed(path: str, query: str, fragment: str) -> tuple[str, str]:
    """The path and query a single-page app routes by: a hash route (``#!article/Joke/1234567``, the
    AJAX-crawling hashbang, or a hash router's ``#/article/1234``) goes on the page's path, its own query
    on the page's. A plain anchor (``#comments``, ``#p3``) names a place in the page: the path alone."""
    hashbang = fragment.startswith("!")
    route = fragment[1:] if hashbang else fragment
    if not (hashbang or route.startswith("/")):
        return path, query
    route_path, _mark, route_query = route.partition("?")
    return f"{path.rstrip('/')}/{route_path.lstrip('/')}", "&".join(part for part in (query, route_query) if part)
