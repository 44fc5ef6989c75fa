"""A count written as the rounding of a quotient, the way the worked solutions compute it.

    ceil(7229/50)   ⌈7229 / 50⌉   ⌈7229/50⌉ (LaTeX's \\lceil, written out: typed.py)   floor(7229/50) + 1   ceil(7229/50)*5   floor(0.6*1234)

A whole number answer with no tolerance (iterations per epoch, the size of a batch, a parameter count) may be
given so: the text is read with exact fractions (0.6 * 1234 is 740.4, never 740.4000000000001, so its floor is
740), from numbers, + - * / and brackets, rounded up by ceil(...) or ⌈...⌉ and down by floor(...) or ⌊...⌋. Any
other calculation stays refused as one (the sheet asks for the value). Text is parsed, never evaluated as code.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from fractions import Fraction

__all__ = ["is_count", "rounded_count"]

MAX_CHARS = 120  # a few roundings of quotients; bounds the fractions' size too (no powers)
_ROUNDING = re.compile(r"ceil|floor|[⌈⌊]", re.I)
_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d*)?|\.\d+)|(ceil|floor)\s*(?=\()|([-+*/()⌈⌉⌊⌋]))", re.I)
_SIGNS = str.maketrans({"×": "*", "·": "*", "⋅": "*", "÷": "/", "\u2212": "-"})
_CLOSING = {"⌈": "⌉", "⌊": "⌋", "(": ")"}
_ROUND = {"ceil": math.ceil, "floor": math.floor, "⌈": math.ceil, "⌊": math.floor, "(": lambda x: x}
_HELP = "write the whole number, or a rounding such as ceil(100/8)"


def is_count(spec: Mapping) -> bool:
    """Whether the answer is a whole number judged exactly: a count."""
    return (spec["type"] == "numeric" and int(spec.get("decimals", 0) or 0) == 0
            and not spec.get("rtol") and not spec.get("atol"))


def _tokens(text: str) -> list[str]:
    tokens, at = [], 0
    while at < len(text.rstrip()):
        found = _TOKEN.match(text, at)
        if not found:
            raise ValueError(f"cannot read {text.strip()[:60]!r} at {text[at:].strip()[:10]!r}: {_HELP}")
        tokens.append(next(g for g in found.groups() if g).lower())
        at = found.end()
    return tokens


class _Reader:
    """sum := product (('+' | '-') product)*; product := factor (('*' | '/') factor)*;
    factor := ('-' | '+') factor | number | ceil/floor '(' sum ')' | '(' sum ')' | '⌈' sum '⌉' | '⌊' sum '⌋'"""

    def __init__(self, text: str):
        self.text, self.tokens, self.at = text, _tokens(text), 0

    def _fail(self) -> ValueError:
        return ValueError(f"cannot read {self.text.strip()[:60]!r}: {_HELP}")

    def _next(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _take(self, token: str) -> None:
        if self._next() != token:
            raise self._fail()
        self.at += 1

    def whole(self) -> Fraction:
        value = self.sum()
        if self._next() is not None:
            raise self._fail()
        return value

    def sum(self) -> Fraction:
        value = self.product()
        while self._next() in ("+", "-"):
            sign = self.tokens[self.at]
            self.at += 1
            value = value + self.product() if sign == "+" else value - self.product()
        return value

    def product(self) -> Fraction:
        value = self.factor()
        while self._next() in ("*", "/"):
            operator = self.tokens[self.at]
            self.at += 1
            other = self.factor()
            if operator == "/" and other == 0:
                raise ValueError(f"{self.text.strip()[:60]!r} divides by zero: {_HELP}")
            value = value * other if operator == "*" else value / other
        return value

    def factor(self) -> Fraction:
        token = self._next()
        if token is None:
            raise self._fail()
        self.at += 1
        if token in ("-", "+"):
            return -self.factor() if token == "-" else self.factor()
        if token[0].isdigit() or token[0] == ".":
            return Fraction(token)
        if token in ("ceil", "floor"):
            self._take("(")
            opening = "("
        elif token in _CLOSING:
            opening = token
        else:
            raise self._fail()
        value = self.sum()
        self._take(_CLOSING[opening])
        return Fraction(_ROUND[token if token in ("ceil", "floor") else opening](value))


def rounded_count(text: str) -> float | None:
    """The value of a count written with ceil or floor (⌈ ⌉, ⌊ ⌋), or None when the text rounds nothing;
    ValueError with a one-line reason when it does but cannot be read."""
    text = text.translate(_SIGNS)
    if not _ROUNDING.search(text) or len(text) > MAX_CHARS:
        return None
    return float(_Reader(text).whole())
