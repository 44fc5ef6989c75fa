"""What pasting and LaTeX add to a typed answer, taken off before the answer is read.

Students paste from phones and PDFs (invisible characters come along) and type
the maths the way the sheet's LaTeX shows it:

    $0.417$, \\(0.417\\), \\[0.417\\]        -> 0.417
    \\frac{-3}{2}, \\tfrac{1}{2}           -> -3/2, 1/2          (a fraction of anything else keeps brackets)
    4.17 \\times 10^{-1}                  -> 4.17 × 10^(-1)
    \\sigma(z)\\left(1-\\sigma(z)\\right)     -> σ(z)(1-σ(z))
    1 - \\tanh^{2}(z)                     -> 1 - tanh^(2)(z)
    \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} -> [1 , 2 ; 3 , 4]

Only text is rewritten, nothing is evaluated: the reader of numbers, arrays or
formulas decides what the plain text means (and refuses what it cannot read,
such as an unknown command, which is left as typed). Braces are unwrapped
innermost first, a bounded number of times, so deep nesting costs little and
stays for the reader to refuse.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["plain_typed"]

_NUMBER = re.compile(r"\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*")
# a command -> the text it prints (the Greek letters the course names, the functions, the operators)
_COMMANDS = {"times": "×", "cdot": "·", "approx": "≈", "sigma": "σ", "alpha": "α", "beta": "β", "gamma": "γ",
             "delta": "δ", "partial": "∂", "eta": "η", "lambda": "λ", "mu": "μ", "pi": "π", "tanh": "tanh", "exp": "exp",
             "ln": "ln", "log": "log", "cosh": "cosh", "sinh": "sinh", "max": "max", "min": "min",
             "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊", "rfloor": "⌋",
             "left": "", "right": "", "quad": " ", "qquad": " ", ",": " ", ";": " ", "!": "", ":": " "}
_COMMAND = re.compile(r"\\([A-Za-z]+|[,;!:])")
_DELIMITER = re.compile(r"\\[()\[\]]")  # \( \) \[ \] open and close maths as $ does (MathJax, LaTeX)
_MATRIX = re.compile(r"\\(begin|end)\{[bBpvV]?matrix\}")
_FRACTION = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_WRAPPER = re.compile(r"\\(?:mathrm|text|operatorname|mathit|mathbf)\s*\{([^{}]*)\}")
_ROOT = re.compile(r"\\sqrt\s*\{([^{}]*)\}")
_POWER = re.compile(r"\^\s*\{([^{}]*)\}")
_LATEX = re.compile(r"[$\\]|\^\s*\{")  # a dollar, a command, or a power in braces (e^{-z})
PASSES = 12  # brace levels unwrapped; deeper LaTeX is left as typed


def _fraction(match: re.Match) -> str:
    top, bottom = match.group(1), match.group(2)
    if _NUMBER.fullmatch(top) and _NUMBER.fullmatch(bottom):
        return f"{top.strip()}/{bottom.strip()}"
    return f"({top})/({bottom})"


def _untex(text: str) -> str:
    text = text.replace("$", "")
    text = _MATRIX.sub(lambda m: "[" if m.group(1) == "begin" else "]", text)
    text = text.replace("\\\\", " ; ").replace("&", " , ")
    text = _DELIMITER.sub("", text)
    for _ in range(PASSES):
        before = text
        text = _FRACTION.sub(_fraction, text)
        text = _WRAPPER.sub(r"\1", text)
        text = _ROOT.sub(r"sqrt(\1)", text)
        text = _POWER.sub(r"^(\1)", text)
        if text == before:
            break
    return _COMMAND.sub(lambda m: _COMMANDS.get(m.group(1), m.group()), text)


def plain_typed(text: str) -> str:
    """`text` without invisible characters (zero-width spaces, direction marks: Unicode's format
    characters) and, when it holds LaTeX ('$', a backslash or ^{...}), with the LaTeX written out as plain text."""
    text = "".join(ch for ch in str(text) if unicodedata.category(ch) != "Cf")
    return _untex(text) if _LATEX.search(text) else text
