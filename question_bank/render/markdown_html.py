"""Markdown with LaTeX math (the markup.py subset) -> an HTML fragment.

Math is written either as MathML (`math="mathml"`, for self-contained pages)
or kept as TeX between \\( \\) and \\[ \\] (`math="tex"`, for Moodle and Canvas,
whose MathJax/equation filters typeset it). All text is HTML-escaped, so
the fragment is also well-formed XML.
"""

from __future__ import annotations

from html import escape

from mlptutor.question_bank.render.markup import parse_markdown
from mlptutor.question_bank.render.mathml import MathError, to_mathml

__all__ = ["to_html", "to_html_inline"]


def _math(tex: str, display: bool, mode: str) -> str:
    if mode == "mathml":
        return to_mathml(tex, display)
    return escape(rf"\[{tex}\]" if display else rf"\({tex}\)", quote=False)


def _inline(nodes: list[tuple], mode: str) -> str:
    parts = []
    for node in nodes:
        kind = node[0]
        if kind == "text":
            parts.append(escape(node[1], quote=False).replace("\n", " "))
        elif kind == "math":
            parts.append(_math(node[1], node[2], mode))
        elif kind == "code":
            parts.append(f"<code>{escape(node[1], quote=False)}</code>")
        else:
            tag = "strong" if kind == "strong" else "em"
            parts.append(f"<{tag}>{_inline(node[1], mode)}</{tag}>")
    return "".join(parts)


def _row(cells: list[list[tuple]], tag: str, mode: str) -> str:
    return "<tr>" + "".join(f"<{tag}>{_inline(c, mode)}</{tag}>" for c in cells) + "</tr>"


def _block(block: tuple, mode: str, heading_offset: int) -> str:
    kind = block[0]
    if kind == "heading":
        level = min(6, block[1] + heading_offset)
        return f"<h{level}>{_inline(block[2], mode)}</h{level}>"
    if kind == "para":
        return f"<p>{_inline(block[1], mode)}</p>"
    if kind == "math":
        return f'<div class="math">{_math(block[1], True, mode)}</div>'
    if kind == "list":
        tag = "ol" if block[1] else "ul"
        items = "".join(f"<li>{_inline(item, mode)}</li>" for item in block[2])
        return f"<{tag}>{items}</{tag}>"
    if kind == "table":
        body = "".join(_row(r, "td", mode) for r in block[2])
        return f"<table><thead>{_row(block[1], 'th', mode)}</thead><tbody>{body}</tbody></table>"
    return f"<pre><code>{escape(block[1], quote=False)}</code></pre>"


def to_html(markdown: str, math: str = "mathml", heading_offset: int = 0, where: str = "") -> str:
    """HTML for a Markdown document; headings move down by `heading_offset` levels (to sit under a sheet's own).

    `where` (e.g. "question softmax-probabilities, statement") starts the one-line
    MathError raised for math outside the supported subset or an unclosed $$.
    """
    try:
        return "\n".join(_block(b, math, heading_offset) for b in parse_markdown(markdown))
    except (MathError, ValueError) as exc:
        raise MathError(f"{where}: {exc}" if where else str(exc)) from None


def to_html_inline(markdown: str, math: str = "mathml", where: str = "") -> str:
    """HTML for one line of Markdown, without the paragraph around it (labels, options, table cells)."""
    return to_html(markdown, math, where=where).removeprefix("<p>").removesuffix("</p>")
