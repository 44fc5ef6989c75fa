"""Markdown + math -> HTML (MathML or TeX math) and -> LaTeX; the Jinja filters and escapers."""

import xml.etree.ElementTree as ET

import jinja2
import pytest

from mlptutor.question_bank.render.markdown_html import to_html, to_html_inline
from mlptutor.question_bank.render.markdown_tex import to_tex
from mlptutor.question_bank.render.markup import parse_markdown
from mlptutor.question_bank.render.mathml import MathError
from mlptutor.question_bank.templating import escape_html, escape_md, escape_tex, mat, num, render_string, vec

DOC = r"""# Title

Some *emphasis*, **strong $x^2$** and `code`; 50% of a_b costs \$5.

$$
\hat{y} = \frac{1}{1 + e^{-z}}
$$

- first
  continued
- second $\eta$

1. one
2. two

| epoch | loss |
|---|---|
| 0 | 0.5 |
"""


def test_parse_blocks():
    kinds = [b[0] for b in parse_markdown(DOC)]
    assert kinds == ["heading", "para", "math", "list", "list", "table"]
    first_list = parse_markdown(DOC)[3]
    assert first_list[1] is False and first_list[2][0] == [("text", "first continued")]
    assert parse_markdown(DOC)[4][1] is True


def test_escaped_dollar_is_literal_text():
    (para,) = parse_markdown(r"costs \$5 and \*not emphasis\*")
    assert para[1] == [("text", "costs $5 and *not emphasis*")]


def test_html_is_well_formed_with_mathml():
    html = to_html(DOC)
    root = ET.fromstring(f"<div>{html}</div>")
    assert [e.tag for e in root][:3] == ["h1", "p", "div"]
    assert root.find("div").find("{http://www.w3.org/1998/Math/MathML}math").get("display") == "block"
    assert root.find("table/tbody/tr/td").text == "0"
    assert "$5" in html and "50%" in html


def test_html_with_tex_math_for_lms():
    html = to_html(DOC, math="tex")
    assert r"\(x^2\)" in html and r"\[\hat{y} = \frac{1}{1 + e^{-z}}\]" in html
    assert "<math" not in html


def test_html_escapes_text():
    assert to_html_inline("a < b & <script>") == "a &lt; b &amp; &lt;script&gt;"


def test_heading_offset():
    assert to_html("# T", heading_offset=2) == "<h3>T</h3>"


def test_math_errors_name_where():
    with pytest.raises(MathError, match=r"^question q, statement: unsupported LaTeX command \\oops"):
        to_html(r"$\oops$", where="question q, statement")


def test_tex_escapes_prose_and_keeps_math():
    tex = to_tex(DOC)
    assert r"50\% of a\_b costs \$5" in tex
    assert r"\hat{y} = \frac{1}{1 + e^{-z}}" in tex and r"$x^2$" in tex
    assert r"\begin{itemize}" in tex and r"\begin{enumerate}" in tex and r"\begin{tabular}{ll}" in tex


def test_num_fixed_decimals_and_no_negative_zero():
    assert num(0.65900001, 3) == "0.659"
    assert num(-0.0001, 3) == "0.000"
    assert num(-1.5, 2) == "-1.50"
    assert num(109386, 0) == "109386"


def test_vec_and_mat():
    assert vec([1, 2.5], 1) == r"\begin{bmatrix} 1.0 & 2.5 \end{bmatrix}"
    assert vec([1, 2], 0, column=True) == r"\begin{bmatrix} 1 \\ 2 \end{bmatrix}"
    assert mat([[1, -0.0], [3, 4]], 0, "pmatrix") == r"\begin{pmatrix} 1 & 0 \\ 3 & 4 \end{pmatrix}"


def test_templates_are_strict():
    assert render_string("{{ params.x | num(2) }}", params={"x": 0.5}) == "0.50"
    with pytest.raises(jinja2.UndefinedError):
        render_string("{{ params.y }}", params={"x": 1})


HOSTILE = "Ann_&%#${}~^\\ O'Neil <b>"


def test_escape_tex_every_special():
    escaped = escape_tex(HOSTILE)
    assert escaped == r"Ann\_\&\%\#\$\{\}\textasciitilde{}\textasciicircum{}\textbackslash{} O'Neil <b>"


def test_escape_html_and_md_round_trip_to_the_literal_name():
    assert escape_html(HOSTILE) == "Ann_&amp;%#${}~^\\ O&#x27;Neil &lt;b&gt;"
    html = to_html_inline(escape_md(HOSTILE))
    assert ET.fromstring(f"<p>{html}</p>").text == HOSTILE
