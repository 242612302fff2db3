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
    _size: list[int] | None = None
    _starts: list[int] | None = None
    _index_of: dict[int, int] | None = None

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

    @property
    def index_of(self) -> dict[int, int]:
        """Element mem_id -> walk index, built on first use: no stage asks for it on most pages, and reading
        every element's ``mem_id`` in the walk cost ~3% of it."""
        if self._index_of is None:
            tags = self.tags
            self._index_of = {node.mem_id: i for i, node in enumerate(self.nodes) if tags[i] != "-text"}
        return self._index_of

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

    A pre-order walk over ``first_child`` and ``next`` with the open elements' indexes on a list, rather
    than lexbor's ``traverse``: a node's parent is the list's last entry (asking lexbor for it built a second
    node object per node), and an unreadable subtree is never entered (``traverse`` handed over every node
    inside it to be passed by). No recursion, so pages nested thousands of levels deep cost nothing more.
    The loop body runs for every node of the page (the generic extractor's largest cost), so it keeps to
    local names and list appends.
    """
    result = Walk()
    builder = _LineBuilder(result)
    tags, parents, nodes = result.tags, result.parent, result.nodes
    parts = builder.parts  # the open line's pieces; the builder clears this list, never replaces it
    index = -1
    # What a node learns from the open elements above it: its parent's walk index, whether it is inside a
    # link (2) or not (0), and the walk index of the block it belongs to. An unreadable element's subtree is
    # never entered, so no node the walk reaches has an unreadable ancestor to inherit from. These change only
    # when the walk enters or leaves an element, so they are locals saved on ``above`` there, not lists
    # appended to and read back for every node.
    parent, inherited, parent_block = _NO_PARENT, 0, 0
    above: list[tuple[int, int, int]] = []  # the three as they were outside each open element, outermost first
    sizes: list[int] = []  # each subtree's node count, set when the walk leaves it (a leaf's stays 1)
    node: LexborNode | None = root
    while node is not None:
        child = None
        tag = node.tag or ""
        if tag == "-text" and (node.is_empty_text_node or not (text := node.text_content) or text.isspace()):
            # Layout whitespace between tags: it only separates words, so it needs no index. Half the
            # nodes of a page are such text, hence the builder's space() written out here. lexbor tells
            # ASCII whitespace (nearly all of it) without the text being copied into a str; what it does not
            # count (nbsp, ideographic space) is still told by isspace.
            if parts:
                parts.append(" ")
        else:
            index += 1
            nodes.append(node)
            tags.append(tag)
            sizes.append(1)
            parents.append(parent)
            if tag == "-text":
                builder.add(text, index, parent_block, inherited)
            # Nothing inside an unreadable element is read, ends a line or is asked for by index: its
            # subtree is not entered.
            elif tag not in SKIP_TAGS or not is_unreadable(node, tag):
                if tag in LINE_BREAK_TAGS:
                    if parts:
                        builder.flush()
                elif tag == "img":
                    builder.image = True
                child = node.first_child
        if child is not None:
            above.append((parent, inherited, parent_block))
            parent = index
            if tag in BLOCK_TAGS:
                parent_block = index
            if tag == "a":
                inherited = 2
            node = child
        elif above:
            # The node after this subtree: a sibling, else the sibling of the nearest open element that has
            # one (never the root's own siblings).
            while (following := node.next) is None and above:
                sizes[parent] = index + 1 - parent
                node = nodes[parent]
                parent, inherited, parent_block = above.pop()
            node = following if above else None
        else:
            node = None
    builder.flush()
    result._size = sizes
    return result
