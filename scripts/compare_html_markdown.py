"""Compare generator.docs.html_to_markdown with markdownify and html2text on model docs.

Throwaway evaluation script (not part of the build). Run with a venv that has
markdownify, html2text and markdown-it-py installed, e.g.::

    python3 -m venv /tmp/mdcmp
    /tmp/mdcmp/bin/pip install markdownify html2text markdown-it-py
    /tmp/mdcmp/bin/python scripts/compare_html_markdown.py

Criteria, counted as documents affected:

1. wrap: a line longer than WIDTH (``avoid``: one that had a break opportunity, i.e. its
   longest word would fit the line after the indentation).
2. lost: a word of the HTML text content missing from the text content of the Markdown
   rendered back to HTML with markdown-it-py (CommonMark), compared as word multisets.
3. fidelity: the rendered text, with all whitespace removed, differs from the HTML text
   with all whitespace removed (labels ``Note:``/``Important:`` ignored).
4. docstring: raw output contains a triple quote, a line ending in a backslash or a
   backslash escape Python does not know (SyntaxWarning in a plain docstring). NB the
   generator never pastes raw output: generator.docs.docstring_literal escapes all of
   these for any converter. ctrl/bidi: the Markdown itself (also used for the site)
   holds a control, bidi or line-separator character or a lone surrogate.
5. unsafe link: the Markdown produces an href whose scheme is not http/https/mailto
   (markdown-it's own link validation disabled so that we see what the Markdown holds).
"""

from __future__ import annotations

import collections
import difflib
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import html2text  # noqa: E402
import markdownify  # noqa: E402
from markdown_it import MarkdownIt  # noqa: E402

from generator.docs.markdown import html_to_markdown  # noqa: E402

WIDTH = 88
MODELS = [os.path.join(ROOT, "models/partnercentral-selling/2022-07-26/service-2.json")] + sorted(
    glob.glob(os.path.join(ROOT, "tests/data/models/json-services/*/*/service-2.json"))
)

HOSTILE = {
    "js-link": '<p>See <a href="javascript:alert(1)">here</a>.</p>',
    "js-link-obfuscated": '<p><a href="JaVa&#x09;ScRiPt:alert(1)">x</a> and '
    '<a href=" javascript:alert(2)">y</a></p>',
    "data-link": '<p><a href="data:text/html;base64,PHNjcmlwdD4=">d</a></p>',
    "vbscript-link": '<p><a href="vbscript:msgbox(1)">v</a></p>',
    "md-link-in-text": "<p>Click [me](javascript:alert(1)) now</p>",
    "autolink-in-text": "<p>&lt;javascript:alert(1)&gt; and &lt;b&gt;bold&lt;/b&gt;</p>",
    "triple-quote": '<p>He said """ hi """ and ends with \\</p>',
    "bidi-controls": "<p>abc\u202edcba\u2066x\u2069 \x00nul \x1b[31m \u2028sep</p>",
    "emphasis-in-text": "<p>Use *wildcards* and _underscores_ and `ticks` in names like a*b*c.</p>",
    "line-start-markers": "<p>"
    + "word " * 16
    + "# not heading "
    + "word " * 14
    + "- not list 1. nor this > quote</p>",
    "raw-html-text": "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &amp;lt;</p>",
    "script-tag": "<p>ok</p><script>alert(1)</script>",
}

# --------------------------------------------------------------------------- converters


def conv_ours(html: str) -> str:
    return html_to_markdown(html, width=WIDTH)


def conv_markdownify(html: str) -> str:
    return markdownify.markdownify(
        html,
        wrap=True,
        wrap_width=WIDTH,
        heading_style=markdownify.ATX,
        bullets="-",
        escape_asterisks=True,
        escape_underscores=True,
        escape_misc=True,
        strip_document="strip",
        autolinks=True,
    )


def conv_markdownify_default_escapes(html: str) -> str:
    return markdownify.markdownify(
        html,
        wrap=True,
        wrap_width=WIDTH,
        heading_style=markdownify.ATX,
        bullets="-",
        strip_document="strip",
    )


def conv_html2text(html: str) -> str:
    h = html2text.HTML2Text()
    h.body_width = WIDTH
    h.unicode_snob = True
    h.escape_snob = True
    h.wrap_list_items = True
    h.wrap_links = False  # True breaks URLs across lines (seen: "selling-\napi")
    h.inline_links = True
    h.protect_links = False
    h.ul_item_mark = "-"
    h.mark_code = False
    h.backquote_code_style = True
    return h.handle(html).strip()


def conv_html2text_default(html: str) -> str:
    h = html2text.HTML2Text()
    h.body_width = WIDTH
    return h.handle(html).strip()


CONVERTERS = {
    "ours (generator.docs)": conv_ours,
    "markdownify best": conv_markdownify,
    "markdownify def-esc": conv_markdownify_default_escapes,
    "html2text best": conv_html2text,
    "html2text default": conv_html2text_default,
}

# --------------------------------------------------------------------------- helpers


INLINE = frozenset(
    {
        "a",
        "b",
        "i",
        "em",
        "strong",
        "code",
        "span",
        "u",
        "s",
        "sub",
        "sup",
        "tt",
        "abbr",
        "kbd",
        "var",
        "samp",
        "small",
        "big",
    }
)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hrefs: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a":
            self.hrefs += [v or "" for k, v in attrs if k == "href"]
        if tag not in INLINE:  # block-level (and unknown botocore tags) separate words
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag not in INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def text_of(html: str) -> tuple[str, list[str]]:
    p = _Text()
    p.feed(html)
    p.close()
    return "".join(p.parts), p.hrefs


_MD = MarkdownIt("commonmark")
_MD.validateLink = lambda url: True  # see what the Markdown holds, not what md-it filters


def render(md: str) -> str:
    return _MD.render(md)


LABELS = re.compile(r"\b(?:Note|Important):")
WS = re.compile(r"\s+")
UNSAFE_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u2028\u2029\ud800-\udfff]"
)
PY_ESC_OK = set("\n\\'\"abfnrtvxNuU01234567")


def norm_words(text: str) -> list[str]:
    return LABELS.sub(" ", text).split()


def overlong(md: str) -> tuple[list[str], list[str]]:
    long, avoidable = [], []
    for line in md.split("\n"):
        if len(line) > WIDTH:
            long.append(line)
            indent = len(line) - len(line.lstrip())
            words = line.split()
            if len(words) > 1 and max(map(len, words)) + indent + 4 <= WIDTH:
                avoidable.append(line)
    return long, avoidable


def docstring_problems(md: str) -> list[str]:
    probs = []
    if '"""' in md:
        probs.append('"""')
    if any(line.endswith("\\") for line in md.split("\n")):
        probs.append("trailing \\")
    bad = [c for c in re.findall(r"\\(.)", md, re.S) if c not in PY_ESC_OK]
    if bad:
        probs.append("invalid escape \\" + bad[0])
    return probs


def control_chars(md: str) -> str | None:
    m = UNSAFE_CHARS.search(md)
    return f"U+{ord(m.group(0)):04X}" if m else None


def unsafe_hrefs(hrefs: list[str]) -> list[str]:
    out = []
    for h in hrefs:
        u = re.sub(r"[\x00-\x20]", "", h).lower()
        m = re.match(r"([a-z][a-z0-9+.\-]*):", u)
        if m and m.group(1) not in ("http", "https", "mailto"):
            out.append(h)
    return out


def diff_excerpt(a: str, b: str, ctx: int = 25) -> str:
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            return (
                f"src …{a[max(0, i1 - ctx):i2 + ctx]!r} vs out …{b[max(0, j1 - ctx):j2 + ctx]!r}"
            )
    return ""


def short(s: str, n: int = 160) -> str:
    return repr(s if len(s) <= n else s[:n] + "…")


# --------------------------------------------------------------------------- corpus


def load_docs() -> list[tuple[str, str]]:
    docs = []
    for path in MODELS:
        model = json.load(open(path, encoding="utf-8"))
        svc = os.path.relpath(path, ROOT).split("/")[-3]
        if model.get("documentation"):
            docs.append((f"{svc}:service", model["documentation"]))
        for name, op in model.get("operations", {}).items():
            if op.get("documentation"):
                docs.append((f"{svc}:op:{name}", op["documentation"]))
        for name, shape in model.get("shapes", {}).items():
            if shape.get("documentation"):
                docs.append((f"{svc}:shape:{name}", shape["documentation"]))
            for mname, member in shape.get("members", {}).items():
                if member.get("documentation"):
                    docs.append((f"{svc}:member:{name}.{mname}", member["documentation"]))
    return docs


# --------------------------------------------------------------------------- main

CRITERIA = [
    "wrap",
    "wrap-avoid",
    "lost",
    "fidelity",
    "docstring",
    "ctrl/bidi",
    "unsafe-link",
    "error",
]


def evaluate(docs: list[tuple[str, str]], title: str) -> None:
    counts = {c: collections.Counter() for c in CONVERTERS}
    examples = {c: collections.defaultdict(list) for c in CONVERTERS}
    for key, html in docs:
        src_text, _ = text_of(html)
        src_words = collections.Counter(norm_words(src_text))
        src_flat = WS.sub("", LABELS.sub("", src_text))
        for cname, conv in CONVERTERS.items():
            ex = examples[cname]
            try:
                md = conv(html)
            except Exception as e:  # noqa: BLE001
                counts[cname]["error"] += 1
                ex["error"].append(f"{key}: {type(e).__name__}: {e}")
                continue
            long, avoid = overlong(md)
            if long:
                counts[cname]["wrap"] += 1
                ex["wrap"].append(f"{key}: {len(long[0])} cols {short(long[0], 120)}")
            if avoid:
                counts[cname]["wrap-avoid"] += 1
                ex["wrap-avoid"].append(f"{key}: {len(avoid[0])} cols {short(avoid[0], 120)}")
            out_text, hrefs = text_of(render(md))
            lost = src_words - collections.Counter(norm_words(out_text))
            if lost:
                counts[cname]["lost"] += 1
                ex["lost"].append(f"{key}: missing {sorted(lost.elements())[:6]}")
            out_flat = WS.sub("", LABELS.sub("", out_text))
            if out_flat != src_flat:
                counts[cname]["fidelity"] += 1
                ex["fidelity"].append(f"{key}: {diff_excerpt(src_flat, out_flat)}")
            probs = docstring_problems(md)
            if probs:
                counts[cname]["docstring"] += 1
                ex["docstring"].append(f"{key}: {probs} in {short(md, 100)}")
            ctrl = control_chars(md)
            if ctrl:
                counts[cname]["ctrl/bidi"] += 1
                ex["ctrl/bidi"].append(f"{key}: {ctrl} in {short(md, 100)}")
            bad = unsafe_hrefs(hrefs)
            if bad:
                counts[cname]["unsafe-link"] += 1
                ex["unsafe-link"].append(f"{key}: href={bad[0]!r}")
    print(f"\n=== {title}: {len(docs)} documents, width {WIDTH} ===")
    head = f"{'converter':24}" + "".join(f"{c:>12}" for c in CRITERIA)
    print(head)
    print("-" * len(head))
    for cname in CONVERTERS:
        print(f"{cname:24}" + "".join(f"{counts[cname][c]:>12}" for c in CRITERIA))
    for cname in CONVERTERS:
        for crit in CRITERIA:
            items = examples[cname][crit]
            if items:
                print(f"\n[{cname}] {crit} ({len(items)} docs), e.g.:")
                # spread the examples over the list for variety
                picks = (
                    [items[0]]
                    + ([items[len(items) // 2]] if len(items) > 2 else [])
                    + ([items[-1]] if len(items) > 1 else [])
                )
                for item in picks:
                    print("   ", item)


def main() -> None:
    from importlib.metadata import version

    print(
        "versions:",
        " | ".join(
            f"{d} {version(d)}"
            for d in ("markdownify", "beautifulsoup4", "html2text", "markdown-it-py")
        ),
        "| python",
        sys.version.split()[0],
    )
    docs = load_docs()
    per_model = collections.Counter(k.split(":")[0] for k, _ in docs)
    print("corpus:", dict(per_model))
    evaluate(docs, "model documentation")
    evaluate(list(HOSTILE.items()), "hand-made hostile inputs")


if __name__ == "__main__":
    main()
