"""Paper notation -> the formula syntax the symbolic judge reads, where the reading is unambiguous.

Students copy formulas from paper or from the notes:

    s_i(1-s_i)          -> s_i*(1-s_i)            (s_i is one of the question's variables)
    2z, 2 z             -> 2*z
    σ(z)(1−σ(z))        -> sigmoid(z)*(1-sigmoid(z))
    1 − tanh(z)²        -> 1-tanh(z)**2
    tanh²(z), tanh^2(z) -> tanh**2(z), tanh^2(z)  (the judge reads f^n(x) as f(x)^n and refuses f^-1(x):
                                                   grader.symbolic_worker, one rule for quiz and exercises)
    si(1-si)            -> s_i*(1-s_i)            (si is s_i when s_i is a variable and si is not)
    -s_is_j, -sisj      -> -s_i*s_j               (a name made only of the variables, as LaTeX's s_is_j prints)
    s_i*(1-s_i).        -> s_i*(1-s_i)            (a full stop ends the sentence)
    The derivative is σ(z)(1-σ(z)), by the chain rule.  -> sigmoid(z)*(1-sigmoid(z))   (a sentence's words around it:
                                                   "It equals", "Answer:", "(the derivative)"; never a condition
                                                   such as "when i = j", which `refusal` names)
    g'(z) = 1 - tanh(z)²  -> 1-tanh(z)**2         (the left-hand side copied from the question, when it is
    d/dz tanh(z) = ...    -> ...                   the derivative in plain notation; `refusal` names any other)
    sᵢ, s_{i}, S_i      -> s_i;  σ(z)[1-σ(z)] -> sigmoid(z)*(1-sigmoid(z))
    z⁻¹, x·y, a×b, a÷b  -> z**(-1), x*y, a*b, a/b
    g(z)(1-g(z)), 1-g²  -> tanh(z)*(1-tanh(z)), 1-tanh(z)**2   (g a function the statement defines, here as tanh:
                                                   `functions`; g alone is its value at the answer's one variable)
    σ(1-σ), 1 - tanh²   -> sigmoid(z)*(1-sigmoid(z)), 1-tanh(z)**2   (the activations too)

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
from collections.abc import Iterable, Mapping

from mlptutor.grader.symbolic_worker import CONSTANTS, FUNCTIONS, MAX_CHARS  # what the judge reads; longer text it refuses

__all__ = ["SENTENCE_WORDS", "SUPERSCRIPTS", "refusal", "to_formula"]

_SYMBOLS = {"\u2212": "-", "\u2013": "-", "\u00d7": "*", "\u00b7": "*", "\u22c5": "*", "\u2219": "*",
            "\u00f7": "/", "\u2009": " ", "\u00a0": " ", "[": "(", "]": ")",
            "ᵢ": "_i ", "ⱼ": "_j ", "ₖ": "_k ", "₀": "_0 ", "₁": "_1 ", "₂": "_2 "}  # a subscript ends its name
_NAME = r"[^\W\d]\w*"


def _called(tag: str) -> str:
    """g, tanh(z), s_i: the function as group <tag>f, its argument as <tag>a."""
    return rf"(?P<{tag}f>{_NAME})\s*(?:\(\s*(?P<{tag}a>{_NAME})\s*\))?"


# the derivative asked for, in plain notation (LaTeX written out: \frac{d}{dz} is (d)/(dz)): g'(z), σ'(z), tanh';
# dg/dz, d tanh(z)/dz, ds_i/dz_j, ∂s_i/∂z_j, (dσ(z))/(dz); d/dz tanh(z), d/dz (g(z)), (d)/(dz)tanh(z); its parts
# named (`_parts`): the function, its argument, the variable it is taken with respect to
_DERIVATIVE = (rf"(?:(?P<pf>{_NAME})\s*'\s*(?:\(\s*(?P<pa>\w*)\s*\))?"
               rf"|\(?\s*[d∂]\s*{_called('l')}\s*\)?\s*/\s*\(?\s*[d∂]\s*(?P<lw>{_NAME})\s*\)?"
               rf"|\(?\s*\(?\s*[d∂]\s*\)?\s*/\s*\(?\s*[d∂]\s*(?P<ow>{_NAME})\s*\)?\s*\)?\s*"
               rf"(?:\(\s*{_called('o')}\s*\)|{_called('b')}))")
# the left-hand side a student copies from the question ("g'(z) =", "d/dz tanh(z) ="): taken off, never judged, once
# `refusal` found it names the derivative the answer's label asks for ("g'(z) as a formula in z")
_LEFT_SIDE = re.compile(rf"\s*{_DERIVATIVE}\s*=(?!=)")
_DERIVATIVE_ALONE = re.compile(rf"\s*{_DERIVATIVE}\s*=?\s*")
_ASKED = re.compile(rf"\s*{_DERIVATIVE}")
_EQUALS = re.compile(r"(?<![<>=!])=(?!=)")
SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+"))  # also how answers.py reads 10⁻³
_SUP = "".join(SUPERSCRIPTS)
# Greek letter -> the name it usually stands for in the course (σ is the sigmoid, a function)
_GREEK = {"σ": "sigmoid", "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "η": "eta", "θ": "theta",
          "μ": "mu", "ρ": "rho", "τ": "tau", "φ": "phi", "ω": "omega", "π": "pi"}
_FUNCTIONS = frozenset(FUNCTIONS)
# activations the notes write alone for their value, as the functions a statement defines are: σ(1-σ), 1 - tanh²
_VALUES = {"sigmoid": "sigmoid", "tanh": "tanh"}
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


def _product(name: str, variables: frozenset) -> list[str] | None:
    """The variables a name is written of, side by side as on paper or in LaTeX ("s_is_j", "sisj": s_i, s_j); None
    unless it is two or more of them and nothing else."""
    spelled = {v.lower(): v for v in variables} | {v.replace("_", "").lower(): v for v in variables}
    longest = max(map(len, spelled), default=0)
    ways: dict[int, list[str]] = {0: []}  # how the first `end` letters read (the first way found)
    text = name.lower()
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - longest), end):
            if start in ways and text[start:end] in spelled:
                ways[end] = ways[start] + [spelled[text[start:end]]]
                break
    found = ways.get(len(text))
    return found if found and len(found) > 1 else None


def _spelled(kind: str, value: str, variables: frozenset) -> list[tuple[str, str]]:
    """A token as the judge reads it (`_renamed`); a name written of several variables is their product."""
    kind, value = _renamed(kind, value, variables)
    parts = _product(value, variables) if kind == "name" and value not in variables | _FUNCTIONS | _CONSTANTS else None
    if not parts:
        return [(kind, value)]
    tokens = [("name", parts[0])]
    for part in parts[1:]:
        tokens += [("op", "*"), ("name", part)]
    return tokens


def _power(sup: str) -> list[tuple[str, str]]:
    exponent = "".join(SUPERSCRIPTS[c] for c in sup)
    if re.fullmatch(r"\d+", exponent):
        return [("op", "**"), ("number", exponent)]
    return [("op", "**"), ("op", "("), ("number", exponent), ("op", ")")]


def _after_function_power(out: list) -> bool:
    """Whether `out` ends with a function's power, as in tanh^2 or tanh**(-1): the bracket that follows is
    the function's argument (the judge reads f^n(x) as f(x)^n, and refuses f^-1(x)), not a product."""
    i = len(out) - 1
    if i >= 0 and out[i][1] == ")":
        depth = 0
        while i >= 0:
            depth += {")": 1, "(": -1}.get(out[i][1], 0) if out[i][0] == "op" else 0
            if depth == 0:
                break
            i -= 1
    elif not (i >= 0 and out[i][0] == "number"):
        return False
    i -= 1 + (i >= 1 and out[i - 1][1] in "+-")
    return i >= 1 and out[i][1] in ("**", "^") and out[i - 1][0] == "name" and out[i - 1][1] in _FUNCTIONS


def _ends_value(kind: str, value: str, variables: frozenset) -> bool:
    return kind == "number" or value == ")" or (kind == "name" and (value in variables or value in _CONSTANTS))


def _starts_value(kind: str, value: str, variables: frozenset) -> bool:
    return value == "(" or (kind == "name" and (value in variables or value in _CONSTANTS or value in _FUNCTIONS))


# a sentence around the formula: "The derivative is ...", "It equals ...", "Answer: ..." before it (words that name
# nothing of a formula, never one letter, which may be a variable), ", by the chain rule" or "(the derivative)" after
# it (two words or more, letters alone: "(z)" is an argument)
SENTENCE_WORDS = frozenset({"the", "my", "final", "answer", "result", "formula", "expression", "derivative", "gradient",
                            "value", "vector", "matrix", "it", "this", "so", "thus", "hence", "we", "about",
                            "approximately", "roughly"})
_FILLER = rf"(?:{'|'.join(sorted(SENTENCE_WORDS))})"
_LEAD_IN = re.compile(rf"^\s*(?:(?:{_FILLER}\s+)*(?:is|equals|equal\s+to|becomes|gives|get)\s+|(?:{_FILLER}\s*)+:\s*)",
                      re.I)
_REMARK = re.compile(r"\s*(?:,\s*[A-Za-z]+(?:\s+[A-Za-z]+)+|\(\s*[A-Za-z]+(?:\s+[A-Za-z]+)+\s*\))\s*$")


def _symbols(text: str) -> str:
    """`text` with paper's symbols in ASCII, the full stop ending a sentence (not attribute access) dropped, and the
    words of a sentence around the formula (_LEAD_IN, _REMARK)."""
    for symbol, plain in _SYMBOLS.items():
        text = text.replace(symbol, plain)
    text = re.sub(r"(?<=[)\w])\s*\.\s*$", "", text)
    return _REMARK.sub("", _LEAD_IN.sub("", text, count=1), count=1)


def _parts(found: re.Match) -> tuple[str, str | None, str | None]:
    """(function, argument, variable) of a derivative's notation: g'(z) -> (g, z, z), tanh' -> (tanh, None, None),
    ds_i/dz_j -> (s_i, None, z_j), d/dx tanh(z) -> (tanh, z, x)."""
    named = found.groupdict()
    function = next(named[k] for k in ("pf", "lf", "of", "bf") if named[k])
    argument = next((named[k] for k in ("pa", "la", "oa", "ba") if named[k]), None)
    return function, argument, named["lw"] or named["ow"] or argument


def _key(name: str, variables: frozenset) -> str:
    """A name as it compares across notations: σ and Sigmoid are sigmoid, s_i, si and S_i one name."""
    return _renamed("name", name, variables)[1].replace("_", "").lower()


def _other_derivative(left: re.Match, label: str, key: str, variables: frozenset) -> str | None:
    """One line when the left side `left` names another derivative than the one `label` asks for ("g'(z) as a
    formula in z", "ds_i/dz_j ..."; a label naming none asks nothing here), else None. Its function may be named
    as the label names it (g) or as the key calls it (tanh); the variable, and an argument both give, must agree."""
    asked = _ASKED.match(label)
    if asked is None:
        return None
    function, argument, wrt = _parts(left)
    their_function, their_argument, their_wrt = _parts(asked)
    called = [name for name in re.findall(rf"({_NAME})\s*\(", key) if name in _FUNCTIONS]
    shown, said = left.group().rstrip("= ").strip()[:30], asked.group().strip()
    asks, of = f"the question asks for {said}", (called or [their_function])[0]
    if _key(function, variables) not in {_key(name, variables) for name in [their_function, *called]}:
        return f"{shown!r} is the derivative of {function[:20]}: {asks}, the derivative of {of}"
    if wrt and their_wrt and _key(wrt, variables) != _key(their_wrt, variables):
        return f"{shown!r} is taken with respect to {wrt[:20]}: {asks}, with respect to {their_wrt}"
    if argument and their_argument and _key(argument, variables) != _key(their_argument, variables):
        return f"{shown!r} takes {function[:20]} at {argument[:20]}: {asks}, at {their_argument}"
    return None


def _unknown(body: str, variables: frozenset, functions: Mapping[str, str]) -> list[re.Match]:
    """The names in `body` that are no variable, function or constant of this answer, in reading order."""
    known = variables | _FUNCTIONS | _CONSTANTS | set(functions)
    return [m for m in _TOKEN.finditer(body)
            if m.lastgroup == "name"
            and any(k == "name" and v not in known for k, v in _spelled("name", m.group(), variables))]


def _unreadable(body: str, unknown: list[re.Match], names: str) -> str:
    """One line naming what is no formula of this answer: one name (σ_i, λ, diagonal), or the text around several
    ("for i=j", "the derivative is")."""
    words = list(dict.fromkeys(m.group()[:20] for m in unknown))
    if len(words) == 1:
        indexed = " (an index makes a name of its own)" if "_" in words[0] else ""
        sigmoid = "; σ(z) alone is the sigmoid, sigmoid(z)" if words[0].startswith("σ") else ""
        return f"{words[0]!r} is not a name in this answer{indexed}: write the formula in {names}{sigmoid}"
    fragment = body[unknown[0].start():unknown[-1].end()].strip()
    listed = ", ".join(repr(w) for w in words[:-1]) + f" and {words[-1]!r}"
    return f"cannot read {fragment[:40]!r}: {listed} are not names in this answer; write the formula alone, in {names}"


def refusal(text: str, variables: Iterable[str], label: str = "", key: str = "",
            functions: Mapping[str, str] | None = None) -> str | None:
    """One line saying, in the student's terms, why `text` is no formula in `variables`, or None (the judge then
    reads it and names any other problem). Said here: the derivative asked for named instead of written out
    ("d/dz tanh(z)"), an '=' whose left side is not that derivative ("g(z) = ...", "... = g'(z)", and, given the
    answer's `label` and `key`, "d/dx tanh(z) = ..." or "d/dz sigmoid(z) = ..." where the label asks for g'(z) of
    the key's tanh), names that are no variable, function (`functions`: those the statement defines) or constant
    of the answer, quoted with the text around them ("for i=j", "the derivative is", σ_i, λ), and an operator
    that ends the text."""
    if len(text) > MAX_CHARS:
        return None
    variables, functions = frozenset(variables), functions or {}
    names = " and ".join(sorted(variables))
    if _DERIVATIVE_ALONE.fullmatch(_symbols(text)):
        return f"{text.strip()[:40]!r} names the derivative asked for: write it out as a formula in {names}"
    if (left := _LEFT_SIDE.match(_symbols(text))) and (other := _other_derivative(left, label, key, variables)):
        return other
    sides = _EQUALS.split(to_formula(text, variables, functions))
    if len(sides) > 1 and _DERIVATIVE_ALONE.fullmatch(sides[-1]):
        return f"write the formula alone, without '= {sides[-1].strip()[:30]}'"
    body = _body(text)
    unknown, equals = _unknown(body, variables, functions), _EQUALS.search(body)
    # names only before an '=' are a left side ("y = ..."), said below; anywhere else they are text to read
    if unknown and not (equals and unknown[-1].end() <= equals.start()):
        return _unreadable(body, unknown, names)
    if equals:
        left = body[:equals.start()].strip()[:30]
        return f"{left!r} before '=' is not the derivative asked for: give only the formula"
    if dangling := re.search(r"([-+*/^])\s*$", body):
        sign = dangling.group(1)
        return f"{text.strip()[:40]!r} ends with '{sign}': finish the formula or take the '{sign}' away"
    return None


def _body(text: str) -> str:
    """The text as its formula reads: paper's symbols in ASCII, the derivative's left side taken off, s_{i} as s_i."""
    text = _symbols(text)
    return re.sub(r"_\{(\w+)\}", r"_\1 ", _LEFT_SIDE.sub("", text, count=1) if _LEFT_SIDE.match(text) else text)


def _bracket(tokens: list[tuple[str, str]], i: int) -> int | None:
    """Where the bracket calling the name at tokens[i] opens, after a power of the function's value maybe (g(z),
    g²(z), g^2(z), g^(-1)(z)); None when no bracket follows."""
    j, n = i + 1, len(tokens)
    if j < n and tokens[j][0] == "sup":
        j += 1
    elif j < n and tokens[j][1] in ("^", "**"):
        j += 1
        if j < n and tokens[j][1] == "(":  # a bracketed power: past its closing bracket
            depth = 0
            while j < n:
                depth += {"(": 1, ")": -1}.get(tokens[j][1], 0) if tokens[j][0] == "op" else 0
                j += 1
                if depth == 0:
                    break
        else:
            j += 1 + (j < n and tokens[j][1] in "+-")
    return j if j < n and tokens[j][1] == "(" else None


def _defined(tokens: list[tuple[str, str]], functions: Mapping[str, str], variables: frozenset) -> list:
    """A function the statement defines (g) as the judge's function it stands for: g(z) is tanh(z). Where g also
    stands alone, as a value (1 - g², g(1-g)), it is its value at the answer's one variable wherever it is not
    called at that variable: g(1-g) is g(z) (1 - g(z)), as on paper."""
    places = [i for i, (kind, value) in enumerate(tokens) if kind == "name" and functions.get(value) in _FUNCTIONS]
    if not places:
        return tokens
    variable = next(iter(variables)) if len(variables) == 1 else None
    at_variable = {i for i in places if (j := _bracket(tokens, i)) is not None
                   and [v for _, v in tokens[j:j + 3]] == ["(", variable, ")"]}
    as_value = variable is not None and any(_bracket(tokens, i) is None for i in places)
    out = []
    for i, (kind, value) in enumerate(tokens):
        out.append((kind, functions[value]) if i in places else (kind, value))
        if i in places and i not in at_variable and (as_value or _bracket(tokens, i) is None) and variable:
            out += [("op", "("), ("name", variable), ("op", ")")]
    return out


def to_formula(text: str, variables: Iterable[str], functions: Mapping[str, str] | None = None) -> str:
    """`text` in the judge's syntax; unchanged when it already was (or when nothing unambiguous applies).
    `functions`: names the statement defines -> the judge's function each stands for ({"g": "tanh"}).
    Text longer than the judge accepts is left as it is, for the judge to refuse."""
    if len(text) > MAX_CHARS:
        return text
    variables = frozenset(variables)
    tokens = _defined([t for k, v in _tokens(_body(text)) for t in _spelled(k, v, variables)],
                      {**_VALUES, **(functions or {})}, variables)
    out: list[tuple[str, str]] = []
    for kind, value in tokens:
        if kind == "sup":
            out.extend(_power(value))
            continue
        if out:
            pk, pv = out[-1]
            called = value == "(" and ((pk == "name" and pv in _FUNCTIONS) or _after_function_power(out))
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
