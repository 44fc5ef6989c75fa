"""Paper notation -> the formula syntax the symbolic judge reads, where the reading is unambiguous.

Students copy formulas from paper or from the notes:

    s_i(1-s_i)          -> s_i*(1-s_i)            (s_i is one of the question's variables)
    2z, 2 z             -> 2*z
    σ(z)(1−σ(z))        -> sigmoid(z)*(1-sigmoid(z))
    1 − tanh(z)²        -> 1-tanh(z)**2
    tanh²(z), tanh^2(z) -> tanh(z)**2
    si(1-si)            -> s_i*(1-s_i)            (si is s_i when s_i is a variable and si is not)
    s_i*(1-s_i).        -> s_i*(1-s_i)            (a full stop ends the sentence)
    g'(z) = 1 - tanh(z)²  -> 1-tanh(z)**2         (the left-hand side copied from the question)
    sᵢ, s_{i}, S_i      -> s_i;  σ(z)[1-σ(z)] -> sigmoid(z)*(1-sigmoid(z))
    z⁻¹, x·y, a×b, a÷b  -> z**(-1), x*y, a*b, a/b

Only text is rewritten, nothing is evaluated: the judge still scans and
parses the result in its sandbox. A product is inserted only between two
things that cannot mean anything else: a number, a known variable or
constant, or a closing bracket, followed by a known variable, constant,
function or an opening bracket (never number-number, `z 2` or `(a)2`, which
stay as typed and get the judge's message). A Greek letter becomes the
function or variable it names only when the question's variables do not
already use it (σ is the sigmoid unless a variable is called σ or sigma).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mlptutor.grader.symbolic_worker import CONSTANTS, FUNCTIONS, MAX_CHARS  # what the judge reads; longer text it refuses

__all__ = ["SUPERSCRIPTS", "to_formula"]

_SYMBOLS = {"\u2212": "-", "\u2013": "-", "\u00d7": "*", "\u00b7": "*", "\u22c5": "*", "\u2219": "*",
            "\u00f7": "/", "\u2009": " ", "\u00a0": " ", "[": "(", "]": ")",
            "ᵢ": "_i ", "ⱼ": "_j ", "ₖ": "_k ", "₀": "_0 ", "₁": "_1 ", "₂": "_2 "}  # a subscript ends its name
# the left-hand side a student copies from the question: "g'(z) =", "σ'(z) =", "ds_i/dz_j ="
_LEFT_SIDE = re.compile(r"\s*(?:\S{1,10}'\s*(?:\(\s*\w*\s*\))?|[d∂]\s*\w+\s*/\s*[d∂]\s*\w+)\s*=(?!=)")
SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+"))  # also how answers.py reads 10⁻³
_SUP = "".join(SUPERSCRIPTS)
# Greek letter -> the name it usually stands for in the course (σ is the sigmoid, a function)
_GREEK = {"σ": "sigmoid", "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "η": "eta", "θ": "theta",
          "μ": "mu", "ρ": "rho", "τ": "tau", "φ": "phi", "ω": "omega", "π": "pi"}
_FUNCTIONS = frozenset(FUNCTIONS)
_CONSTANTS = frozenset(CONSTANTS)
_TOKEN = re.compile(
    r"(?P<number>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)"
    rf"|(?P<sup>[{_SUP}]+)"
    rf"|(?P<name>(?![{_SUP}])[^\W\d](?:(?![{_SUP}])\w)*)"
    r"|(?P<space>\s+)"
    r"|(?P<op>\*\*|.)",
    re.S,
)


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in _TOKEN.finditer(text) if m.lastgroup != "space"]


def _renamed(kind: str, value: str, variables: frozenset) -> tuple[str, str]:
    if kind != "name" or value in variables:
        return kind, value
    if f"{value[:1]}_{value[1:]}" in variables:  # si for s_i, as on paper where the index is written small
        return kind, f"{value[:1]}_{value[1:]}"
    if value.lower() in variables or value.lower() in _FUNCTIONS:  # S_i, Sigmoid: a capital at a line's start
        return kind, value.lower()
    name = _GREEK.get(value, value)
    if name == "sigmoid" and ({"σ", "sigma"} & variables):
        return kind, value
    if value == "sigma" and "sigma" not in variables:
        name = "sigmoid"
    return kind, name


def _closing(tokens: list, start: int) -> int:
    """Index of the bracket closing tokens[start] == '(' (or len(tokens) when unclosed)."""
    depth = 0
    for i in range(start, len(tokens)):
        depth += {"(": 1, ")": -1}.get(tokens[i][1], 0) if tokens[i][0] == "op" else 0
        if depth == 0:
            return i
    return len(tokens)


def _power(sup: str) -> list[tuple[str, str]]:
    exponent = "".join(SUPERSCRIPTS[c] for c in sup)
    if re.fullmatch(r"\d+", exponent):
        return [("op", "**"), ("number", exponent)]
    return [("op", "**"), ("op", "("), ("number", exponent), ("op", ")")]


def _move_function_powers(tokens: list) -> list:
    """tanh²(z) -> tanh(z)², tanh^2(z) -> tanh(z)^2: the notes' power of a function is the power of its value."""
    out = list(tokens)
    i = 0
    while i + 2 < len(out):
        k0, v0 = out[i]
        typed = out[i + 1][1] in ("^", "**") and out[i + 2][0] == "number"
        power = 2 if typed else 1  # the tokens of the power: '^', '2' or one superscript run
        if (k0 == "name" and v0 in _FUNCTIONS and (typed or out[i + 1][0] == "sup")
                and i + power + 1 < len(out) and out[i + power + 1][1] == "("):
            end = _closing(out, i + power + 1)
            out = out[:i + 1] + out[i + power + 1:end + 1] + out[i + 1:i + power + 1] + out[end + 1:]
        i += 1
    return out


def _ends_value(kind: str, value: str, variables: frozenset) -> bool:
    return kind == "number" or value == ")" or (kind == "name" and (value in variables or value in _CONSTANTS))


def _starts_value(kind: str, value: str, variables: frozenset) -> bool:
    return value == "(" or (kind == "name" and (value in variables or value in _CONSTANTS or value in _FUNCTIONS))


def to_formula(text: str, variables: Iterable[str]) -> str:
    """`text` in the judge's syntax; unchanged when it already was (or when nothing unambiguous applies).
    Text longer than the judge accepts is left as it is, for the judge to refuse."""
    if len(text) > MAX_CHARS:
        return text
    variables = frozenset(variables)
    for symbol, plain in _SYMBOLS.items():
        text = text.replace(symbol, plain)
    text = re.sub(r"(?<=[)\w])\s*\.\s*$", "", text)  # the full stop ending a sentence, not attribute access
    text = re.sub(r"_\{(\w+)\}", r"_\1 ", _LEFT_SIDE.sub("", text, count=1) if _LEFT_SIDE.match(text) else text)
    tokens = _move_function_powers([_renamed(k, v, variables) for k, v in _tokens(text)])
    out: list[tuple[str, str]] = []
    for kind, value in tokens:
        if kind == "sup":
            out.extend(_power(value))
            continue
        if out:
            pk, pv = out[-1]
            called = pk == "name" and pv in _FUNCTIONS and value == "("
            if not called and _ends_value(pk, pv, variables) and _starts_value(kind, value, variables):
                out.append(("op", "*"))
        out.append((kind, value))
    return _joined(out)


def _joined(tokens: list[tuple[str, str]]) -> str:
    parts = []
    for (pk, _), (kind, value) in zip([("op", "")] + tokens, tokens):
        # two words side by side stay apart, as typed (the judge names the problem)
        parts.append(" " + value if pk in ("name", "number") and kind in ("name", "number") else value)
    return "".join(parts)
