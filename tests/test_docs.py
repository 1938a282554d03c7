"""Tests of generator.docs: botocore HTML -> Markdown -> docstring literal, and summaries.

Besides unit cases per construct, every documentation string of the pinned model and a
set of hostile strings (fixed and seeded-random) are pushed through the whole pipeline
and the generated source is compiled: it must parse and give back exactly the Markdown.
"""

from __future__ import annotations

import ast
import inspect
import json
import random
import re
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.docs.markdown import _ELEMENTS, docstring_literal, first_sentence, html_to_markdown

MODEL = (
    Path(__file__).resolve().parent.parent
    / "models/partnercentral-selling/2022-07-26/service-2.json"
)
INDENT = "    "


def model_docs() -> list[tuple[str, str]]:
    """(where, html) for every documentation string of the model."""
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    docs: list[tuple[str, str]] = []
    if "documentation" in model:
        docs.append(("service", model["documentation"]))
    for name, operation in sorted(model["operations"].items()):
        if "documentation" in operation:
            docs.append((f"operation {name}", operation["documentation"]))
    for name, shape in sorted(model["shapes"].items()):
        if "documentation" in shape:
            docs.append((f"shape {name}", shape["documentation"]))
        for member, spec in sorted(shape.get("members", {}).items()):
            if "documentation" in spec:
                docs.append((f"member {name}.{member}", spec["documentation"]))
    return docs


MODEL_DOCS = model_docs()

HOSTILE = [
    '"""; import os; os.system("x")  #',
    "'''; import os; os.system('x')  #",
    '"',
    '""',
    '"""',
    '""""',
    '"""""""',
    'ends with a quote"',
    'ends with two quotes""',
    '"starts with a quote',
    "\\",
    "\\\\",
    "trailing backslash\\",
    r"pattern ^[a-z]\d+\.\w*$ and \N{EM DASH} and \u2028 and \x00",
    "\\\n\\",
    '\\"""',
    "line one\rline two\r\nline three\n",
    "nul \x00 byte",
    "bell \x07 esc \x1b[31mred\x1b[0m",
    "form\x0cfeed and vertical\x0btab",
    "next line \x85 here",
    "line\u2028separator and paragraph\u2029separator",
    "file\x1cgroup\x1drecord\x1eunit\x1fseparators",
    "lone \ud800 surrogate and \udfff too",
    "bidi \u202egnirts\u202c and \u2066isolate\u2069",
    "zero\u200bwidth and bom \ufeff",
    "nbsp\xa0and ideographic\u3000space",
    "tab\tseparated\tvalues",
    "   leading and trailing spaces   ",
    "\n\n\nleading newlines",
    "trailing newlines\n\n\n",
    "",
    " ",
    "emoji \U0001f600 and astral \U00010000",
    "{braces} %s %(name)s {0}",
    "# not a heading\n- not a list\n> not a quote\n```\nnot a fence",
    "<p>html in text</p>",
    "</code>`unbalanced `` ticks```",
    "*star* _under_ **bold** [x](javascript:alert(1))",
    "\x7f delete and \x9b csi",
]


def hostile_random(count: int, seed: int) -> list[str]:
    """Random strings over quotes, backslashes, controls, separators and markup."""
    alphabet = (
        list("\"'\\`*_[]()<>&#;:!-+=|~ \t\n\r\x0b\x0cabcXYZ019./")
        + ["\x00", "\x1b", "\x1c", "\x1f", "\x7f", "\x85", "\xa0", "\u2028", "\u2029"]
        + ["\ud800", "\udc00", "\ufeff", "\u202e", "\U0001f600", '"""', "\\N{", "\r\n"]
        + ["<p>", "</p>", "<code>", "</code>", "<b>", "<i>", "<ul>", "<li>", "<br>"]
        + ['<a href="', '">', "</a>", "&lt;", "&amp;", "&#39;", "&#0;", "<pre>", "<note>"]
    )
    rng = random.Random(seed)
    return ["".join(rng.choices(alphabet, k=rng.randint(0, 60))) for _ in range(count)]


RANDOM = hostile_random(400, seed=20220726)


def function_source(literal: str) -> str:
    """The shape the task asks for: the docstring starts right after the quotes."""
    return f'def f():\n    """{literal}"""\n'


def template_source(literal: str) -> str:
    """The recommended shape: the docstring text starts on its own line."""
    return f'def f():\n    """\n    {literal}\n    """\n'


def raw_docstring(source: str) -> str:
    """Compile ``source`` (must not raise) and return f's docstring, uncleaned."""
    compile(source, "<generated>", "exec")
    tree = ast.parse(source)
    assert len(tree.body) == 1, "the docstring must not leak statements"
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 1
    docstring = ast.get_docstring(function, clean=False)
    assert docstring is not None
    return docstring


def unindent(text: str, indent: str) -> str:
    """Remove ``indent`` from every line after the first (undo docstring_literal)."""
    lines = text.split("\n")
    for index in range(1, len(lines)):
        if lines[index]:
            assert lines[index].startswith(indent), repr(lines[index])
            lines[index] = lines[index][len(indent) :]
    return "\n".join(lines)


def assert_round_trip(markdown: str) -> None:
    """The literal compiles in both shapes and gives back ``markdown`` exactly."""
    literal = docstring_literal(markdown, INDENT)
    assert unindent(raw_docstring(function_source(literal)), INDENT) == markdown
    template = raw_docstring(template_source(literal))
    assert unindent(template, INDENT) == "\n" + markdown + "\n"


def assert_clean_markdown(markdown: str) -> None:
    """Invariants of html_to_markdown's output."""
    assert markdown == markdown.strip()
    assert len(markdown.splitlines()) == markdown.count("\n") + 1 or markdown == ""
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e]", markdown)
    assert all(line == line.rstrip() for line in markdown.split("\n"))


def md(html: str, width: int = 88) -> str:
    return html_to_markdown(html, width)


# --------------------------------------------------------------------------- constructs


def test_paragraphs_blank_line_and_collapsed_whitespace() -> None:
    html = "<p>  First\n   paragraph\t here. </p>  <p>Second</p>"
    assert md(html) == "First paragraph here.\n\nSecond"


def test_stray_text_and_empty_input() -> None:
    assert md("Just text,\n no tags.") == "Just text, no tags."
    assert md("") == ""
    assert md("   <p> </p> <p></p>  ") == ""


def test_text_around_blocks() -> None:
    assert md("before<p>inside</p>after") == "before\n\ninside\n\nafter"


def test_entities() -> None:
    assert md("<p>a &lt; b &amp;&amp; c &#39;d&#39; &quot;e&quot; &gt; f</p>") == (
        "a < b && c 'd' \"e\" > f"
    )
    assert md("<p>&lt;tag&gt; and &amp;lt;</p>") == "\\<tag> and \\&lt;"


def test_code_spans() -> None:
    assert md("<p>Use <code>ListSolutions</code>.</p>") == "Use `ListSolutions`."
    assert md("<p><code> a \n  b </code></p>") == "`a b`"
    assert md("<p><code>x`y</code></p>") == "``x`y``"
    assert md("<p><code>`x</code></p>") == "`` `x ``"
    assert md("<p><code>a*b_c[d]</code></p>") == "`a*b_c[d]`"
    assert md("<p>x<code> </code>y</p>") == "x y"  # the HTML's text has the space


def test_bold_and_italic() -> None:
    assert md("<p><b>bold</b> and <strong>strong</strong></p>") == "**bold** and **strong**"
    assert md("<p><i>it</i> and <em>em</em></p>") == "*it* and *em*"
    assert md("<p><b>Note: </b>text</p>") == "**Note**: text"
    assert md("<p><b><b>twice</b></b> <b><i>both</i></b></p>") == "**twice** ***both***"
    assert md("<p>x<b> </b>y</p>") == "x y"
    assert md("<p><b><code>Code</code></b></p>") == "**`Code`**"


def test_links() -> None:
    assert md('<p>See <a href="https://aws.amazon.com/x">the docs</a>.</p>') == (
        "See [the docs](https://aws.amazon.com/x)."
    )
    assert md('<a href="http://a.example">h</a>') == "[h](http://a.example)"
    assert md('<a href="mailto:a@example.com">mail</a>') == "[mail](mailto:a@example.com)"
    assert md('<a href="HTTPS://A.example">up</a>') == "[up](HTTPS://A.example)"
    assert md('<a href="https://a.example/x y(1)">t</a>') == (
        "[t](https://a.example/x%20y%281%29)"
    )
    assert md('<a href="https://a.example/x"></a>') == "<https://a.example/x>"
    assert md('<a href="https://a.example"><code>Op</code> x</a>') == (
        "[`Op` x](https://a.example)"
    )


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java&#x09;script:alert(1)",
        "java\nscript:alert(1)",
        "javascript&#58;alert(1)",
        "data:text/html,<script>x</script>",
        "vbscript:x",
        "file:///etc/passwd",
        "/relative/path",
        "#anchor",
        "",
    ],
)
def test_unsafe_links_keep_only_text(href: str) -> None:
    assert md(f'<p>go <a href="{href}">there</a> now</p>') == "go there now"


def test_nested_links_keep_inner_text() -> None:
    html = '<a href="https://a.example">x <a href="https://b.example">y</a></a>'
    assert "b.example" not in md(html)


def test_unordered_and_ordered_lists() -> None:
    assert md("<ul><li>one</li><li><p>two</p></li></ul>") == "- one\n- two"
    assert md("<ol><li>one</li><li>two</li></ol>") == "1. one\n2. two"
    assert md('<ol start="3"><li>three</li><li>four</li></ol>') == "3. three\n4. four"
    assert md("<p>Intro:</p><ul><li>a</li></ul><p>After.</p>") == "Intro:\n\n- a\n\nAfter."


def test_nested_lists_are_indented() -> None:
    html = "<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>"
    assert md(html) == "- a\n  - b\n    1. c\n- d"


def test_loose_list_items_are_separated() -> None:
    html = "<ul><li><p>a</p><p>more a</p></li><li><p>b</p></li></ul>"
    assert md(html) == "- a\n\n  more a\n\n- b"


def test_unclosed_list_items() -> None:
    assert md("<ul><li>a<li>b</ul>") == "- a\n- b"
    assert md("<li>stray</li>") == "- stray"
    assert md("<ul><li></li><li> </li></ul>") == ""


def test_list_continuation_lines_are_indented() -> None:
    words = " ".join(["word"] * 30)
    out = md(f"<ul><li>{words}</li></ul><ol><li>{words}</li></ol>", width=40)
    for line in out.split("\n"):
        assert len(line) <= 40
        assert line.startswith(("- ", "  ", "1. ", "   ")) or not line
    assert "\n  word" in out and "\n   word" in out


def test_note_and_important() -> None:
    assert md("<p>Text.</p><note><p>Be careful.</p></note>") == ("Text.\n\n**Note:** Be careful.")
    assert md("<important>Inline only</important>") == "**Important:** Inline only"
    assert md("<note><ul><li>x</li></ul></note>") == "**Note:**\n\n- x"
    assert md("<note> </note>") == ""


def test_fullname_examples_and_unknown_tags() -> None:
    assert md("<fullname>Partner Central</fullname><p>API.</p>") == "Partner Central\n\nAPI."
    assert md("<p>a <span>b</span> <foo bar='1'>c</foo></p>") == "a b c"
    assert md("<examples><p>Example one</p></examples>") == "Example one"


def test_placeholders_that_look_like_tags_are_kept() -> None:
    html = "<p><code>arn:<partition>:states:<region>:stateMachine:<myMachine:PROD></code></p>"
    assert md(html) == "`arn:<partition>:states:<region>:stateMachine:<myMachine:PROD>`"
    assert md("<p>Use <default> or <b>bold</b>.</p>") == "Use \\<default> or **bold**."
    assert md("<p><zonbook></zonbook><xhtml></xhtml>Text</p>") == "Text"


@settings(max_examples=200, deadline=None)
@given(
    names=st.lists(
        st.from_regex(r"[A-Za-z][A-Za-z0-9_:.-]{0,20}", fullmatch=True).filter(
            lambda name: name.lower() not in _ELEMENTS
        ),
        min_size=1,
        max_size=4,
    ),
    words=st.lists(st.from_regex(r"[a-z0-9.:/-]{1,8}", fullmatch=True), min_size=1, max_size=5),
)
def test_any_placeholder_in_code_survives(names: list[str], words: list[str]) -> None:
    """A name in angle brackets that is no HTML element is text: none is lost, in any code."""
    text = "".join(f"{word}<{name}>" for word, name in zip(words * len(names), names))
    assert md(f"<p><code>{text}</code></p>") == f"`{text}`"


def test_br_is_a_hard_line_break() -> None:
    assert md("<p>one<br>two<br/>three</p>") == "one\\\ntwo\\\nthree"
    assert md("<p><br>one<br><br></p>") == "one"


def test_definition_lists() -> None:
    html = "<dl><dt>Term</dt><dd>Meaning one.</dd><dt>Other</dt><dd>Meaning two.</dd></dl>"
    assert md(html) == "**Term**\n\nMeaning one.\n\n**Other**\n\nMeaning two."


def test_pre_is_a_fenced_code_block() -> None:
    html = "<p>Example:</p><pre>  x = 1\n    y = [a &lt; b]\n</pre>"
    assert md(html) == "Example:\n\n```\nx = 1\n  y = [a < b]\n```"
    assert md("<pre>a\n```\nb</pre>") == "````\na\n```\nb\n````"
    assert md("<ul><li>x<pre>code\n\nmore</pre></li></ul>") == (
        "- x\n\n  ```\n  code\n\n  more\n  ```"
    )


def test_script_and_style_are_dropped() -> None:
    assert md("<p>a<script>alert(1)</script>b<style>p{}</style></p>") == "ab"


def test_markdown_characters_in_text_are_escaped() -> None:
    assert md("<p>2 * 3 and [x] and `y`</p>") == "2 \\* 3 and \\[x\\] and \\`y\\`"
    assert md("<p>_x_ SNAKE_CASE_NAME</p>") == "\\_x\\_ SNAKE_CASE_NAME"
    assert md(r"<p>regex \d+ and \( and C:\ end\</p>") == r"regex \d+ and \\( and C:\\ end\\"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- not a list", "\\- not a list"),
        ("+ no", "\\+ no"),
        ("1. not ordered", "1\\. not ordered"),
        ("2) no", "2\\) no"),
        ("# not a heading", "\\# not a heading"),
        ("&gt; not a quote", "\\> not a quote"),
        ("--- no rule", "\\--- no rule"),
        ("=== no", "\\=== no"),
        ("~~~ no fence", "\\~~~ no fence"),
    ],
)
def test_paragraph_never_starts_with_block_markup(text: str, expected: str) -> None:
    assert md(f"<p>{text}</p>") == expected
    assert md(f"<ul><li>{text}</li></ul>") == "- " + expected


def test_wrapped_lines_never_start_with_block_markup() -> None:
    rng = random.Random(7)
    vocab = ["word", "-", "+", "1.", "2)", "#", "##", ">", "&gt;x", "=", "---", "|", ":"]
    vocab += ["<code>- x</code>", "<code>a | - | b</code>", "<b>*</b>", "longerword"]
    unsafe = re.compile(r"\s*(?:[-+*]|\d+[.)]|#{1,6})(?:\s|$)|\s*(?:>|[-=_*]+$|\|)")
    for _ in range(200):
        html = "<p>" + " ".join(rng.choices(vocab, k=40)) + "</p>"
        for width in (20, 30, 45):
            lines = md(html, width).split("\n")
            for line in lines[1:]:
                assert not unsafe.match(line), (html, width, line)


def test_wrapping_respects_width_and_keeps_code_spans() -> None:
    html = "<p>" + " ".join(f"<code>Pending Submission {i}</code>" for i in range(12)) + "</p>"
    out = md(html, width=50)
    assert all(len(line) <= 50 for line in out.split("\n"))
    assert all(line.count("`") % 2 == 0 for line in out.split("\n"))


def test_overlong_link_breaks_in_text_never_in_url() -> None:
    url = "https://example.com/" + "x" * 100
    out = md(f'<p>See <a href="{url}">the long link text here</a>.</p>', width=40)
    assert f"]({url})." in out
    assert "(" + url + ")" in out.replace("\n", " ")


def test_width_has_a_sane_minimum() -> None:
    out = md("<p>" + "word " * 20 + "</p>", width=1)
    assert all(len(line) <= 20 for line in out.split("\n"))


def test_malformed_html_does_not_raise() -> None:
    for html in [
        "<![foo[bar]]>text",
        "<!x",
        "a<b",
        "<p><b>unclosed",
        "</p></ul></li>stray ends",
        "<!-- comment -->after<!--",
        "<![CDATA[x]]>y",
        "<a href=x>",
        "<<>><</>>",
        "<p" * 50,
        "&#xd800; &#0; &#1114112; &bogus; &amp",
    ]:
        assert_clean_markdown(md(html))


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    depth = 5000
    out = md("<b><ul><li>" * depth + "x" + "</li></ul></b>" * depth)
    assert "x" in out
    assert_clean_markdown(out)


def test_control_characters_and_surrogates_are_cleaned() -> None:
    out = md("<p>a\x00b\x1b[31m c\u2028d\u2029e\x85f \ud800 \u202eg</p>")
    assert out == "ab\\[31m c d e f \ufffd g"


# --------------------------------------------------------------------- docstring_literal


def test_docstring_literal_examples() -> None:
    assert docstring_literal("Plain text.", INDENT) == "Plain text."
    assert docstring_literal("a\n\nb", INDENT) == "a\n\n    b"
    assert docstring_literal(r"\d+", INDENT) == r"\\d+"
    assert docstring_literal('say "hi"', INDENT) == 'say "hi\\x22'
    assert docstring_literal('a"""b', INDENT) == 'a""\\"b'
    assert docstring_literal('"x', INDENT) == '\\"x'
    assert docstring_literal("a\rb\x00c\u2028d\ud800", INDENT) == "a\\rb\\x00c\\u2028d\\ud800"
    assert docstring_literal("end \nnext", INDENT) == "end\\x20\n    next"


def test_docstring_literal_rejects_bad_indent() -> None:
    with pytest.raises(ValueError):
        docstring_literal("x", "  x")
    with pytest.raises(ValueError):
        docstring_literal("x", "\n")


def test_injection_attempt_stays_inside_the_docstring() -> None:
    payload = '"""; import os; os.system("x")  #'
    source = function_source(docstring_literal(payload, INDENT))
    assert raw_docstring(source) == payload
    tree = ast.parse(source)
    assert not any(isinstance(node, (ast.Import, ast.Call)) for node in ast.walk(tree))


@pytest.mark.parametrize("markdown", HOSTILE + RANDOM, ids=range(len(HOSTILE + RANDOM)))
def test_hostile_markdown_round_trips_exactly(markdown: str) -> None:
    literal = docstring_literal(markdown, INDENT)
    # Only "\n" separates lines, whatever splitter a tool uses; no trailing whitespace.
    assert all(char == "\n" or char.isprintable() for char in literal)
    assert all(line == line.rstrip() for line in literal.split("\n"))
    literal.encode("utf-8")
    assert_round_trip(markdown)
    for indent in ("", "\t", " " * 12):
        source = f'def f():\n{indent or " "}"""{docstring_literal(markdown, indent)}"""\n'
        assert unindent(raw_docstring(source), indent) == markdown


@pytest.mark.parametrize("html", HOSTILE + RANDOM, ids=range(len(HOSTILE + RANDOM)))
def test_hostile_html_converts_and_round_trips(html: str) -> None:
    markdown = html_to_markdown(html)
    assert_clean_markdown(markdown)
    assert_round_trip(markdown)
    if markdown:  # (an empty docstring is never generated)
        tree = ast.parse(template_source(docstring_literal(markdown, INDENT)))
        assert ast.get_docstring(tree.body[0]) == markdown  # type: ignore[arg-type]


# ------------------------------------------------------------------------- the model


def test_model_has_its_documentation() -> None:
    assert len(MODEL_DOCS) > 1500


def test_every_model_doc_compiles_and_round_trips() -> None:
    for where, html in MODEL_DOCS:
        markdown = html_to_markdown(html)
        assert_clean_markdown(markdown)
        literal = docstring_literal(markdown, INDENT)
        assert unindent(raw_docstring(function_source(literal)), INDENT) == markdown, where
        tree = ast.parse(template_source(literal))
        # What help() and inspect.getdoc() show: the cleaned docstring.
        assert ast.get_docstring(tree.body[0]) == markdown, where  # type: ignore[arg-type]


def test_model_docs_are_wrapped_at_width() -> None:
    for width in (88, 72):
        for where, html in MODEL_DOCS:
            for line in html_to_markdown(html, width).split("\n"):
                if len(line) > width:
                    token = re.sub(r"^\s*(?:[-+*]|\d+\.)?\s*", "", line)
                    assert " " not in token, (where, width, line)


def test_model_docs_keep_their_links_and_lists() -> None:
    links = sum(html.count("<a ") for _, html in MODEL_DOCS)
    markdown = [html_to_markdown(html) for _, html in MODEL_DOCS]
    assert sum(len(re.findall(r"\]\(https?://", text)) for text in markdown) == links
    assert all("<code>" not in text and "<p>" not in text for text in markdown)


def test_model_docs_are_stable_under_black() -> None:
    black = pytest.importorskip("black")
    from generator.emit.format_cache import black_output, default_cache  # black's, maybe cached

    literals = [docstring_literal(html_to_markdown(html), INDENT) for _, html in MODEL_DOCS]
    hostile = [docstring_literal(html_to_markdown(h), INDENT) for h in HOSTILE + RANDOM]
    expected = [html_to_markdown(html) for _, html in MODEL_DOCS]
    expected += [html_to_markdown(h) for h in HOSTILE + RANDOM]
    sources = [
        f'def f{index}():\n    """\n    {lit}\n    """\n'
        for index, lit in enumerate(literals + hostile)
    ]
    formatted = black_output("\n\n".join(sources), black.Mode(), default_cache())
    tree = ast.parse(formatted)
    functions = [node for node in tree.body if isinstance(node, ast.FunctionDef)]
    assert [inspect.cleandoc(ast.get_docstring(f, clean=False) or "") for f in functions] == [
        text for text in expected
    ]


# ---------------------------------------------------------------------- first_sentence


def test_first_sentence_basic() -> None:
    assert first_sentence("First one. Second one.") == "First one."
    assert first_sentence("No period here\n\nNext paragraph.") == "No period here"
    assert first_sentence("Wrapped\nline one. Two.") == "Wrapped line one."
    assert first_sentence("") == ""


def test_first_sentence_skips_abbreviations_and_code() -> None:
    assert first_sentence("Use e.g. this. Then.") == "Use e.g. this."
    assert first_sentence("Set `a. b` first. Then.") == "Set `a. b` first."
    assert first_sentence("Version 1.2 is fine. Then.") == "Version 1.2 is fine."


def test_first_sentence_of_list_and_code_block() -> None:
    assert first_sentence("- item one\n- item two") == "item one"
    assert first_sentence("```\ncode. here\n```\n\nProse. More.") == "Prose."


def test_first_sentence_truncates_at_word_boundary() -> None:
    text = "word " * 40
    summary = first_sentence(text)
    assert len(summary) <= 100 and summary.endswith("...")
    assert summary[:-3] == summary[:-3].rstrip() and summary[:-3].split(" ")[-1] == "word"


def test_first_sentence_does_not_cut_inside_code_or_links() -> None:
    text = "Start " + "x " * 40 + "`Pending Submission` and [a link](https://e.com) end"
    summary = first_sentence("a " * 44 + "`Pending Submission` tail " * 3)
    assert summary.count("`") % 2 == 0
    summary = first_sentence(text)
    assert summary.count("`") % 2 == 0 and len(summary) <= 100
    long_code = "`" + " ".join(["value"] * 40) + "`"
    assert first_sentence(f"Valid values: {long_code}") == "Valid values..."
    summary = first_sentence(long_code)  # no cut outside the span: cut inside, close it
    assert summary.count("`") == 2 and summary.endswith("`...") and len(summary) <= 100
    summary = first_sentence("**" + " ".join(["bold"] * 40) + "**")
    assert summary.count("**") == 2 and summary.endswith("**...") and len(summary) <= 100
    long_link = "[" + " ".join(["text"] * 40) + "](https://e.com)"
    summary = first_sentence(f"See {long_link}")
    assert "](" not in summary and len(summary) <= 100


def test_first_sentence_of_every_model_doc() -> None:
    for where, html in MODEL_DOCS:
        summary = first_sentence(html_to_markdown(html))
        assert "\n" not in summary and len(summary) <= 100, where
        assert summary.count("`") % 2 == 0, (where, summary)
        assert summary == "" or not summary.startswith(" "), where


def test_emphasis_ending_in_punctuation_before_a_letter_still_renders() -> None:
    """CommonMark's flanking rule: ``**Standard queues:**Use`` would print its asterisks."""
    from markdown_it import MarkdownIt

    markdown = html_to_markdown("<p><b>Standard queues:</b>Use <i>REQUIRED:</i>now</p>")
    rendered = MarkdownIt("commonmark").render(markdown)
    assert "<strong>Standard queues</strong>:Use" in rendered
    assert "<em>REQUIRED</em>:now" in rendered
    assert "*" not in rendered


def test_whitespace_at_code_span_edges_stays_outside_the_span() -> None:
    markdown = html_to_markdown(
        "<p>The <code>ImportSummary </code>objects (<code> U+10FFFF</code>)</p>"
    )
    assert markdown == "The `ImportSummary` objects ( `U+10FFFF`)"
