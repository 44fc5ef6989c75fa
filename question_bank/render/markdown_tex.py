"""Markdown with LaTeX math (the markup.py subset) -> a LaTeX body fragment.

Math passes through unchanged (it is LaTeX already); text is escaped with
`templating.escape_tex`, so 50% or a_b in prose stays literal.
"""

from __future__ import annotations

from mlptutor.question_bank.render.markup import parse_markdown
from mlptutor.question_bank.templating import escape_tex

__all__ = ["to_tex"]

_HEADINGS = {1: "section*", 2: "subsection*", 3: "subsubsection*"}


def _inline(nodes: list[tuple]) -> str:
    parts = []
    for node in nodes:
        kind = node[0]
        if kind == "text":
            parts.append(escape_tex(node[1]))
        elif kind == "math":
            parts.append(rf"\[ {node[1]} \]" if node[2] else f"${node[1]}$")
        elif kind == "code":
            parts.append(rf"\texttt{{{escape_tex(node[1])}}}")
        else:
            command = "textbf" if kind == "strong" else "emph"
            parts.append(rf"\{command}{{{_inline(node[1])}}}")
    return "".join(parts)


def _block(block: tuple, heading_offset: int) -> str:
    kind = block[0]
    if kind == "heading":
        command = _HEADINGS.get(block[1] + heading_offset, "paragraph*")
        return rf"\{command}{{{_inline(block[2])}}}"
    if kind == "para":
        return _inline(block[1])
    if kind == "math":
        return rf"\[ {block[1]} \]"
    if kind == "list":
        env = "enumerate" if block[1] else "itemize"
        items = "\n".join(rf"  \item {_inline(item)}" for item in block[2])
        return f"\\begin{{{env}}}\n{items}\n\\end{{{env}}}"
    if kind == "table":
        columns = "l" * len(block[1])
        rows = [block[1], *block[2]]
        body = " \\\\\n".join(" & ".join(_inline(c) for c in row) for row in rows)
        return f"\\fitwidth{{\\begin{{tabular}}{{{columns}}}\n{body} \\\\\n\\end{{tabular}}}}"
    return f"\\begin{{verbatim}}\n{block[1]}\n\\end{{verbatim}}"


def to_tex(markdown: str, heading_offset: int = 0) -> str:
    """LaTeX for a Markdown document; headings move down by `heading_offset` levels."""
    return "\n\n".join(_block(b, heading_offset) for b in parse_markdown(markdown))
