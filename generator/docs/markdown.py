"""Model documentation: botocore HTML -> Markdown -> text safe inside a Python docstring.

Botocore models carry documentation as loose HTML (``<p>``, ``<code>``, ``<a href>``,
lists, ``<note>``, ...). This module turns it into wrapped CommonMark for docstrings and
the reference site, using only :mod:`html.parser`:

* :func:`html_to_markdown` parses the HTML into a small tree, turns the tree into blocks
  (paragraphs, lists, code blocks) and renders them, wrapping prose at ``width``.
* :func:`docstring_literal` escapes Markdown so that it can be pasted between ``\"\"\"``
  quotes in generated source, whatever the model's documentation contains.
* :func:`first_sentence` gives the one-line summary for a docstring's first line.

Safety rules (the model is input we do not control):

* Text is Markdown-escaped where it would otherwise create markup (``*``, backticks,
  ``[``, ``]``, word-boundary ``_``, tag-like ``<``, entity-like ``&``, backslashes before
  punctuation), and a wrapped line never starts with something that would begin a list,
  heading, quote, fence, table rule or HTML block.
* Links keep only ``http``, ``https`` and ``mailto`` URLs (others keep just their text).
* Control characters, bidi overrides and lone surrogates are removed from the Markdown;
  the only line terminator in the output is ``"\\n"``.
"""

from __future__ import annotations

import enum
import re
import textwrap
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Union
from urllib.parse import quote

__all__ = ["docstring_literal", "escape_unsafe_text", "first_sentence", "html_to_markdown"]

# ---------------------------------------------------------------------------------------
# HTML -> tree
# ---------------------------------------------------------------------------------------

_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)
_DROPPED_TAGS = frozenset({"script", "style", "template"})
# The elements AWS documentation uses: the HTML ones and AWS's own. Any other "tag"
# without attributes is text that was not escaped, a placeholder such as
# ``arn:<partition>:states:<region>``, and is kept as written.
_ELEMENTS = frozenset(
    "a abbr address article aside b bdi bdo big blockquote body br caption center cite code "
    "col colgroup dd del details dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 "
    "h5 h6 head header hr html i img ins kbd label li link main mark meta nav ol p param pre "
    "q s samp section small source span strike strong sub summary sup table tbody td tfoot "
    "th thead title tr tt u ul var wbr area base embed input track script style template "
    "noscript iframe object form button select option textarea"
    # AWS documentation's own elements
    " fullname note important zonbook xhtml examples example".split()
)
_MAX_DEPTH = 64  # deeper nesting is flattened into the innermost open element


@dataclass
class _Element:
    """One HTML element: its tag, attributes and children (elements or text)."""

    tag: str
    attrs: dict[str, str]
    children: list[_Element | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """Builds an :class:`_Element` tree, tolerating unclosed and stray tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#root", {})
        self._stack: list[_Element] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open ``tag`` (closing an implied ``li``/``dt``/``dd`` first); keep a placeholder as text."""
        if tag not in _ELEMENTS and not attrs:
            self.handle_data(self.get_starttag_text() or f"<{tag}>")
            return
        self._close_implied(tag)
        values: dict[str, str] = {}
        for name, value in attrs:
            values.setdefault(name, value or "")
        element = _Element(tag, values)
        self._stack[-1].children.append(element)
        if tag not in _VOID_TAGS and len(self._stack) < _MAX_DEPTH:
            self._stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """``<x/>``: an element without children."""
        if tag not in _ELEMENTS and not attrs:
            self.handle_data(self.get_starttag_text() or f"<{tag}/>")
            return
        depth = len(self._stack)
        self.handle_starttag(tag, attrs)
        if len(self._stack) > depth:
            self._stack.pop()

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost open ``tag`` and everything inside it; ignore strays."""
        if tag not in _ELEMENTS and all(element.tag != tag for element in self._stack):
            self.handle_data(f"</{tag}>")
            return
        for index in range(len(self._stack) - 1, 0, -1):
            if self._stack[index].tag == tag:
                del self._stack[index:]
                return
        if tag == "br":  # browsers read </br> as <br>
            self.handle_starttag("br", [])

    def handle_data(self, data: str) -> None:
        """Append text, merging it with a preceding text child."""
        children = self._stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """Skip ``<![...]>`` sections that the standard parser rejects with an assertion."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def _close_implied(self, tag: str) -> None:
        """A new ``li`` closes the open ``li`` of the same list (``dt``/``dd`` likewise)."""
        if tag == "li":
            self._close_up_to({"li"}, {"ul", "ol"})
        elif tag in ("dt", "dd"):
            self._close_up_to({"dt", "dd"}, {"dl"})

    def _close_up_to(self, targets: set[str], boundaries: set[str]) -> None:
        for index in range(len(self._stack) - 1, 0, -1):
            current = self._stack[index].tag
            if current in boundaries:
                return
            if current in targets:
                del self._stack[index:]
                return


def _parse(html: str) -> _Element:
    """Parse ``html``; on a parser failure, fall back to its text with tags removed."""
    builder = _TreeBuilder()
    try:
        builder.feed(html)
        builder.close()
    except Exception:  # noqa: BLE001 - any parser failure degrades to plain text
        builder = _TreeBuilder()
        builder.feed(re.sub(r"<[^>]*>?", " ", html).replace("<", "&lt;"))
        builder.close()
    return builder.root


def _text_content(node: _Element | str) -> str:
    """All text below ``node`` (dropped elements excluded)."""
    if isinstance(node, str):
        return node
    if node.tag in _DROPPED_TAGS:
        return ""
    return "".join(_text_content(child) for child in node.children)


# ---------------------------------------------------------------------------------------
# Text cleaning and Markdown escaping
# ---------------------------------------------------------------------------------------

_SURROGATES = re.compile("[\ud800-\udfff]")
# Bidi marks, embeddings, overrides and isolates: they change how text around them reads.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# C0/C1 controls that are not whitespace, DEL, and the bidi controls.
_UNWANTED = re.compile(f"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f{_BIDI}]")
# What no generated text file holds raw: controls but tab and newline, DEL, the line and
# paragraph separators, the bidi controls, and lone surrogates (not encodable as UTF-8).
_UNSAFE_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_BIDI}\ud800-\udfff]")
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_WHITESPACE = re.compile(r"\s+")
_MD_SPECIAL = re.compile(
    r"\\(?![A-Za-z0-9])"  # a backslash that could escape what follows (or end a line)
    r"|[*`\[\]]"  # emphasis, code spans, links
    r"|(?<![^\W_])_|_(?![^\W_])"  # underscores that are not inside a word
    r"|<(?=[A-Za-z/!?])"  # raw HTML and autolinks
    r"|&(?=#?[A-Za-z0-9]+;)"  # entity references
)


def _clean(text: str) -> str:
    """Replace lone surrogates with U+FFFD and drop control and bidi-override characters."""
    return _UNWANTED.sub("", _SURROGATES.sub("\ufffd", text))


def escape_unsafe_text(text: str) -> str:
    """``text`` with each character no generated file may hold raw written as its escape.

    Controls (but tab and newline), DEL, U+2028/U+2029, bidi controls and lone
    surrogates become the Python escape sequence (``\\x1b``, ``\\u202e``), which
    Markdown shows as plain text: nothing is hidden, reordered or cut into lines. (The TOML
    and YAML templates write model text through ``tojson`` or validated names, so there
    this finds nothing to change.)
    """
    return _UNSAFE_TEXT.sub(lambda match: _escape_char(match.group()), text)


def _escape_markdown(text: str) -> str:
    """Backslash-escape the characters of plain ``text`` that Markdown would interpret."""
    return _MD_SPECIAL.sub(lambda match: "\\" + match.group(0), text)


# ---------------------------------------------------------------------------------------
# Inline content: tokens
# ---------------------------------------------------------------------------------------


class _Space(enum.Enum):
    """Separators between text pieces of a paragraph."""

    SP = "sp"  # ordinary whitespace: a line may break here
    SOFT = "soft"  # inside a code span or link text: break only if the unit cannot fit
    BR = "br"  # hard line break


_Token = Union[str, _Space]


@dataclass(frozen=True)
class _Style:
    """Inline formatting already in effect (markers are not nested twice)."""

    bold: bool = False
    italic: bool = False
    link: bool = False


_CODE_TAGS = frozenset({"code", "tt", "kbd", "samp", "pre"})
_BOLD_TAGS = frozenset({"b", "strong"})
_ITALIC_TAGS = frozenset({"i", "em", "cite", "var"})


def _text_tokens(text: str) -> list[_Token]:
    """Escaped words of a text node, with :attr:`_Space.SP` where it had whitespace."""
    tokens: list[_Token] = []
    for index, part in enumerate(_WHITESPACE.split(_escape_markdown(_clean(text)))):
        if index:
            tokens.append(_Space.SP)
        if part:
            tokens.append(part)
    return tokens


def _code_tokens(content: str) -> list[_Token]:
    """A code span: backtick fence longer than any backtick run inside, soft spaces."""
    cleaned = _clean(content)
    words = _WHITESPACE.split(cleaned.strip())
    if words == [""]:
        return [_Space.SP] if cleaned else []
    text = " ".join(words)
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    if len(fence) >= 3:  # a line starting with ``` could open a fenced block: never break
        words = [text]
    words[0] = fence + pad + words[0]
    words[-1] = words[-1] + pad + fence
    # Whitespace at the span's edges stays, outside it: "<code>Name </code>objects".
    tokens: list[_Token] = [_Space.SP] if cleaned[:1].isspace() else []
    for index, word in enumerate(words):
        if index:
            tokens.append(_Space.SOFT)
        tokens.append(word)
    if cleaned[-1:].isspace():
        tokens.append(_Space.SP)
    return tokens


def _trim(tokens: list[_Token]) -> tuple[list[_Token], list[_Token], list[_Token]]:
    """Split ``tokens`` into (leading space, content, trailing space)."""
    start, end = 0, len(tokens)
    while start < end and isinstance(tokens[start], _Space):
        start += 1
    while end > start and isinstance(tokens[end - 1], _Space):
        end -= 1
    lead: list[_Token] = [_Space.SP] if start else []
    trail: list[_Token] = [_Space.SP] if end < len(tokens) and end > start else []
    return lead, tokens[start:end], trail


def _enclose(marker: str, tokens: list[_Token]) -> list[_Token]:
    """``marker`` + content + ``marker``, keeping edge whitespace outside the markers.

    Trailing sentence punctuation goes after the closing marker too: CommonMark
    does not close emphasis at a marker between punctuation and a letter, so
    ``**Standard queues:**Use`` would print its asterisks.
    """
    lead, body, trail = _trim(tokens)
    if not body:
        return lead
    last = body[-1]
    punctuation = ""
    if isinstance(last, str):
        kept = last.rstrip(".,:;!?")
        if kept and not kept.endswith("\\"):
            punctuation = last[len(kept) :]
            body = body[:-1] + [kept]
    return lead + [marker] + body + [marker] + ([punctuation] if punctuation else []) + trail


def _safe_url(href: str) -> str | None:
    """``href`` percent-encoded for a Markdown link, or None unless http(s)/mailto."""
    url = re.sub(r"[\t\n\r]", "", _clean(href)).strip(" \x0b\x0c\x1c\x1d\x1e\x1f")
    scheme, colon, _ = url.partition(":")
    if not colon or scheme.lower() not in ("http", "https", "mailto"):
        return None
    return quote(url, safe="!#$%&'*+,/:;=?@[]~-._")


def _link_tokens(element: _Element, style: _Style) -> list[_Token]:
    """``[text](url)`` with soft spaces in the text; only the text for unsafe URLs."""
    body = _inline_children(element, _Style(style.bold, style.italic, link=True))
    url = None if style.link else _safe_url(element.attrs.get("href", ""))
    if url is None:
        return body
    lead, text, trail = _trim(body)
    if not text:
        return lead + [f"<{url}>"]
    softened: list[_Token] = [_Space.SOFT if isinstance(t, _Space) else t for t in text]
    return lead + ["["] + softened + [f"]({url})"] + trail


def _inline_children(element: _Element, style: _Style) -> list[_Token]:
    tokens: list[_Token] = []
    for child in element.children:
        tokens.extend(_inline(child, style))
    return tokens


def _inline(node: _Element | str, style: _Style) -> list[_Token]:
    """Tokens of ``node`` in inline context (block elements become spaced text)."""
    if isinstance(node, str):
        return _text_tokens(node)
    tag = node.tag
    if tag in _DROPPED_TAGS:
        return []
    if tag == "br":
        return [_Space.BR]
    if tag in _CODE_TAGS:
        return _code_tokens(_text_content(node))
    if tag == "a":
        return _link_tokens(node, style)
    if tag in _BOLD_TAGS and not style.bold:
        return _enclose("**", _inline_children(node, _Style(True, style.italic, style.link)))
    if tag in _ITALIC_TAGS and not style.italic:
        return _enclose("*", _inline_children(node, _Style(style.bold, True, style.link)))
    tokens = _inline_children(node, style)
    if tag not in _KNOWN_BLOCK_TAGS:  # inline and unknown elements: just their content
        return tokens
    return [_Space.SP] + tokens + [_Space.SP]


def _normalize(tokens: list[_Token]) -> list[_Token]:
    """Merge adjacent text, collapse runs of spaces (BR > SP > SOFT), strip the ends."""
    out: list[_Token] = []
    pending: _Space | None = None
    for token in tokens:
        if isinstance(token, _Space):
            if pending is None or _SPACE_RANK[token] > _SPACE_RANK[pending]:
                pending = token
        elif token:
            if out and pending is not None:
                out.append(pending)
            if out and pending is None and isinstance(out[-1], str):
                out[-1] = out[-1] + token
            else:
                out.append(token)
            pending = None
    return out


_SPACE_RANK = {_Space.SOFT: 0, _Space.SP: 1, _Space.BR: 2}

# ---------------------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------------------


@dataclass
class _Para:
    """A paragraph: normalized inline tokens."""

    tokens: list[_Token]


@dataclass
class _List:
    """A bullet (``ordered=False``) or numbered list; each item is a list of blocks."""

    ordered: bool
    start: int
    items: list[list[_Block]]


@dataclass
class _Code:
    """A fenced code block (from ``<pre>``)."""

    text: str


_Block = Union[_Para, _List, _Code]

_INLINE_TAGS = frozenset(_CODE_TAGS - {"pre"}) | _BOLD_TAGS | _ITALIC_TAGS | {"a", "br"}
_PARAGRAPH_TAGS = frozenset(
    {"p", "div", "section", "article", "blockquote", "fullname", "center", "address"}
    | {"table", "thead", "tbody", "tfoot", "tr", "caption", "dl", "dd", "hr", "figure"}
    | {"header", "footer", "main", "nav", "aside", "details", "summary", "form", "body"}
)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt"})
_CALLOUTS = {"note": "**Note:**", "important": "**Important:**"}
_KNOWN_BLOCK_TAGS = (
    _PARAGRAPH_TAGS | _HEADING_TAGS | frozenset(_CALLOUTS) | {"ul", "ol", "li", "td", "th"}
)


class _BlockBuilder:
    """Collects the blocks of one container (document, list item, note)."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self._tokens: list[_Token] = []

    def add(self, node: _Element | str) -> None:
        """Add ``node``: text and inline elements extend the open paragraph."""
        if isinstance(node, str):
            self._tokens.extend(_text_tokens(node))
            return
        tag = node.tag
        if tag in _DROPPED_TAGS:
            return
        if tag in _INLINE_TAGS or tag in ("td", "th"):
            self._tokens.extend(_inline(node, _Style()))
        elif tag == "pre":
            self._add_block(_code_block(node))
        elif tag in ("ul", "ol"):
            self._add_block(_list_block(node))
        elif tag == "li":  # an item outside any list
            self._add_block(_List(False, 1, [b for b in [_blocks_of(node.children)] if b]))
        elif tag in _CALLOUTS:
            self._add_callout(_CALLOUTS[tag], node)
        elif tag in _HEADING_TAGS:
            bold = _inline_children(node, _Style(bold=True))
            self._add_block(_Para(_normalize(_enclose("**", bold))))
        else:  # paragraph-like containers and unknown tags (their content, in place)
            if tag in _PARAGRAPH_TAGS:
                self._flush()
            for child in node.children:
                self.add(child)
            if tag in _PARAGRAPH_TAGS:
                self._flush()

    def result(self) -> list[_Block]:
        """The blocks, with empty ones removed."""
        self._flush()
        return [block for block in self.blocks if not _is_empty(block)]

    def _add_block(self, block: _Block) -> None:
        self._flush()
        self.blocks.append(block)

    def _add_callout(self, label: str, node: _Element) -> None:
        inner = _blocks_of(node.children)
        if not inner:
            return
        first = inner[0]
        if isinstance(first, _Para):
            prefix: list[_Token] = [label, _Space.SP]
            inner[0] = _Para(prefix + first.tokens)
        else:
            inner.insert(0, _Para([label]))
        self._flush()
        self.blocks.extend(inner)

    def _flush(self) -> None:
        tokens = _normalize(self._tokens)
        self._tokens = []
        if tokens:
            self.blocks.append(_Para(tokens))


def _is_empty(block: _Block) -> bool:
    if isinstance(block, _Para):
        return not block.tokens
    if isinstance(block, _List):
        return not block.items
    return not block.text


def _blocks_of(nodes: list[_Element | str]) -> list[_Block]:
    builder = _BlockBuilder()
    for node in nodes:
        builder.add(node)
    return builder.result()


def _list_block(element: _Element) -> _List:
    """A list; content outside ``<li>`` joins the preceding item (or starts one)."""
    builders: list[_BlockBuilder] = []
    for child in element.children:
        if isinstance(child, _Element) and child.tag == "li":
            builders.append(_BlockBuilder())
            for grandchild in child.children:
                builders[-1].add(grandchild)
            continue
        if isinstance(child, str) and not child.strip():
            continue
        if not builders:
            builders.append(_BlockBuilder())
        builders[-1].add(child)
    items = [blocks for blocks in (b.result() for b in builders) if blocks]
    start = element.attrs.get("start", "1").strip()
    number = int(start) if start.isascii() and start.isdigit() and len(start) < 10 else 1
    return _List(element.tag == "ol", number, items)


def _code_block(element: _Element) -> _Code:
    """Preformatted text: lines kept, tabs expanded, common indentation removed."""
    text = _clean(_text_content(element))
    lines = [_CONTROLS.sub("", line.expandtabs()).rstrip() for line in text.splitlines()]
    return _Code(textwrap.dedent("\n".join(lines)).strip("\n"))


# ---------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------

_MIN_WIDTH = 20
# A line starting with one of these would begin a list, heading, quote, rule, fence,
# setext underline, table row or HTML block instead of continuing the paragraph.
_UNSAFE_LINE_START = re.compile(
    r"[-=_*+|:#]+$|\d{1,9}[.)]$|>|```|~~~|<(?![A-Za-z][A-Za-z0-9+.-]*:)"  # autolinks are safe
)


def _escape_line_start(word: str) -> str:
    """Backslash-escape ``word`` if, at the start of a line, it would be markup."""
    if not _UNSAFE_LINE_START.match(word):
        return word
    if word[0].isdigit():
        return word[:-1] + "\\" + word[-1]
    return "\\" + word


def _words(tokens: list[_Token]) -> list[list[str] | None]:
    """Group tokens into words (lists of soft-separated parts); None is a hard break.

    A part that must not start a line is glued to the part before it with a space, and
    the first word of each line (paragraph start, after a hard break) is escaped.
    """
    words: list[list[str] | None] = []
    current = [""]
    line_start = True
    for token in tokens + [_Space.SP]:
        if isinstance(token, str):
            current[-1] = current[-1] + token
        elif token is _Space.SOFT:
            current.append("")
        else:
            parts = [part for part in current if part]
            current = [""]
            if parts:
                _add_word(words, parts, line_start)
                line_start = False
            if token is _Space.BR and words and words[-1] is not None:
                words.append(None)
                line_start = True
    while words and words[-1] is None:
        words.pop()
    return words


def _add_word(words: list[list[str] | None], parts: list[str], line_start: bool) -> None:
    """Append a word to ``words``, merging it into the previous one if it must not
    start a line (or escaping it where a line starts anyway)."""
    merged = [parts[0]]
    for part in parts[1:]:
        if _UNSAFE_LINE_START.match(part):
            merged[-1] = merged[-1] + " " + part
        else:
            merged.append(part)
    previous = words[-1] if words else None
    if line_start:
        merged[0] = _escape_line_start(merged[0])
        words.append(merged)
    elif previous is not None and _UNSAFE_LINE_START.match(merged[0]):
        previous[-1] = previous[-1] + " " + merged[0]
        previous.extend(merged[1:])
    else:
        words.append(merged)


def _wrap(tokens: list[_Token], width: int) -> list[str]:
    """Greedy wrap; a word's soft parts are split only when the word cannot fit a line."""
    lines: list[str] = []
    line = ""
    for word in _words(tokens):
        if word is None:
            lines.append(line + "\\")
            line = ""
            continue
        whole = " ".join(word)
        if not line and len(whole) <= width:
            line = whole
        elif line and len(line) + 1 + len(whole) <= width:
            line = line + " " + whole
        elif line and len(whole) <= width:
            lines.append(line)
            line = whole
        else:
            for part in word:
                if line and len(line) + 1 + len(part) > width:
                    lines.append(line)
                    line = ""
                line = line + " " + part if line else part
    if line:
        lines.append(line)
    return lines


def _render_code(block: _Code) -> list[str]:
    longest = max((len(run) for run in re.findall("`+", block.text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence, *block.text.split("\n"), fence]


def _render_list(block: _List, width: int) -> list[str]:
    rendered: list[list[str]] = []
    loose = False
    for number, item in enumerate(block.items, start=block.start):
        marker = f"{number}. " if block.ordered else "- "
        body, item_loose = _render_blocks(item, max(width - len(marker), _MIN_WIDTH), True)
        loose = loose or item_loose
        pad = " " * len(marker)
        first = marker + body[0] if body[0] else marker.rstrip()
        rendered.append([first] + [pad + line if line else "" for line in body[1:]])
    lines: list[str] = []
    for item_lines in rendered:
        if lines and loose:
            lines.append("")
        lines.extend(item_lines)
    return lines


def _render_block(block: _Block, width: int) -> list[str]:
    if isinstance(block, _Para):
        return _wrap(block.tokens, width)
    if isinstance(block, _List):
        return _render_list(block, width)
    return _render_code(block)


def _tight(previous: _Block, block: _Block) -> bool:
    """In a list item, a list may follow its paragraph without a blank line."""
    return (
        isinstance(previous, _Para)
        and isinstance(block, _List)
        and (not block.ordered or block.start == 1)
    )


def _render_blocks(blocks: list[_Block], width: int, in_item: bool) -> tuple[list[str], bool]:
    """Lines of ``blocks`` and whether a blank line separates two of them."""
    lines: list[str] = []
    blank = False
    for index, block in enumerate(blocks):
        if index and not (in_item and _tight(blocks[index - 1], block)):
            lines.append("")
            blank = True
        lines.extend(_render_block(block, width))
    return lines or [""], blank


def html_to_markdown(html: str, width: int = 88) -> str:
    """Convert botocore documentation HTML to wrapped CommonMark.

    Paragraphs are separated by a blank line; ``code`` becomes a code span, ``b``/``strong``
    ``**bold**``, ``i``/``em`` ``*italic*``, ``a href`` a link (http, https and mailto only),
    ``ul``/``ol`` nested ``- ``/``1. `` lists, ``note``/``important`` paragraphs starting
    with ``**Note:**``/``**Important:**`` and ``pre`` a fenced code block. Unknown tags give
    their text content. Prose is wrapped at ``width`` columns, at least 20 (list
    continuation lines are indented under the item's text; code spans and link texts are
    broken only when they cannot fit a line); only a token that cannot be broken, such as
    a long URL, makes a line longer. The result has no leading or trailing whitespace.
    """
    blocks = _blocks_of(_parse(html).children)
    lines, _ = _render_blocks(blocks, max(width, _MIN_WIDTH), False)
    return "\n".join(lines).strip("\n")


# ---------------------------------------------------------------------------------------
# Docstring literals
# ---------------------------------------------------------------------------------------

_NAMED_ESCAPES = {"\t": "\\t", "\r": "\\r", "\\": "\\\\"}


def _escape_char(char: str) -> str:
    """A Python escape sequence for a character that must not appear raw in source."""
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _escape_source_line(line: str, first: bool, last: bool) -> str:
    """Escape one line of a docstring for Python source.

    Backslashes and non-printable characters become escapes, a third consecutive quote is
    escaped, and so are a quote or space that starts the docstring (``first``), a quote
    that ends it (``last``; it would merge with the closing quotes) and trailing spaces.
    """
    out: list[str] = []
    quotes = 0
    for index, char in enumerate(line):
        if char == '"':
            quotes += 1
            if last and index == len(line) - 1:
                out.append("\\x22")
            elif quotes == 3 or (first and index == 0):
                out.append('\\"')
                quotes = 0
            else:
                out.append(char)
            continue
        quotes = 0
        out.append(char if char.isprintable() and char != "\\" else _escape_char(char))
    if out and out[-1] == " ":  # no trailing whitespace in generated source
        out[-1] = "\\x20"
    if first and out and out[0] == " ":  # black and cleandoc strip a leading space
        out[0] = "\\x20"
    return "".join(out)


def docstring_literal(markdown: str, indent: str) -> str:
    """Return ``markdown`` as source text to put between ``\"\"\"`` quotes at ``indent``.

    The result never contains ``\"\"\"``, does not start or end with a quote or a space,
    escapes every backslash (so ``\\d`` or ``\\N{...}`` stay literal) and writes every
    non-printable character (``\\r``, NUL, other controls, U+0085, U+2028, U+2029, form
    feed, lone surrogates, bidi controls, ...) as an escape sequence: the source has no
    line break other than ``\\n``, no trailing whitespace and is valid UTF-8. Lines after
    the first are prefixed with ``indent`` (empty lines stay empty); the value of the
    literal, with that prefix removed again, equals ``markdown`` exactly.

    For ``inspect.cleandoc`` and black to give back exactly ``markdown``, start the text
    on its own line: ``'\"\"\"\\n' + indent + literal + '\\n' + indent + '\"\"\"'``.
    """
    if indent.strip(" \t"):
        raise ValueError(f"indent must be spaces or tabs, got {indent!r}")
    lines = markdown.split("\n")
    last = len(lines) - 1
    escaped = [_escape_source_line(line, i == 0, i == last) for i, line in enumerate(lines)]
    return "\n".join(indent + line if line and i else line for i, line in enumerate(escaped))


# ---------------------------------------------------------------------------------------
# One-line summaries
# ---------------------------------------------------------------------------------------

_LIST_MARKER = re.compile(r"(?:[-+*]|\d{1,9}[.)])[ \t]+")
_CODE_SPAN = re.compile(r"(?<![`\\])(`+)(?!`).+?(?<!`)\1(?!`)")
_LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)")
_EMPHASIS = re.compile(r"(\*\*?)(?![\s*])(?:\\.|[^*\\])+?(?<!\s)\1(?!\*)")
_ABBREVIATIONS = frozenset({"e.g", "i.e", "vs", "approx"})


def _first_paragraph(markdown: str) -> str:
    """The first prose paragraph, whitespace collapsed (code blocks skipped; of a list,
    the first item without its marker)."""
    lines = markdown.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if line.startswith(("```", "~~~")):
            index += 1
            while index < len(lines) and not lines[index].strip().startswith(line[:3]):
                index += 1
        elif line:
            break
        index += 1
    collected: list[str] = []
    for line in lines[index:]:
        stripped = line.strip()
        if not stripped or (collected and _LIST_MARKER.match(stripped)):
            break
        collected.append(stripped if collected else _LIST_MARKER.sub("", stripped, count=1))
    return " ".join(" ".join(collected).split())


def _spans(text: str) -> list[tuple[int, int, str]]:
    """Code spans, links and emphasis of ``text``: (start, end, closing marker)."""
    spans = [(m.start(), m.end(), m.group(1)) for m in _CODE_SPAN.finditer(text)]
    spans += [(m.start(), m.end(), m.group(1)) for m in _EMPHASIS.finditer(text)]
    spans += [(m.start(), m.end(), "") for m in _LINK.finditer(text)]
    return spans


def _inside(position: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(start < position < end for start, end, _ in spans)


def _sentence_end(text: str) -> int:
    """Index just after the first ``". "`` that ends a sentence, else ``len(text)``."""
    spans = _spans(text)
    for match in re.finditer(r"\. ", text):
        word = text[: match.start()].rsplit(" ", 1)[-1].lstrip("(\"'*_`[").lower()
        if word not in _ABBREVIATIONS and not _inside(match.start() + 1, spans):
            return match.start() + 1
    return len(text)


def _cut(text: str, room: int, spans: list[tuple[int, int, str]]) -> int | None:
    """The position of the last space within ``room`` characters that is not in a span."""
    for position in range(min(room, len(text) - 1), 0, -1):
        if text[position] == " " and not _inside(position, spans):
            return position
    return None


def _truncate(text: str, limit: int) -> str:
    """Cut ``text`` to at most about ``limit`` characters at a word boundary, add "..."."""
    room = max(limit - 3, 1)
    unlinked = _LINK.sub(r"\1", text)
    for attempt in (text, unlinked):
        position = _cut(attempt, room, _spans(attempt))
        if position is not None:
            return attempt[:position].rstrip(" ,;:") + "..."
    # Only long code spans or emphasis are left: cut inside them and close them again.
    spans = _spans(unlinked)
    for space in range(room, 0, -1):
        head = _close_spans(unlinked, _cut(unlinked, space, []) or space, spans)
        if len(head) <= room:
            return head + "..."
    return "..."


def _close_spans(text: str, position: int, spans: list[tuple[int, int, str]]) -> str:
    """``text[:position]`` with the markers of the spans it cuts into appended."""
    head = text[:position].rstrip()
    for start, _, marker in sorted((s for s in spans if s[0] < position < s[1]), reverse=True):
        if len(head) <= start + len(marker):  # nothing of the span's content is left
            head = text[:start].rstrip()
        else:
            head = head.rstrip() + marker
    return head.rstrip(" ,;:")


def first_sentence(markdown: str, limit: int = 100) -> str:
    """A one-line summary: the first sentence of the first paragraph of ``markdown``.

    The sentence ends at the first ``". "`` outside code spans and links (``e.g.`` and
    similar abbreviations do not end it) or at the end of the paragraph. A longer result
    is cut at a word boundary, outside code spans and links where possible, to at most
    ``limit`` characters ending in ``"..."``.
    """
    paragraph = _first_paragraph(markdown)
    sentence = paragraph[: _sentence_end(paragraph)]
    if len(sentence) <= limit:
        return sentence
    return _truncate(sentence, limit)
