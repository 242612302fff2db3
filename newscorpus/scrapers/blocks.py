"""Turn a DOM subtree into the text blocks (paragraphs) a reader sees."""

from __future__ import annotations

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
        "link",
        "meta",
        "-comment",
    }
)
_FLUSH = object()


def block_lines(root: LexborNode) -> list[str]:
    """Paragraph texts under ``root`` in reading order; block tags and <br> end a paragraph.

    Iterative on purpose: pages nested thousands of levels deep must not hit Python's recursion limit.
    """
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = clean("".join(buffer))
        buffer.clear()
        if text:
            lines.append(text)

    stack: list[object] = list(reversed(list(root.iter(include_text=True))))
    while stack:
        item = stack.pop()
        if item is _FLUSH:
            flush()
            continue
        assert isinstance(item, LexborNode)
        tag = item.tag
        if tag == "-text":
            buffer.append(item.text_content or "")
        elif tag == "br":
            flush()
        elif tag in SKIP_TAGS or tag is None:
            continue
        elif tag in BLOCK_TAGS:
            flush()
            stack.append(_FLUSH)
            stack.extend(reversed(list(item.iter(include_text=True))))
        else:
            stack.extend(reversed(list(item.iter(include_text=True))))
    flush()
    return lines


def link_text_length(node: LexborNode) -> int:
    return sum(len(clean(a.text())) for a in node.css("a"))
