"""Markdown with LaTeX math as plain text a terminal can show.

The tutor prints statements and worked solutions in a terminal, so the math
of `$...$` and `$$...$$` becomes Unicode text: `\\frac{a}{b}` -> `a/b` (a part that is more than a
number, a name or a ∂name in brackets: `(a + 1)/(2N)`), `\\lceil x \\rceil` -> `⌈x⌉`,
`\\hat{y}` -> `ŷ`, Greek letters -> `η λ σ`, matrices -> `[[1, 2], [3, 4]]`,
`x^{2}` -> `x^2`, `W_{1}` -> `W_1`. Markdown emphasis markers are dropped and
headings keep their words. Display math goes on its own indented line.
"""

import re

_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "eta": "η", "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "sigma": "σ", "tau": "τ",
    "phi": "φ", "Phi": "Φ", "Delta": "Δ", "Sigma": "Σ", "nabla": "∇", "partial": "∂",
    "sum": "Σ", "prod": "Π", "cdot": "·", "times": "×", "odot": "⊙", "approx": "≈",
    "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "to": "→",
    "rightarrow": "→", "leftarrow": "←", "gets": "←", "in": "∈", "infty": "∞", "pm": "±",
    "log": "log", "exp": "exp", "ln": "ln", "max": "max", "min": "min", "tanh": "tanh",
    "top": "ᵀ", "ell": "ℓ", "ldots": "…", "dots": "…", "cdots": "⋯", "quad": "  ", "qquad": "    ",
    "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊", "rfloor": "⌋",
    "Vert": "‖", "lVert": "‖", "rVert": "‖", "vert": "|", "lvert": "|", "rvert": "|", "mid": "|",
}
_HATS = {"hat": "\u0302", "bar": "\u0304", "tilde": "\u0303"}
_GROUP = r"\{([^{}]*)\}"  # innermost brace group: applied repeatedly, inside out
# a fraction's part needing no brackets: a number (0.5), a name (n_in), a ∂name (∂L); not 2N (1/2N reads (1/2)N)
_ATOM = re.compile(r"-?[0-9]+(?:\.[0-9]+)?|∂?(?:[^\W\d]\w*|\\[A-Za-z]+)")  # ... or a Greek letter: ∂α


def _fraction(match: re.Match) -> str:
    """`\\frac{a}{b}` as `a/b`, each part in brackets unless it is one number or name: `(a + 1)/(2N)`."""
    top, bottom = (part.strip() for part in match.groups())
    return "/".join(part if _ATOM.fullmatch(part) else f"({part})" for part in (top, bottom))


def _matrix(body: str) -> str:
    rows = [r.strip() for r in body.split(r"\\") if r.strip()]
    cells = [", ".join(c.strip() for c in r.split("&")) for r in rows]
    return "[" + ", ".join(f"[{c}]" for c in cells) + "]" if len(cells) > 1 else f"[{cells[0] if cells else ''}]"


def _script(mark: str, text: str) -> str:
    simple = re.fullmatch(r"[\w.+-]|[\w.]+|\(.*\)|\[.*\]", text)
    return f"{mark}{text}" if simple else f"{mark}({text})"


def latex_to_text(tex: str) -> str:
    """One LaTeX math fragment as plain Unicode text."""
    t = re.sub(r"\^\{?\\top\}?", "ᵀ", tex)  # a transpose is a superscript T, not a power
    t = re.sub(r"\\begin\{[bpv]?matrix\}(.*?)\\end\{[bpv]?matrix\}", lambda m: _matrix(m.group(1)), t, flags=re.S)
    # sizing commands: \left( \bigl( \Biggr] \left\{ ... keep only the bracket (\left\lceil: the command \lceil)
    t = re.sub(r"\\(left|right|middle|[Bb]igg?[lrm]?)\b\s*(?:\\(?![A-Za-z]))?", "", t)
    t = re.sub(r"\\partial\s*(?=\\?[A-Za-z])", "∂", t)  # ∂L, ∂α, as a fraction's part: ∂L/∂w
    t = re.sub(r"\\(displaystyle|limits)\b", "", t)
    t = re.sub(r"\\[,;:! ]", " ", t)
    previous = None
    while previous != t:  # innermost groups first, until nothing changes
        previous = t
        t = re.sub(r"\\[dt]?frac" + _GROUP + _GROUP, _fraction, t)
        t = re.sub(r"\\sqrt" + _GROUP, r"sqrt(\1)", t)
        t = re.sub(r"\\(?:text|mathrm|mathbf|mathit|operatorname|boldsymbol)" + _GROUP, r"\1", t)
        t = re.sub(r"\\(hat|bar|tilde)" + _GROUP, lambda m: m.group(2) + _HATS[m.group(1)], t)
        t = re.sub(r"([\^_])" + _GROUP, lambda m: _script(m.group(1), m.group(2)), t)
        t = re.sub(r"(?<![A-Za-z}\\])\{([^{}]*)\}", r"\1", t)  # a bare group, not a command's argument
    t = re.sub(r"\\([A-Za-z]+)", lambda m: _SYMBOLS.get(m.group(1), m.group(1)), t)
    t = t.replace(r"\\", "; ").replace("&", " ")
    return re.sub(r"\s+", " ", t).strip()  # one line: display math may span several


def markdown_to_text(markdown: str) -> str:
    """A whole rendered Markdown+LaTeX statement or solution as terminal text."""
    text = re.sub(r"\$\$(.+?)\$\$", lambda m: "\n    " + latex_to_text(m.group(1)) + "\n", markdown, flags=re.S)
    text = re.sub(r"(?<!\\)\$(.+?)(?<!\\)\$", lambda m: latex_to_text(m.group(1)), text, flags=re.S)
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = text.replace(r"\$", "$")
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
