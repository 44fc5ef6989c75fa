"""The Jinja environment every question template and sheet template is rendered with.

Question templates (statement.md.j2, solution.md.j2) write Markdown with LaTeX
math; the filters below print numbers the same way everywhere:

    {{ params.eta | num(2) }}          -> 0.10          fixed decimals, never "-0.00"
    {{ params.n | num(0) }}            -> 10000
    {{ params.x | vec(2) }}            -> \\begin{bmatrix} 1.00 & 2.00 \\end{bmatrix}
    {{ params.x | vec(2, column=True) }} a column vector
    {{ params.W | mat(1) }}            -> \\begin{bmatrix} 0.1 & 0.3 \\\\ -0.2 & 0.4 \\end{bmatrix}
    {{ params.W | mat(1, "pmatrix") }} round brackets
    {{ params.options | options }}     -> a Markdown list "- (a) text" of a choice question's options

StrictUndefined turns a misspelt parameter into an error instead of an empty
string; autoescape is off because the output is Markdown/LaTeX, not HTML.
Text that comes from outside the question (student names from a roster) is
escaped per output format with `escape_tex`, `escape_html` or `escape_md`.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping, Sequence

import jinja2

_TEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_TEX_PATTERN = re.compile("|".join(re.escape(c) for c in _TEX_SPECIALS))
_MD_PATTERN = re.compile(r"([\\`*_{}\[\]#|<>$~^])")


def num(x: float, decimals: int = 3) -> str:
    """`x` with exactly `decimals` decimals; a value that rounds to zero prints without a minus sign."""
    text = f"{float(x):.{int(decimals)}f}"
    if text.startswith("-") and float(text) == 0:
        return text[1:]
    return text


def _row(values: Sequence[float], decimals: int) -> str:
    return " & ".join(num(v, decimals) for v in values)


def mat(rows: Sequence[Sequence[float]], decimals: int = 3, env: str = "bmatrix") -> str:
    """LaTeX matrix of a list of rows: \\begin{env} a & b \\\\ c & d \\end{env} (env: bmatrix or pmatrix)."""
    body = r" \\ ".join(_row(r, decimals) for r in rows)
    return rf"\begin{{{env}}} {body} \end{{{env}}}"


def vec(values: Sequence[float], decimals: int = 3, column: bool = False, env: str = "bmatrix") -> str:
    """LaTeX vector: a 1 x n row by default, an n x 1 column with column=True."""
    rows = [[v] for v in values] if column else [list(values)]
    return mat(rows, decimals, env)


def terms(values: Sequence[float], decimals: int = 3) -> str:
    """A sum written out, each term with `decimals` decimals and a negative one subtracted: "-1.60 - 0.50 + 2.10"
    (joining the raw values printed "+ -1.6800000000000002")."""
    text = num(values[0], decimals) if values else "0"
    for value in values[1:]:
        shown = num(value, decimals)
        text += f" - {shown[1:]}" if shown.startswith("-") else f" + {shown}"
    return text


def options(choices: Mapping[str, str]) -> str:
    """A choice question's options as a Markdown list, in key order: "- (a) text"."""
    return "\n".join(f"- ({key}) {choices[key]}" for key in sorted(choices))


def escape_tex(text: str) -> str:
    """Plain text safe inside a LaTeX document: _ & % # $ { } ~ ^ \\ are escaped."""
    return _TEX_PATTERN.sub(lambda m: _TEX_SPECIALS[m.group()], str(text))


def escape_html(text: str) -> str:
    """Plain text safe inside HTML/XML, quotes included."""
    return html.escape(str(text), quote=True)


def escape_md(text: str) -> str:
    """Plain text that Markdown (and the math delimiters $) shows literally."""
    return _MD_PATTERN.sub(r"\\\1", str(text))


FILTERS = {
    "num": num,
    "vec": vec,
    "mat": mat,
    "terms": terms,
    "options": options,
    "tex": escape_tex,
    "html": escape_html,
    "md": escape_md,
}


def jinja_environment(loader: jinja2.BaseLoader | None = None) -> jinja2.Environment:
    """A Jinja environment with StrictUndefined, no autoescape, kept newlines and the filters above."""
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env


_ENV = jinja_environment()


@functools.lru_cache(maxsize=256)
def _compiled(source: str) -> jinja2.Template:
    # compiling dominates rendering; a quiz renders each template once per student
    return _ENV.from_string(source)


def render_string(source: str, **context) -> str:
    """Render a template source with the shared environment (compiled once per source)."""
    return _compiled(source).render(**context)
