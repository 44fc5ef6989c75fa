"""The LaTeX-subset -> MathML converter: structure of the output, well-formedness, clear errors."""

import xml.etree.ElementTree as ET

import pytest

from mlptutor.question_bank.render.mathml import MathError, to_mathml

M = "{http://www.w3.org/1998/Math/MathML}"


def tree(tex, display=False):
    return ET.fromstring(to_mathml(tex, display))


def tags(element):
    return [child.tag.removeprefix(M) for child in element]


def test_fraction_has_numerator_and_denominator():
    (frac,) = tree(r"\frac{a+1}{b}").iter(M + "mfrac")
    assert tags(frac) == ["mrow", "mi"]
    assert "".join(frac[0].itertext()) == "a+1"


def test_sub_and_superscript_on_one_base():
    (node,) = tree("x_i^2").iter(M + "msubsup")
    assert [e.text for e in node] == ["x", "i", "2"]


def test_sum_takes_limits_under_and_over_only_in_display_mode():
    assert list(tree(r"\sum_{j=1}^{K} e^{z_j}", display=True).iter(M + "munderover"))
    inline = tree(r"\sum_{j=1}^{K} e^{z_j}")
    assert not list(inline.iter(M + "munderover")) and list(inline.iter(M + "msubsup"))


def test_matrix_rows_and_columns_and_brackets():
    root = tree(r"W = \begin{bmatrix} 0.1 & 0.3 \\ -0.2 & 0.4 \end{bmatrix}")
    (table,) = root.iter(M + "mtable")
    assert [len(row) for row in table] == [2, 2]
    fences = [mo.text for mo in root.iter(M + "mo") if mo.get("fence") == "true"]
    assert fences == ["[", "]"]
    assert "−" in "".join(table.itertext())  # a real minus sign, not a hyphen


@pytest.mark.parametrize("tex, symbol", [
    (r"\hat{y}", "^"), (r"\partial L", "∂"), (r"a \cdot b", "⋅"), (r"a \times b", "×"),
    (r"\eta", "η"), (r"\Sigma", "Σ"), (r"\le", "≤"), (r"W^\top", "⊤"), (r"\nabla", "∇"),
])
def test_symbols(tex, symbol):
    assert symbol in "".join(tree(tex).itertext())


def test_functions_roots_and_fences():
    root = tree(r"\exp\left( -\frac{x^2}{2} \right) + \sqrt{2} + \sqrt[3]{8} + \log x")
    names = [mi.text for mi in root.iter(M + "mi")]
    assert "exp" in names and "log" in names
    assert list(root.iter(M + "msqrt")) and list(root.iter(M + "mroot"))
    stretchy = [mo.text for mo in root.iter(M + "mo") if mo.get("stretchy") == "true"]
    assert stretchy == ["(", ")"]


def test_text_is_escaped_for_xml():
    root = tree(r"\text{a < b & c} + \operatorname{ReLU}(z)")
    assert root.find(f".//{M}mtext").text == "a < b & c"
    assert any(mi.text == "ReLU" and mi.get("mathvariant") == "normal" for mi in root.iter(M + "mi"))


def test_display_attribute():
    assert tree("x", display=True).get("display") == "block"
    assert tree("x").get("display") == "inline"


@pytest.mark.parametrize("tex, message", [
    (r"\foo{x}", r"\foo"),
    (r"\frac{a}{b", "end of formula"),
    (r"\begin{weird} a \end{weird}", "environment weird"),
    (r"\left( x", r"\right"),
    ("a } b", "'}'"),
])
def test_unsupported_or_broken_latex_names_the_problem(tex, message):
    with pytest.raises(MathError) as info:
        to_mathml(tex)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_a_sign_is_prefix_and_a_difference_is_infix():
    signs = [mo.get("form") for mo in tree("z = -2.2 - b").iter(M + "mo") if mo.text == "−"]
    assert signs == ["prefix", None]
    assert [mo.get("form") for mo in tree("(a) - b").iter(M + "mo") if mo.text == "−"] == [None]
