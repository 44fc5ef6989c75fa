import pytest

from mlptutor.question_bank.render.plaintext import latex_to_text, markdown_to_text


@pytest.mark.parametrize("tex, text", [
    (r"\frac{e^{z_i}}{\sum_{j} e^{z_j}}", "(e^z_i)/(Σ_j e^z_j)"),
    (r"\hat{y} = \sigma(z)\left(1 - \sigma(z)\right)", "y\u0302 = σ(z)(1 - σ(z))"),
    (r"\begin{bmatrix} 0.1 & -0.2 \\ 0.3 & 0.4 \end{bmatrix}", "[[0.1, -0.2], [0.3, 0.4]]"),
    (r"\begin{bmatrix} 2.0 & 1.0 \end{bmatrix}", "[2.0, 1.0]"),
    (r"w \leftarrow (1 - \eta\lambda)\, w", "w ← (1 - ηλ) w"),
    (r"\sqrt{\frac{2}{n_{\text{in}}}}", "sqrt(2/n_in)"),  # was sqrt((2)/(n_in))
    (r"\frac{1}{2N} + \frac{1}{1 + e^{-z}}", "1/(2N) + 1/(1 + e^(-z))"),  # was (1)/(2N) + (1)/(1 + e^(-z))
    (r"w - \eta \frac{\partial L}{\partial w}", "w - η ∂L/∂w"),  # was (∂ L)/(∂ w)
    (r"\frac{\partial L}{\partial \alpha} = \sum_i \frac{\partial L}{\partial g_i}", "∂L/∂α = Σ_i ∂L/∂g_i"),  # was ∂L/(∂ α)
    (r"\left\lceil \frac{N}{B} \right\rceil", "⌈ N/B ⌉"),  # was lceil (N)/(B) rceil
    (r"x^{(2)} + W^{[1]} + s s^\top", "x^(2) + W^[1] + s sᵀ"),
    (r"\sigma(z)\,\bigl(1 - \sigma(z)\bigr)", "σ(z) (1 - σ(z))"),
    (r"\Biggl[ x \Biggr]", "[ x ]"),
    (r"\lVert g - n \rVert / \lVert g \rVert", "‖ g - n ‖ / ‖ g ‖"),  # was lVert g - n rVert (gradient-check-error)
])
def test_latex_becomes_readable_text(tex, text):
    assert latex_to_text(tex) == text


def test_markdown_keeps_words_and_drops_markup():
    text = markdown_to_text("## Title\nCompute **the** value of $x_{1}$:\n\n$$W = \\begin{bmatrix} 1 & 2 \\\\\n 3 & 4 \\end{bmatrix}$$\ncosts \\$5")
    assert text == "Title\nCompute the value of x_1:\n\n    W = [[1, 2], [3, 4]]\n\ncosts $5\n"


def test_no_latex_leaks_from_any_question():
    import re

    from mlptutor.question_bank.loader import select_questions
    from mlptutor.question_bank.variants import make_variant

    for question in select_questions():
        variant = make_variant(question, "leak", "s1")
        for text in (variant.statement, variant.solution):
            shown = markdown_to_text(text)
            assert not re.search(r"\\[A-Za-z]+|\bbig[lr]\b|\b[lr](?:ceil|floor|[Vv]ert)\b", shown), (question.id, shown)
