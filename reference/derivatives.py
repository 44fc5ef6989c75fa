"""Closed-form derivatives asked in the symbolic exercises, and their registry FORMULAS.

Each formula function takes no arguments and returns its answer as text in the
checker's formula language: plain Python arithmetic on names and numbers
(+ - * / ** and parentheses) and the functions sigmoid, tanh, exp, log, sqrt,
sech, cosh, sinh, erf. Each FORMULAS entry also records what the answer is the
derivative of, so the answer can be verified with SymPy (`verify`) and a
student's formula compared with it at sampled points.
"""

from dataclasses import dataclass, field


def sigmoid_derivative():
    """d/dz of sigmoid(z) = 1 / (1 + exp(-z)), as a formula in z (sigmoid(z) may appear in it)."""
    return "sigmoid(z)*(1 - sigmoid(z))"


def tanh_derivative():
    """d/dz of tanh(z), as a formula in z (tanh(z) may appear in it)."""
    return "1 - tanh(z)**2"


def softmax_diagonal():
    """d s_i / d z_i for s = softmax(z), as a formula in s_i."""
    return "s_i*(1 - s_i)"


def softmax_off_diagonal():
    """d s_i / d z_j for s = softmax(z) and i != j, as a formula in s_i and s_j."""
    return "-s_i*s_j"


def softmax_ce_gradient():
    """dL/dz_i for L = -sum_k y_k log p_k with p = softmax(z) and sum_k y_k = 1, in p_i and y_i."""
    return "p_i - y_i"


def l2_gradient():
    """d/dw of the L2 penalty (lam/2)*w**2, as a formula in lam and w."""
    return "lam*w"


def chain_rule_w1():
    """dL/dw1 for L = (w2*w1*x - y)**2/2 (two chained weights, squared error), in w1, w2, x, y."""
    return "(w2*w1*x - y)*w2*x"


@dataclass(frozen=True)
class Formula:
    """One symbolic exercise.

    question: the task in words; answer: the reference formula (language above);
    variables: each name in the answer -> (low, high), where to sample it when comparing formulas;
    definition: SymPy text of the function whose derivative the answer is, taken with respect to `wrt`;
    substitutions: name -> SymPy text in the definition's variables, applied to both the answer and
    the derivative before comparing (e.g. s_i -> its softmax expression, y_k -> 1 - y_i - y_j).
    """

    question: str
    answer: str
    variables: dict
    definition: str
    wrt: str
    substitutions: dict = field(default_factory=dict)


# three logits are enough to show every case of a softmax derivative: i, j and another class k
_SOFTMAX = "exp({0})/(exp(z_i) + exp(z_j) + exp(z_k))"
_S = {"s_i": _SOFTMAX.format("z_i"), "s_j": _SOFTMAX.format("z_j")}

FORMULAS = {
    "sigmoid_derivative": Formula(
        question="Differentiate the sigmoid sigma(z) = 1/(1 + e^(-z)) with respect to z.",
        answer=sigmoid_derivative(),
        variables={"z": (-4.0, 4.0)},
        definition="1/(1 + exp(-z))",
        wrt="z",
    ),
    "tanh_derivative": Formula(
        question="Differentiate tanh(z) with respect to z.",
        answer=tanh_derivative(),
        variables={"z": (-3.0, 3.0)},
        definition="tanh(z)",
        wrt="z",
    ),
    "softmax_diagonal": Formula(
        question="For s = softmax(z), give d s_i / d z_i in terms of s_i.",
        answer=softmax_diagonal(),
        variables={"s_i": (0.05, 0.95)},
        definition=_S["s_i"],
        wrt="z_i",
        substitutions={"s_i": _S["s_i"]},
    ),
    "softmax_off_diagonal": Formula(
        question="For s = softmax(z) and i != j, give d s_i / d z_j in terms of s_i and s_j.",
        answer=softmax_off_diagonal(),
        variables={"s_i": (0.05, 0.45), "s_j": (0.05, 0.45)},
        definition=_S["s_i"],
        wrt="z_j",
        substitutions=_S,
    ),
    "softmax_ce_gradient": Formula(
        question="For L = -sum_k y_k log p_k with p = softmax(z) and a target y summing to 1, give dL/dz_i in terms of p_i and y_i.",
        answer=softmax_ce_gradient(),
        variables={"p_i": (0.05, 0.95), "y_i": (0.0, 1.0)},
        definition=" + ".join(f"-y_{k}*log({_SOFTMAX.format('z_' + k)})" for k in "ijk"),
        wrt="z_i",
        substitutions={"p_i": _SOFTMAX.format("z_i"), "y_k": "1 - y_i - y_j"},
    ),
    "l2_gradient": Formula(
        question="Differentiate the L2 penalty (lambda/2) w^2 with respect to w; write lambda as lam.",
        answer=l2_gradient(),
        variables={"lam": (0.001, 1.0), "w": (-3.0, 3.0)},
        definition="lam/2*w**2",
        wrt="w",
    ),
    "chain_rule_w1": Formula(
        question="For y_hat = w2 w1 x and L = (y_hat - y)^2 / 2, give dL/dw1 in terms of w1, w2, x and y.",
        answer=chain_rule_w1(),
        variables={"w1": (-2.0, 2.0), "w2": (-2.0, 2.0), "x": (-2.0, 2.0), "y": (-3.0, 3.0)},
        definition="(w2*w1*x - y)**2/2",
        wrt="w1",
    ),
}


def to_sympy(text):
    """Trusted formula text (reference answers and definitions, never student input) -> SymPy expression.

    Every name is a real symbol except the language's functions; sigmoid(t) means 1/(1 + exp(-t)).
    """
    import sympy  # imported here: reference users without symbolic work never pay for it

    functions = {name: getattr(sympy, name) for name in ("tanh", "exp", "log", "sqrt", "sech", "cosh", "sinh", "erf")}
    t = sympy.Symbol("t")
    functions["sigmoid"] = sympy.Lambda(t, 1 / (1 + sympy.exp(-t)))
    # a bare global namespace: every other name becomes a Symbol, so E, I, N or S stay variables
    bare = {name: getattr(sympy, name) for name in ("Symbol", "Integer", "Float", "Rational")}
    return sympy.parse_expr(text, local_dict=functions, global_dict=bare)


def verify(formula):
    """SymPy residual d(definition)/d(wrt) - answer after the substitutions; 0 when the answer is right."""
    import sympy

    subs = [(sympy.Symbol(name), to_sympy(text)) for name, text in formula.substitutions.items()]
    derivative = sympy.diff(to_sympy(formula.definition), sympy.Symbol(formula.wrt))
    return sympy.simplify((derivative - to_sympy(formula.answer)).subs(subs))
