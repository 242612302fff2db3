"""Turn a DOM subtree into the text blocks (paragraphs) a reader sees."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from newscorpus.scrapers.text import clean

BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tbody",
        "thead",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "center",
        "hr",
        "address",
    }
)
# Never readable text, whatever the page does with them.
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "iframe",
        "svg",
        "button",
        "form",
        "input",
        "select",
        "textarea",
        "video",
        "audio",
        "canvas",
        "template",
        "object",
        "embed",
        "head",
        "title",  # metadata even where a fragment puts it in the body: browsers never show it
        "link",
        "meta",
        "-comment",
    }
)
# A <form> is skipped as a search box or comment form, unless it holds the page: ASP.NET sites (many
# government and university sites) wrap the whole body in one <form runat=server>.
_CONTENT_IN_FORM = "p, table, article, h1, h2, h3"
_NO_PARENT = -1


def is_unreadable(node: LexborNode, tag: str) -> bool:
    """Whether an element's text is never read: SKIP_TAGS, except a form that holds paragraphs."""
    if tag != "form":
        return tag in SKIP_TAGS
    return node.css_first(_CONTENT_IN_FORM) is None


LINE_BREAK_TAGS = BLOCK_TAGS | {"br"}


@dataclass
class Line:
    """One paragraph as a reader sees it, with what the density scoring needs to know about it."""

    text: str
    block: int  # walk index of the block element the line's first text belongs to
    start: int  # walk index of the line's first text node
    link_chars: int  # characters of the line that sit inside <a>
    image_before: bool  # an <img> came between the previous line and this one


@dataclass
class Walk:
    """One pre-order pass over a subtree: the element skeleton and the lines, by walk index.

    Indexes are positions in the pre-order walk, so a subtree is the contiguous range
    ``[i, i + size[i])`` and every parent index is smaller than its children's.
    """

    nodes: list[LexborNode] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    index_of: dict[int, int] = field(default_factory=dict)  # element mem_id -> walk index
    _size: list[int] | None = None
    _starts: list[int] | None = None

    def size(self, index: int) -> int:
        if self._size is None:
            # Children come after their parents: one backward pass adds each subtree into its parent's.
            parents = self.parent
            sizes = [1] * len(parents)
            for child in range(len(parents) - 1, 0, -1):
                if (parent := parents[child]) != _NO_PARENT:
                    sizes[parent] += sizes[child]
            self._size = sizes
        return self._size[index]

    def element_children(self, parent: int) -> list[int]:
        """The elements directly under ``parent`` (text nodes skipped), in page order."""
        found, child, end = [], parent + 1, parent + self.size(parent)
        while child < end:
            if not self.tags[child].startswith("-"):
                found.append(child)
            child += self.size(child)
        return found

    @property
    def starts(self) -> list[int]:
        """Each line's start, ascending (lines are in walk order): read once, bisected by every stage."""
        if self._starts is None:
            self._starts = [line.start for line in self.lines]
        return self._starts

    def lines_under(self, index: int) -> list[Line]:
        starts = self.starts
        return self.lines[bisect_left(starts, index) : bisect_left(starts, index + self.size(index))]


class _LineBuilder:
    def __init__(self, walk: Walk) -> None:
        self.walk = walk
        self.parts: list[str] = []
        self.block = self.start = _NO_PARENT
        self.link_chars = 0
        self.image = False

    def add(self, text: str, index: int, block: int, in_link: int) -> None:
        if self.parts and block != self.block:
            self.flush()
        if not self.parts:
            self.block, self.start = block, index
        self.parts.append(text)
        if in_link:
            self.link_chars += len(text.strip())

    def space(self) -> None:
        if self.parts:
            self.parts.append(" ")

    def flush(self) -> None:
        if not self.parts:
            return  # every block tag ends a line, most with none open: nothing to reset either
        text = clean("".join(self.parts))
        if text:
            self.walk.lines.append(Line(text, self.block, self.start, self.link_chars, self.image))
            self.image = False
        self.parts.clear()
        self.link_chars = 0


def walk(root: LexborNode) -> Walk:
    """Skeleton and lines of ``root`` in one traversal; block tags and <br> end a line.

    lexbor drives the traversal in C, so pages nested thousands of levels deep cost no Python recursion.
    The loop body runs for every node of the page (the generic extractor's largest cost), so it keeps to
    local names and list appends.
    """
    result = Walk()
    builder = _LineBuilder(result)
    index_of = result.index_of
    block_of: list[int] = []
    flags: list[int] = []  # bit 1: inside a skipped tag, bit 2: inside a link
    tags, parents, nodes = result.tags, result.parent, result.nodes
    parts = builder.parts  # the open line's pieces; the builder clears this list, never replaces it
    index = -1
    skip_to: int | None = None  # mem_id of the node after an unreadable subtree being passed over
    top = root.mem_id
    for node in root.traverse(include_text=True):
        if skip_to is not None:
            if node.mem_id != skip_to:
                continue
            skip_to = None
        tag = node.tag or ""
        if tag == "-text":
            text = node.text_content
            if not text or text.isspace():
                # Layout whitespace between tags: it only separates words, so it needs no index. Half the
                # nodes of a page are such text, hence the builder's space() written out here. Inside
                # unreadable content (an <svg>'s layout) it is not read, as block_lines removes it.
                if parts and not flags[index_of[node.parent.mem_id]] & 1:
                    parts.append(" ")
                continue
        index += 1
        parent_node = node.parent if index else None
        parent = index_of.get(parent_node.mem_id, _NO_PARENT) if parent_node is not None else _NO_PARENT
        nodes.append(node)
        tags.append(tag)
        parents.append(parent)
        if parent == _NO_PARENT:
            inherited, parent_block = 0, index
        else:
            inherited, parent_block = flags[parent], block_of[parent]
        if tag == "-text":
            block_of.append(parent_block)
            flags.append(inherited)
            if not inherited & 1:
                builder.add(text, index, parent_block, inherited & 2)
            continue
        index_of[node.mem_id] = index
        block_of.append(index if tag in BLOCK_TAGS else parent_block)
        link = 2 if tag == "a" else 0
        if inherited & 1:
            flags.append(inherited | link)  # inside unreadable content: nothing here is seen, nor ends a line
            continue
        if tag in SKIP_TAGS and is_unreadable(node, tag):
            flags.append(inherited | link | 1)
            if node.child is not None:
                # Nothing inside is read, ends a line or is asked for by index: pass its nodes over.
                skip_to = _next_outside(node, top)
                if skip_to is None:
                    break
            continue
        flags.append(inherited | link)
        if tag in LINE_BREAK_TAGS:
            # A block inside unreadable content (a <td> in an <svg>) is not seen, so it ends no line.
            if parts:
                builder.flush()
        elif tag == "img":
            builder.image = True
    builder.flush()
    return result


def _next_outside(node: LexborNode, top: int) -> int | None:
    """mem_id of the first node after ``node``'s subtree in a walk of ``top``'s subtree; None: none left."""
    current: LexborNode | None = node
    while current is not None and current.mem_id != top:
        if (sibling := current.next) is not None:
            return sibling.mem_id
        current = current.parent
    return None
