"""A small LaTeX-math to MathML converter: the subset the question templates use.

`to_mathml(r"\\hat{y} = \\frac{e^{z_k}}{\\sum_j e^{z_j}}", display=True)` returns a
`<math>` element (MathML Core, rendered natively by browsers; no scripts,
no fonts, no network).

Covered: numbers, letters, operators; ^ and _ (with limits under/over
\\sum, \\prod, \\lim in display mode); \\frac \\dfrac \\tfrac \\binom \\sqrt[n]{};
Greek letters; \\hat \\bar \\tilde \\vec \\dot \\overline; \\text \\mathrm
\\mathbf \\boldsymbol \\mathcal \\mathbb \\operatorname; \\left..\\right and
\\big-style delimiters; environments matrix, pmatrix, bmatrix, Bmatrix,
vmatrix, Vmatrix, cases, aligned, array; function names (\\exp, \\log, \\max,
...), relations, arrows and spacing commands. Anything else raises
MathError naming the command, so a template never renders silently wrong.
"""

from __future__ import annotations

import re
from html import escape

__all__ = ["MathError", "to_mathml"]


class MathError(ValueError):
    """The LaTeX uses something outside the supported subset (message is one line)."""


_GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
}
_GREEK_UPPER = {
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
    "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}
_OPERATORS = {
    "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "le": "≤", "leq": "≤",
    "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈", "sim": "∼", "equiv": "≡",
    "propto": "∝", "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←",
    "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "implies": "⇒", "mapsto": "↦",
    "in": "∈", "notin": "∉", "subset": "⊂", "subseteq": "⊆", "cup": "∪", "cap": "∩",
    "forall": "∀", "exists": "∃", "ldots": "…", "dots": "…", "cdots": "⋯", "vdots": "⋮",
    "ddots": "⋱", "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "circ": "∘", "ast": "∗",
    "star": "⋆", "mid": "∣", "Vert": "‖", "lVert": "‖", "rVert": "‖", "vert": "|",
    "lvert": "|", "rvert": "|", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋",
    "lceil": "⌈", "rceil": "⌉", "sum": "∑", "prod": "∏", "int": "∫", "coloneqq": "≔",
    "land": "∧", "lor": "∨", "neg": "¬", "setminus": "∖", "lbrace": "{", "rbrace": "}",
    "ll": "≪", "gg": "≫", "colon": ":", "top": "⊤", "intercal": "⊺", "prime": "′",
}
_IDENTIFIERS = {"infty": "∞", "partial": "∂", "nabla": "∇", "ell": "ℓ", "emptyset": "∅", "hbar": "ℏ"}
_FUNCTIONS = {
    "exp", "log", "ln", "sin", "cos", "tan", "tanh", "sinh", "cosh", "max", "min", "arg",
    "det", "lim", "sup", "inf", "sgn", "argmax", "argmin",
}
_LIMIT_OPERATORS = {"sum", "prod", "lim", "max", "min", "argmax", "argmin"}
_SPACES = {",": "0.167em", ":": "0.222em", ";": "0.278em", " ": "0.25em", "quad": "1em", "qquad": "2em"}
_ACCENTS = {"hat": "^", "widehat": "^", "bar": "¯", "overline": "¯", "tilde": "~",
            "widetilde": "~", "vec": "→", "dot": "˙", "ddot": "¨"}
_VARIANTS = {"mathrm": "normal", "operatorname": "normal", "mathbf": "bold", "boldsymbol": "bold",
             "mathit": "italic", "mathcal": "script", "mathbb": "double-struck"}
_TEXTS = {"text", "textrm", "textit", "textbf", "mbox"}
_IGNORED = {"displaystyle", "textstyle", "limits", "nolimits", "!"}
_SIZES = {"big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr"}
_FRACTIONS = {"frac", "dfrac", "tfrac", "cfrac"}
_FENCES = {
    "matrix": ("", ""), "pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "Bmatrix": ("{", "}"),
    "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖"), "cases": ("{", ""), "aligned": ("", ""),
    "align*": ("", ""), "array": ("", ""),
}
_MINUS = "−"

_TOKEN = re.compile(r"\\[A-Za-z]+\*?|\\.|[0-9]*\.?[0-9]+|\s+|.", re.S)


def _mo(text: str, extra: str = "") -> str:
    return f"<mo{extra}>{escape(text, quote=False)}</mo>"


def _mi(text: str, variant: str | None = None) -> str:
    attr = f' mathvariant="{variant}"' if variant else ""
    return f"<mi{attr}>{escape(text, quote=False)}</mi>"


def _starts_operand(nodes: list[str]) -> bool:
    """Whether the next token begins an operand: at the start, or after an operator or opening bracket."""
    if not nodes:
        return True
    last = nodes[-1]
    return last.startswith("<mo") and not last.endswith((">)</mo>", ">]</mo>", ">|</mo>", ">‖</mo>", ">}</mo>"))


def _row(nodes: list[str]) -> str:
    return nodes[0] if len(nodes) == 1 else f"<mrow>{''.join(nodes)}</mrow>"


class _Parser:
    def __init__(self, tex: str, display: bool):
        self.tex = tex
        self.display = display
        self.tokens = _TOKEN.findall(tex)  # spaces kept for \text; skipped everywhere else
        self.pos = 0

    def fail(self, what: str) -> MathError:
        return MathError(f"{what} in ${self.tex}$")

    def peek(self) -> str | None:
        while self.pos < len(self.tokens) and self.tokens[self.pos].isspace():
            self.pos += 1
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, raw: bool = False) -> str:
        token = self.tokens[self.pos] if raw and self.pos < len(self.tokens) else self.peek()
        if token is None:
            raise self.fail("unexpected end of formula")
        self.pos += 1
        return token

    def expect(self, token: str) -> None:
        got = self.take()
        if got != token:
            raise self.fail(f"expected {token!r} but found {got!r}")

    def raw_group(self) -> str:
        """The literal text of the next {...} group (for \\text and \\begin names)."""
        self.expect("{")
        depth, parts = 1, []
        while True:
            token = self.take(raw=True)
            depth += {"{": 1, "}": -1}.get(token, 0)
            if depth == 0:
                return "".join(parts)
            parts.append(token)

    def row(self, stops: tuple[str, ...]) -> tuple[list[str], str | None]:
        """Nodes until one of `stops` (not consumed) or the end of the formula."""
        nodes: list[str] = []
        while (token := self.peek()) is not None and token not in stops:
            if token.startswith(r"\end") or token == r"\right":
                break
            if token in "+-" and _starts_operand(nodes):
                self.take()  # a sign, not an operation: no space between it and its number
                nodes.append(_mo(_MINUS if token == "-" else "+", ' form="prefix" lspace="0em" rspace="0em"'))
                continue
            nodes.append(self.scripted())
        return nodes, self.peek()

    def argument(self) -> str:
        """One argument: a {group} or a single atom."""
        if self.peek() == "{":
            self.take()
            nodes, _ = self.row(("}",))
            self.expect("}")
            return _row(nodes) if nodes else "<mrow></mrow>"
        return self.atom()

    def scripted(self) -> str:
        """An atom with optional ^, _ and primes."""
        start = self.peek()
        base = self.atom()
        sub = sup = None
        while self.peek() in ("^", "_", "'"):
            token = self.take()
            if token == "'":
                sup = _mo("′") if sup is None else _row([sup, _mo("′")])
            elif token == "^":
                sup = self.argument()
            else:
                sub = self.argument()
        if sub is None and sup is None:
            return base
        limits = self.display and start is not None and start[1:] in _LIMIT_OPERATORS
        if sub is not None and sup is not None:
            tag = "munderover" if limits else "msubsup"
            return f"<{tag}>{base}{sub}{sup}</{tag}>"
        if sub is not None:
            tag = "munder" if limits else "msub"
            return f"<{tag}>{base}{sub}</{tag}>"
        tag = "mover" if limits else "msup"
        return f"<{tag}>{base}{sup}</{tag}>"

    def atom(self) -> str:
        token = self.take()
        if token == "{":
            nodes, _ = self.row(("}",))
            self.expect("}")
            return f"<mrow>{''.join(nodes)}</mrow>"
        if token[0].isdigit() or (token[0] == "." and len(token) > 1):
            return f"<mn>{token}</mn>"
        if token.isalpha():
            return _mi(token)
        if token.startswith("\\"):
            return self.command(token[1:])
        if token in ("}", "&"):
            raise self.fail(f"unexpected {token!r}")
        if token in "()[]|":  # a plain bracket keeps its size: only \left/\right brackets stretch
            return _mo(token, ' stretchy="false"')
        return _mo(_MINUS if token == "-" else token)

    def command(self, name: str) -> str:
        if name in _GREEK:
            return _mi(_GREEK[name])
        if name in _GREEK_UPPER:
            return _mi(_GREEK_UPPER[name], "normal")
        if name in _IDENTIFIERS:
            return _mi(_IDENTIFIERS[name])
        if name in _FUNCTIONS:
            return _mi(name)
        if name in _OPERATORS:
            return _mo(_OPERATORS[name])
        if name in _SPACES:
            return f'<mspace width="{_SPACES[name]}"/>'
        if name in _IGNORED:
            return "<mrow></mrow>"
        if name in "{}%&#_$|":
            return _mo("‖" if name == "|" else name)
        if name in _FRACTIONS:
            return f"<mfrac>{self.argument()}{self.argument()}</mfrac>"
        if name == "binom":
            top, bottom = self.argument(), self.argument()
            return f'<mrow>{_mo("(")}<mfrac linethickness="0">{top}{bottom}</mfrac>{_mo(")")}</mrow>'
        if name == "sqrt":
            return self.sqrt()
        if name in _ACCENTS:
            return f'<mover accent="true">{self.argument()}{_mo(_ACCENTS[name])}</mover>'
        if name in _TEXTS:
            return f"<mtext>{escape(self.raw_group(), quote=False)}</mtext>"
        if name in _VARIANTS:
            return self.variant(_VARIANTS[name])
        if name == "left":
            return self.fenced()
        if name in _SIZES:
            return self.delimiter(stretchy=False)
        if name == "begin":
            return self.environment()
        raise self.fail(f"unsupported LaTeX command \\{name}")

    def sqrt(self) -> str:
        if self.peek() == "[":
            self.take()
            index, _ = self.row(("]",))
            self.expect("]")
            return f"<mroot>{self.argument()}{_row(index)}</mroot>"
        return f"<msqrt>{self.argument()}</msqrt>"

    def variant(self, variant: str) -> str:
        if self.peek() != "{":
            return self.atom()
        start = self.pos
        text = self.raw_group()
        if re.fullmatch(r"[A-Za-z0-9 ]+", text):
            return _mi(text.strip(), variant)
        self.pos = start  # not a plain word: parse the group as math in the default style
        return self.argument()

    def delimiter(self, stretchy: bool) -> str:
        token = self.take()
        if token == ".":
            return ""
        if token == "\\|":
            text = "‖"
        else:
            text = _OPERATORS.get(token[1:], token[1:]) if token.startswith("\\") else token
        if len(text) != 1:
            raise self.fail(f"unsupported delimiter {token}")
        return _mo(text, f' stretchy="{str(stretchy).lower()}"')

    def fenced(self) -> str:
        opening = self.delimiter(stretchy=True)
        nodes, stop = self.row(())
        if stop != r"\right":
            raise self.fail(r"\left without \right")
        self.take()
        closing = self.delimiter(stretchy=True)
        return f"<mrow>{opening}{''.join(nodes)}{closing}</mrow>"

    def environment(self) -> str:
        name = self.raw_group()
        if name not in _FENCES:
            raise self.fail(f"unsupported environment {name}")
        if name == "array":
            self.raw_group()  # column spec: alignment only
        rows, cells = [], []
        while True:
            nodes, stop = self.row(("&", r"\\"))
            cells.append(f"<mtd>{''.join(nodes)}</mtd>")
            token = self.take()
            if token == "&":
                continue
            rows.append(f"<mtr>{''.join(cells)}</mtr>")
            cells = []
            if token == r"\end":
                break
            if token != r"\\":
                raise self.fail(f"unexpected {token!r} in {name}")
        if self.raw_group() != name:
            raise self.fail(f"\\begin{{{name}}} closed by another \\end")
        align = ' columnalign="right left"' if name in ("aligned", "align*") else ""
        align = ' columnalign="left"' if name == "cases" else align
        table = f"<mtable{align}>{''.join(r for r in rows if r != '<mtr><mtd></mtd></mtr>')}</mtable>"
        left, right = _FENCES[name]
        fence = ' stretchy="true" fence="true"'
        return "<mrow>" + (_mo(left, fence) if left else "") + table + (_mo(right, fence) if right else "") + "</mrow>"


def to_mathml(tex: str, display: bool = False) -> str:
    """MathML for a LaTeX formula (without the $ delimiters); raises MathError outside the subset."""
    parser = _Parser(tex, display)
    nodes, stop = parser.row(())
    if stop is not None:
        raise parser.fail(f"unexpected {stop}")
    mode = "block" if display else "inline"
    body = _row(nodes or ["<mrow></mrow>"])
    return f'<math xmlns="http://www.w3.org/1998/Math/MathML" display="{mode}">{body}</math>'
