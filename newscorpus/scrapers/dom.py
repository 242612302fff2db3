"""Tree surgery shared by the extractors: removing nodes without freeing one twice."""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode


def remove_nodes(nodes: list[LexborNode], keep: LexborNode | None = None) -> None:
    """Decompose the outermost of ``nodes``; nodes holding ``keep`` stay (the caller still reads it).

    A node inside another one goes with it: decomposing it again would free it twice. Which nodes are
    outermost is worked out before anything is freed, while every parent pointer is still valid.
    """
    kept = ancestry(keep) if keep is not None else set()
    doomed = {node.mem_id: node for node in nodes if node.mem_id not in kept}
    # A doomed node inside a kept one is still removed: its kept ancestor takes nothing with it.
    ids = set(doomed)
    for node in [node for node in doomed.values() if not has_ancestor_in(node, ids)]:
        node.decompose()


def has_ancestor_in(node: LexborNode, ids: set[int]) -> bool:
    if not ids:
        return False  # callers often ask before anything was taken: no need to climb to the root
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def ancestry(node: LexborNode) -> set[int]:
    """``node`` and every ancestor of it, by mem_id."""
    ids = set()
    current: LexborNode | None = node
    while current is not None:
        ids.add(current.mem_id)
        current = current.parent
    return ids


def up_to(node: LexborNode, root: LexborNode) -> Iterator[LexborNode]:
    """``node`` and its ancestors up to and including ``root`` (to the top when ``root`` is not above it)."""
    current: LexborNode | None = node
    while current is not None:
        yield current
        if current.mem_id == root.mem_id:
            return
        current = current.parent


def class_and_id(node: LexborNode) -> str:
    """The element's class and id, one space between: what templates name a box by (logo, comment, pager)."""
    attributes = node.attributes
    return f"{attributes.get('class') or ''} {attributes.get('id') or ''}"


def matches_by_holder(root: LexborNode, query: str) -> dict[int, list[LexborNode]]:
    """``node.css(query)`` for ``root`` and every element holding a match under it (by mem_id), from one
    query: each match is handed up to the root, in page order (lexbor's order, repeats included)."""
    found: dict[int, list[LexborNode]] = {root.mem_id: []}
    for match in root.css(query):
        holder: LexborNode | None = match
        while holder is not None:
            found.setdefault(holder.mem_id, []).append(match)
            holder = None if holder.mem_id == root.mem_id else holder.parent
    return found
