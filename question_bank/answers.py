"""Checking one typed answer against one variant's answer key, with feedback in one line.

An answer's *spec* is its `[[answers]]` table of meta.toml as a plain dict:
`name`, `type` ("numeric" | "vector" | "matrix" | "symbolic" | "choice"),
`label`, `rtol`, `atol`, `decimals`, `variables` and `functions` (symbolic only).

What a student may type (text is parsed, never evaluated; invisible characters and LaTeX such as
"$\\frac{3}{2}$", "4.17 \\times 10^{-1}" or a bmatrix are first written out plainly: question_bank.typed):

- numeric: a decimal or scientific number ("0.5", "-1.5e-3", ".25", "1.5×10^-3",
  "1.5·10⁻³", "1.5*10**-3", "1.5 E-3" (a calculator's display), "1.5x10-3" with its superscript lost (but "1.5x103" is ambiguous and refused), a power
  of ten alone: "10^-3"), a fraction of two such numbers ("1/2", "-3/4"), or an
  integer with thousands separators ("109,386", "109 386"), or ½, ¼, ... A unicode
  minus is read as "-"; what is written before the value ("=", "≈", "w =",
  "dL/dw1 =") and a full stop ending the sentence are dropped, and so are words of the answer's own label
  around it ("26 parameters", "after epoch 6"); "(-4.5)" and "109'386" read as -4.5 and 109386. A decimal comma ("0,109", "1,2e-3"; "1,950" when 1.950 is the answer; "0,25 0,75" for a vector), a
  percentage ("12 %"; every entry said for a vector of them), several numbers for one and a number beyond float
  range are refused with the reason. A count (a whole number judged
  exactly) may be written as the rounding of a quotient: "ceil(7229/50)", "⌈7229/50⌉" (question_bank.counts).
- vector: numbers separated by commas, semicolons or spaces, brackets ([], (),
  {}, ⟨⟩ or < >, NumPy's array(...)) optional: "[0.659, 0.242, 0.099]", "0.659 0.242 0.099". A one-row or
  one-column matrix is accepted as a vector, and so is "(…)ᵀ" or "[…]^T".
- matrix: "[[1, 2], [3, 4]]", "[1, 2], [3, 4]", or rows separated by ";" or new lines: "1 2; 3 4";
  with a transpose mark after it ("[[1, 3], [2, 4]]^T") the transpose is read.
- symbolic: a formula in the question's variables, judged by
  grader.checks.symbolic.judge_formula (it parses in its own sandbox);
  paper notation is read first where unambiguous (question_bank.notation:
  `s_i(1-s_i)`, `2z`, `σ(z)`, `tanh(z)²`, the unicode minus), and a function the statement defines
  (`functions = { g = "activation" }`: g(z) is the function the variant's parameter `activation` names).
- choice: the option key, case-insensitive, optionally in parentheses: "b", "(B)", "option b",
  "b - <words of option b>", the start of one option's own words ("underfitting", "leaky ReLU"), or words in a
  row that one option alone holds, a short name ("tanh", "max(0, z)"; in two options it is refused as ambiguous). A key may be one option or a list of options that are all
  right (accepted_keys); an answer naming several options is refused. A wrong option a known mistake chooses
  (its answers(params) give that option's key) is told with the mistake's title and hint.

A number x matches the key e when |x - e| <= max(atol, rtol * |e|): relative
with an absolute floor. With rtol = atol = 0 the match is exact (integers).
Every meta.toml picks tolerances that accept its key printed with `decimals`
decimals, so typing the printed solution is always right.

A wrong answer that equals a known mistake's answer (same tolerance) is
reported with the mistake's title and hint, as the grader does for code; one
that is the key rounded to fewer decimals than the question asks says so (no
credit: the sheet asks for them and the LMS files accept the same tolerance).
"""

from __future__ import annotations

import contextlib
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

import numpy as np

from mlptutor.question_bank.columns import typed_columns
from mlptutor.question_bank.counts import is_count, rounded_count
from mlptutor.question_bank.notation import SENTENCE_WORDS, SUPERSCRIPTS, refusal, to_formula
from mlptutor.question_bank.typed import plain_typed

__all__ = [
    "AnswerMistake",
    "AnswerVerdict",
    "AnswerFormatError",
    "option_key",
    "defined_functions",
    "parse_number",
    "parse_array",
    "check_answer",
    "formula_sandbox",
]


@dataclass(frozen=True)
class AnswerMistake:
    """A known wrong way to solve a question.

    `answers(params)` returns {answer name: the value this mistake produces},
    computed with the reference on the same parameters (e.g. bias left out).
    """

    id: str
    title: str
    hint: str
    answers: Callable[[dict], dict]


@dataclass(frozen=True)
class AnswerVerdict:
    """The judgement of one answer.

    `readable` is False when the text is not an answer of the expected form
    (not numbers, or the wrong number of entries): the tutor asks again
    instead of counting it wrong. `mistake`/`hint` name a known mistake when
    the wrong answer matches one. `fraction` is the share of credit: 1 when
    correct, the share of right entries for a vector or matrix of the right
    shape (the LMS exports give the same credit per entry), else 0.
    """

    correct: bool
    message: str
    readable: bool = True
    mistake: str | None = None
    hint: str | None = None
    fraction: float = 0.0

    def __post_init__(self):
        if self.correct:
            object.__setattr__(self, "fraction", 1.0)


class AnswerFormatError(ValueError):
    """The typed text is not a number/vector/matrix of the expected form (message is one line)."""


_DECIMAL = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
_DECIMAL_RE = re.compile(_DECIMAL)
_THOUSANDS_RE = re.compile(r"[+-]?[1-9]\d{0,2}(?:,\d{3})+")
_SPACED_THOUSANDS_RE = re.compile(r"[+-]?[1-9]\d{0,2}(?: \d{3})+")
_QUOTED_THOUSANDS_RE = re.compile(r"[+-]?[1-9]\d{0,2}(?:['’]\d{3})+")  # Swiss: 109'386
_DECIMAL_COMMA_RE = re.compile(r"[+-]?\d*,\d+(?:[eE][+-]?\d+)?")
_POWER_OF_TEN_RE = re.compile(r"10\s*(?:\^|\*\*)\s*(\(?)\s*([+-]?\d+)\s*(\)?)")  # 10^-3 alone: 1e-3
_PERCENT_RE = re.compile(rf"({_DECIMAL})\s*%")
# 1.2×10^-3, 1.2 · 10^(-3), 1.2*10**-3, 1.2x10⁻³, 1.2x10-3 (the superscript lost in typing: a signed exponent
# right after the 10): the paper way of writing 1.2e-3
# (not after '*': 1*10-3 is a computation, 7, refused below as ambiguous)
_TIMES_TEN_RE = re.compile(r"((?:\d+(?:\.\d*)?|\.\d+))\s*(?:[x×*·⋅]\s*10\s*(?:\^|\*\*)\s*\(?\s*([+-]?\d+)\s*\)?"
                           r"|[x×·⋅]\s*10\s*([+-]\d+))")
# 1.2x103, 1.2x10 3, 1.2x10 - 3: a power of ten or a product of ten and more digits, a sum, ...: refused as ambiguous
_LOOSE_TIMES_TEN_RE = re.compile(r"((?:\d+(?:\.\d*)?|\.\d+))\s*[x×*·⋅]\s*10\s*([+-]?)\s*(\d+)")
_SUPERSCRIPT = str.maketrans(SUPERSCRIPTS)
# what typing or copying puts in a number: unicode minus and dashes, the spaces that group thousands
_PLAIN = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\ufe63": "-",
                        "\uff0d": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
                        # a vulgar fraction stands apart: 1½ reads as "1 1/2", two numbers, never 11/2
                        "½": " 1/2", "⅓": " 1/3", "⅔": " 2/3", "¼": " 1/4", "¾": " 3/4", "⅕": " 1/5", "⅛": " 1/8"})
_BRACES = str.maketrans("{}⟨⟩<>", "[][][]")  # <0.5, 0.2>: the angle brackets typed as < >
# what is written before the value: "= 0.5", "≈ 0.318", "w = 1.09", "dL/dw1 = -9.556", "z ≈ [0.5, 0.2]"
_LEAD_RE = re.compile(r"(?:[A-Za-z][^=≈~]{0,20}?\s*)?(?:[=≈~]|approx\.?)\s*(?=[-+.\d\[({⟨]|(?:np\.|numpy\.)?array\()")
_NUMBER_HELP = "write a number such as 0.25, -1.5e-3 or 1/4"
# a word or an abbreviation (d.p.) beside a number: a unit or a remark ("3.507 nats", "0.5 (rounded)"), not maths
# the spaces around a fraction's slash; matched from a run's first space only: r"\s*/\s*" tried every space of a
# run not followed by '/', quadratic (a response of 1, 100,000 spaces and tabs, then 2 took 56 s of CPU)
_AROUND_SLASH_RE = re.compile(r"(?<!\s)\s*/\s*")
_WORD_RE = re.compile(r"[A-Za-z]{2,}|[A-Za-z]\.(?:[A-Za-z]\.?)+")
_LINKING = {"is", "are", "equals", "equal", "to", "becomes", "gives", "get"}  # "the answer is 0.5": a sentence's verbs
_FUNCTIONS = {"sqrt", "exp", "ln", "log", "sin", "cos", "tan", "tanh", "sinh", "cosh", "sech", "sigmoid", "abs", "max",
              "min", "pi"}


def _plain_number(text: str) -> str:
    """Typed text in the plain syntax the patterns read: a leading '=' or '≈' and a full stop ending the
    sentence dropped, a space after the sign and between thousands removed, ×10^k written as e k."""
    t = _LEAD_RE.sub("", str(text).translate(_PLAIN).strip(), count=1)
    t = re.sub(r"(?<=\d)\.$", "", t)
    t = re.sub(r"^([+-])\s+", r"\1", t)
    t = re.sub(r"(?<=\d)\s+([eE][+-]?\d+)$", r"\1", t)  # a calculator's display: 6.24 E-1
    t = re.sub(r"10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+)$", lambda m: "10^" + m.group(1).translate(_SUPERSCRIPT), t)
    t = _TIMES_TEN_RE.sub(lambda m: f"{m.group(1)}e{m.group(2) or m.group(3)}", t) \
        if _TIMES_TEN_RE.fullmatch(t.lstrip("+-")) else t
    power = _POWER_OF_TEN_RE.fullmatch(t.lstrip("+-"))
    if power and bool(power.group(1)) == bool(power.group(3)):
        t = f"{t[:len(t) - len(t.lstrip('+-'))]}1e{power.group(2)}"
    t = re.sub(r"^\(\s*([^()]*?)\s*\)$", r"\1", t)  # (-4.5): a number set apart in brackets
    if _SPACED_THOUSANDS_RE.fullmatch(t) or _QUOTED_THOUSANDS_RE.fullmatch(t):
        t = re.sub(r"[ '’]", "", t)
    return _AROUND_SLASH_RE.sub("/", t)


def _finite(value: float, text: str) -> float:
    if not np.isfinite(value):
        raise AnswerFormatError(f"{text.strip()[:40]!r} is too large to be an answer: {_NUMBER_HELP}")
    return value


def _number_among_words(t: str) -> bool:
    """Whether t is one number with words or a remark in brackets beside it ("3.507 nats", "about 0.5",
    "0.5 (3 d.p.)"), none of them a function of a calculation."""
    words = [w.lower() for w in _WORD_RE.findall(t)]
    if not words or any(w in _FUNCTIONS for w in words):
        return False
    rest = re.sub(r"\([^()]*\)", lambda m: " " if _WORD_RE.search(m.group()) else m.group(), t)
    rest = _WORD_RE.sub(" ", rest).strip(" ,;:")
    return bool(_DECIMAL_RE.fullmatch(rest) or _THOUSANDS_RE.fullmatch(rest))


def parse_number(text: str) -> float:
    """Read one number from typed text; raise AnswerFormatError with a one-line reason."""
    t = _plain_number(text)
    if _THOUSANDS_RE.fullmatch(t):
        t = t.replace(",", "")
    if _DECIMAL_RE.fullmatch(t):
        return _finite(float(t), text)
    parts = t.split("/")
    if len(parts) == 2 and all(_DECIMAL_RE.fullmatch(p) for p in parts):
        # floats, not Fractions: a fraction of 1e9999999 would take Python minutes to build exactly
        num, den = (_finite(float(p), text) for p in parts)
        if den == 0:
            raise AnswerFormatError(f"{text.strip()!r} divides by zero: {_NUMBER_HELP}")
        return _finite(num / den, text)
    if _DECIMAL_COMMA_RE.fullmatch(t):
        raise AnswerFormatError(f"{text.strip()!r} has a decimal comma: write a decimal point, {t.replace(',', '.')}")
    percent = _PERCENT_RE.fullmatch(t)
    if percent:
        raise AnswerFormatError(f"{text.strip()!r} is a percentage: write the plain number, "
                                f"{float(percent.group(1)) / 100:g}")
    loose = _LOOSE_TIMES_TEN_RE.fullmatch(t.lstrip("+-"))
    if loose:
        mantissa, power = t[:len(t) - len(t.lstrip("+-"))] + loose.group(1), f"{loose.group(2)}{loose.group(3)}"
        raise AnswerFormatError(f"{text.strip()!r} is ambiguous (is it {mantissa}×10^{power}?): write "
                                f"{mantissa}e{power} for that, or the number it stands for")
    if _number_among_words(t):
        raise AnswerFormatError(f"{text.strip()[:60]!r} has words besides the number: write the number alone, "
                                "such as 0.25")
    # split where a list is (spaces, semicolons; a comma ending a part): on every comma '0,624 0,1' was '4 numbers'
    several = [n.strip(",") for n in re.split(r"[\s;]+", t.strip(" ,;"))]
    if len(several) > 1 and all(_DECIMAL_RE.fullmatch(n) or _DECIMAL_COMMA_RE.fullmatch(n) for n in several):
        comma = next((n for n in several if not (_DECIMAL_RE.fullmatch(n) or _THOUSANDS_RE.fullmatch(n))), "")
        said = f", {comma!r} with a decimal comma ({comma.replace(',', '.')})" * bool(comma)
        raise AnswerFormatError(f"{text.strip()[:60]!r} is {len(several)} numbers{said}: the question asks for one")
    if re.search(r"sqrt|√|exp|ln|log|\d\s*[\^(]", t) and re.search(r"\d", t):
        raise AnswerFormatError(f"{text.strip()[:60]!r} is a calculation: work it out and write its value, "
                                "a number such as 0.25")
    raise AnswerFormatError(f"{text.strip()[:60]!r} is not a number: {_NUMBER_HELP}")


def _split_entries(row: str) -> list[float]:
    tokens = [tok for tok in re.split(r"[,\s]+", row.strip()) if tok]
    if len(tokens) > 2 and tokens[-2].lower() == "and":  # "0.659, 0.242 and 0.099": a list as a sentence writes it
        del tokens[-2]
    if not tokens:
        raise AnswerFormatError("an empty row: write numbers separated by commas or spaces")
    percents = [_PERCENT_RE.fullmatch(tok) for tok in tokens]
    if len(tokens) > 1 and all(percents):  # probabilities as percentages: all of them said, not the first alone
        plain = ", ".join([f"{float(p.group(1)) / 100:g}" for p in percents[:6]] + ["..."] * (len(percents) > 6))
        raise AnswerFormatError(f"{' '.join(tokens)[:60]!r} are percentages: write the plain numbers, {plain}")
    return [parse_number(tok) for tok in tokens]


_ROWS_HELP = "write rows like [[1, 2], [3, 4]] or 1 2; 3 4"
_VECTOR_HELP = "write numbers like [0.5, -1.2] or 0.5 -1.2"
# a transpose mark after the closing bracket: [1, 2]^T, (1, 2)ᵀ, [1, 2]'
_TRANSPOSE_RE = re.compile(r"(?<=[\])])\s*(?:\^\s*\{?\s*[Tt]\s*\}?|ᵀ|')$")


def _enclosed(t: str) -> bool:
    """Whether the bracket opening t closes at its end ("[[1, 2], [3, 4]]"; not "[1, 2], [3, 4]")."""
    if t[:1] not in "[(" or t[-1:] not in "])":
        return False
    depth = 0
    for i, ch in enumerate(t):
        depth += 1 if ch in "[(" else -1 if ch in "])" else 0
        if depth == 0:
            return i == len(t) - 1
    return False


def parse_array(text: str, hint: str = _ROWS_HELP) -> list[list[float]]:
    """Read a vector or matrix as a list of rows ("1 2; 3 4", "[[1,2],[3,4]]", "[0.7, 0.7]", "{0.7, 0.7}").
    `hint` ends the message of text that is not rows of numbers."""
    t = _LEAD_RE.sub("", str(text).translate(_PLAIN).translate(_BRACES).strip(), count=1)
    t = re.sub(r"(?<=[\])\d])\.$", "", t)  # the full stop ending a sentence
    t = re.sub(r"^(?:np\.|numpy\.)?array\((.*)\)$", r"\1", t, flags=re.S)  # pasted from NumPy
    if not t:
        raise AnswerFormatError("the answer is empty: write numbers separated by commas or spaces")
    inner = t[1:-1].strip() if _enclosed(t) else t
    if "[" in inner or "(" in inner:
        rows = re.findall(r"[\[(]([^\[\]()]*)[\])]", inner)
        leftover = re.sub(r"[\[(][^\[\]()]*[\])]", "", inner)
        if not rows or leftover.strip(" ,;\n"):
            raise AnswerFormatError(f"cannot read {t[:60]!r}: {hint}")
    else:
        rows = [r for r in re.split(r"[;\n]", inner) if r.strip()]
        commas = [r.strip() for r in rows if _DECIMAL_COMMA_RE.fullmatch(r.strip())]
        if len(rows) > 1 and len(commas) == len(rows) and not all(_THOUSANDS_RE.fullmatch(r) for r in commas):
            raise AnswerFormatError(f"{commas[0]!r} has a decimal comma: write decimal points, "
                                    f"{', '.join(r.replace(',', '.') for r in commas)}")
    parsed = [_split_entries(r) for r in rows]
    if len({len(r) for r in parsed}) > 1:
        lengths = ", ".join(str(len(r)) for r in parsed)
        raise AnswerFormatError(f"the rows have different lengths ({lengths}): every row needs the same number of entries")
    return parsed


def _tolerance(spec: Mapping, expected: np.ndarray) -> np.ndarray:
    return np.maximum(float(spec.get("atol", 0.0)), float(spec.get("rtol", 0.0)) * np.abs(expected))


def _close(spec: Mapping, got, expected) -> np.ndarray:
    expected = np.asarray(expected, dtype=float)
    return np.abs(np.asarray(got, dtype=float) - expected) <= _tolerance(spec, expected)


def _read(spec: Mapping, text: str) -> np.ndarray:
    """The typed text as an array of the spec's kind (0-d, 1-d or 2-d)."""
    kind = spec["type"]
    if kind == "numeric":
        try:  # a number first: "ceil(7229/50) = 145" is the 145 written after it
            return np.asarray(parse_number(text))
        except AnswerFormatError:
            if not is_count(spec):
                raise
            try:
                count = rounded_count(text)  # ceil(7229/50) for a count: counts.py
            except ValueError as err:
                raise AnswerFormatError(str(err)) from None
            if count is None:
                raise
            return np.asarray(count)
    body = _TRANSPOSE_RE.sub("", str(text).strip())
    rows = np.asarray(parse_array(body, _ROWS_HELP if kind == "matrix" else _VECTOR_HELP), dtype=float)
    if body != str(text).strip():  # written transposed, with the mark that says so
        rows = rows.T
    if kind == "vector" and 1 in rows.shape:
        return rows.ravel()
    return rows if kind == "matrix" else rows.ravel()


def _direction(got: float, expected: float) -> str:
    if np.sign(got) != np.sign(expected) and abs(got + expected) <= 0.05 * abs(expected) + 1e-12:
        return "has the wrong sign"
    return "is too large" if got > expected else "is too small"


def _entry_name(index: tuple, kind: str) -> str:
    if kind == "matrix":
        return f"entry (row {index[0] + 1}, column {index[1] + 1})"
    return f"entry {index[0] + 1}"


def _shape_text(shape: tuple) -> str:
    if len(shape) == 0:
        return "one number"
    if len(shape) == 1:
        return f"{shape[0]} entries" if shape[0] != 1 else "1 entry"
    return f"a {shape[0]}x{shape[1]} matrix"


def _compare_numbers(spec: Mapping, got: np.ndarray, expected) -> AnswerVerdict:
    """Correct, or one line saying what is wrong: shape, which entry, sign, too large/small."""
    kind = spec["type"]
    expected = np.asarray(expected, dtype=float)
    if got.shape == expected.shape and _close(spec, got, expected).all():
        return AnswerVerdict(True, "correct")
    if kind == "matrix" and got.T.shape == expected.shape and _close(spec, got.T, expected).all():
        return AnswerVerdict(False, "your matrix is transposed: rows and columns are swapped")
    if got.shape != expected.shape:
        return AnswerVerdict(False, f"expected {_shape_text(expected.shape)}, got {_shape_text(got.shape)}",
                             readable=False)
    ok = _close(spec, got, expected)
    if kind == "numeric":
        return AnswerVerdict(False, f"{got.item():g} {_direction(got.item(), expected.item())}")
    if got.size > 1 and _close(spec, -got, expected).all():
        return AnswerVerdict(False, "every entry has the wrong sign")
    wrong = [tuple(int(i) for i in idx) for idx in np.argwhere(~ok)]
    first = wrong[0]
    more = f" ({len(wrong)} of {got.size} entries are wrong)" if len(wrong) > 1 else ""
    return AnswerVerdict(
        False, f"{_entry_name(first, kind)} = {got[first]:g} {_direction(got[first], expected[first])}{more}",
        fraction=float(ok.mean()),
    )


def accepted_keys(expected) -> list[str]:
    """The right option keys of a choice answer: one key, or a list when several options are right."""
    return [str(k) for k in expected] if isinstance(expected, list) else [str(expected)]


def option_key(options: Mapping, text: str) -> str | None:
    """The key of the option worded `text`, None when none is (a variant of an older wording): total, so a choice's
    mistake or key never stops grading with StopIteration (the loader refuses a `next(... for ...)` without a
    default in params.py)."""
    return next((key for key, wording in options.items() if wording == text), None)


_CHOICE_LEAD = re.compile(r"(?:(?:the\s+)?(?:answer|option|choice)(?:\s+is)?\s*[:=]?\s*)", re.I)
_CHOICE = re.compile(r"\(?\s*([a-z])\s*\)?\s*(?:[.:)\-\u2013\u2014]\s*|\s+)?(.*)", re.I | re.S)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())  # spaces, signs and LaTeX's backslashes dropped: \tanh(z) -> tanhz


def _chosen(text: str, options: Mapping) -> str | None:
    """The option key the text names: "b", "(B)", "b.", "option b", "Answer: b", "b - <that option's words>";
    None when the words after an option's letter are not that option's."""
    t = _CHOICE_LEAD.sub("", text.strip(), count=1) if _CHOICE_LEAD.match(text.strip()) else text.strip()
    m = _CHOICE.fullmatch(t.strip().rstrip("."))
    if not m:
        return t.lower()
    key, words = m.group(1).lower(), _letters(m.group(2))
    # words after the letter must be that option's own words (a slip between letter and text stays wrong)
    if not words or (len(words) > 2 and key in options and words in _letters(str(options[key]))):
        return key
    return None if len(words) > 2 and key in options else t.lower()


_THE = re.compile(r"^the\s+", re.I)  # "hyperbolic tangent" names "the hyperbolic tangent tanh(z)"


def _by_words(text: str, options: Mapping) -> str | None:
    """The one option whose text starts with the typed words, a leading 'the' aside on either ("underfitting",
    "leaky ReLU", "hyperbolic tangent", the whole option copied); None for fewer than four letters or words that
    start several options or none."""
    words = _letters(_THE.sub("", text.strip()))
    if len(words) < 4:
        return None
    starting = [key for key, option in options.items()
                if _letters(_THE.sub("", plain_typed(str(option)).strip())).startswith(words)]
    return starting[0] if len(starting) == 1 else None


# words that name nothing by themselves: an option is never chosen by them alone
FUNCTION_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "it", "its", "of",
                            "on", "or", "than", "that", "the", "then", "to", "with"})
_WORD_RUN = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD_RUN.findall(plain_typed(text).lower())


def _holding(text: str, options: Mapping) -> list[str]:
    """The options whose words hold the typed words in a row: a short name ("tanh", "sigmoid", "max(0, z)",
    "mean squared error"); none for text of fewer than three letters or of function words only."""
    typed = _words(text)
    if sum(c.isalpha() for c in "".join(typed)) < 3 or not set(typed) - FUNCTION_WORDS:
        return []
    n = len(typed)
    return [key for key, option in options.items()
            if any(words[i:i + n] == typed for words in [_words(str(option))] for i in range(len(words) - n + 1))]


def _named_options(text: str, keys: list[str]) -> list[str]:
    """The option letters of a text that is only letters, 'or'/'and' and separators ("a, c", "b or d")."""
    rest = re.sub(r"\b(?:or|and)\b", " ", text.lower())
    named = re.findall(r"(?<![a-z])([a-z])(?![a-z])", rest)
    return named if set(named) <= set(keys) and not re.sub(r"[\sa-z,;/&+().]", "", rest) else []


def _check_choice(spec: Mapping, text: str, expected, params: Mapping | None,
                  mistakes: Iterable[AnswerMistake]) -> AnswerVerdict:
    text = unicodedata.normalize("NFKC", text)  # a CJK keyboard's fullwidth 'Ｂ' or '（ｂ）' is option b
    options = {str(k).lower(): v for k, v in ((params or {}).get("options") or {}).items()}
    keys = list(options)
    shown = text.strip()[:60] or "an empty answer"
    several = sorted(set(_named_options(text, keys)))
    if len(several) > 1:
        return AnswerVerdict(False, f"{shown!r} names {len(several)} options: answer with one option letter",
                             readable=False)
    holding = [] if _by_words(text, options) else _holding(text, options)
    if len(holding) > 1:
        return AnswerVerdict(False, f"{shown!r} is in the words of options {' and '.join(holding)}: "
                                    "answer with one option letter", readable=False)
    key = (_by_words(text, options) or (holding[0] if holding else None)
           or (_chosen(text, options) if options else text.strip().strip("().").strip().lower()))
    if key is None:
        return AnswerVerdict(False, f"{shown!r}: its letter and its words name different options; "
                                    "answer with one option letter", readable=False)
    if keys and key not in keys:
        return AnswerVerdict(False, f"{shown!r} is not an option: answer with one of {', '.join(keys)}", readable=False)
    if key in [k.lower() for k in accepted_keys(expected)]:
        return AnswerVerdict(True, "correct")
    message = f"option {key} is not the right choice"
    for mistake in mistakes if params is not None else ():  # what is wrong with a known wrong option
        if str(_mistake_answers(mistake, params).get(spec["name"], "")).lower() == key:
            return AnswerVerdict(False, f"{message}: looks like {mistake.title}", mistake=mistake.id, hint=mistake.hint)
    return AnswerVerdict(False, message)


def _mistake_answers(mistake: AnswerMistake, params: Mapping) -> dict:
    """The mistake's answers, or none when it cannot be worked on this variant: an older variants.json without a
    parameter the mistake reads names no mistake rather than stopping the grading. StopIteration too: the loader
    refuses a search with next() in params.py, not in a helper module it imports."""
    try:
        return mistake.answers(params)
    except (LookupError, StopIteration):
        return {}


def defined_functions(spec: Mapping, params: Mapping) -> dict[str, str]:
    """The functions a formula answer's statement defines -> the judge's function each stands for in this variant
    (meta.toml `functions = { g = "activation" }`: g is the variant's params["activation"], tanh or sigmoid)."""
    return {name: str(params[param]) for name, param in spec.get("functions", {}).items() if param in params}


def _check_symbolic(spec: Mapping, text: str, expected: str, sandbox, params: Mapping, typed: str) -> AnswerVerdict:
    """`text`: the answer with LaTeX and pasting taken off; `typed`: as the student typed it, which a column of the
    judge's message counts (question_bank/columns.py)."""
    # The judge parses student text in its own sandbox: never sympify it here.
    from mlptutor.grader.checks.symbolic import judge_formula

    variables = dict(spec.get("variables", {}))
    functions = defined_functions(spec, params)
    message = refusal(text, variables, str(spec.get("label", "")), expected, functions)
    if message:
        return AnswerVerdict(False, message, readable=False)
    judged = to_formula(text, variables, functions)
    verdict = judge_formula(judged, expected, variables, sandbox=sandbox)
    if verdict.status == "equivalent":
        return AnswerVerdict(True, "correct")
    readable = verdict.status not in ("unparseable", "not_allowed")
    message = typed_columns(verdict.message, judged, typed) if verdict.message else f"the formula is {verdict.status}"
    return AnswerVerdict(False, message, readable=readable)


def formula_sandbox(needed: bool = True):
    """A context giving the Sandbox that judges a session's formula answers, or None when no formula is to be
    judged. The numbers judge first, in its NumPy zygote, so a wrong answer never waits for SymPy; SymPy's
    companion (`judge_formulas`), which confirms the answers that agree, starts booting at once in the
    background, once for the whole session, so a right answer does not wait for its start either."""
    if not needed:
        return contextlib.nullcontext(None)
    from mlptutor.grader.sandbox import Sandbox

    sandbox = Sandbox()
    threading.Thread(target=_start_sympy, args=(sandbox,), name="mlptutor-sympy-start", daemon=True).start()
    return sandbox


def _start_sympy(sandbox) -> None:
    from mlptutor.grader.checks.symbolic import PRELOAD

    try:
        sandbox.companion(PRELOAD)
    except Exception:  # only a head start (closed already, no sandbox here): judging a formula meets and reports it
        pass


def _typed_decimals(text: str, size: int) -> np.ndarray | None:
    """How many decimals each of the `size` numbers of the text shows, in reading order; None when that is
    not clear (scientific notation, a fraction, a transpose mark, another count of numbers)."""
    if re.search(r"\d\s*[eE]|/|10\s*(?:\^|\*\*)|[x×*·⋅]\s*10|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]", text) or _TRANSPOSE_RE.search(text.strip()):
        return None
    numbers = re.findall(r"\d+(?:\.(\d*))?", text)
    return np.array([len(digits) for digits in numbers]) if len(numbers) == size else None


# a number of digits, one comma and digits, not a thousands group (1,950): '0,25' of '0,25 0,75' or '[0,25, 0,75]'
# (from a run's first digit only: tried at every digit of a long run, it took quadratic time)
_COMMA_RUN_RE = re.compile(r"(?<!\d)-?\d+(?:,\d+)+")  # its sign kept: '-1,03' is to be written -1.03, not 1.03


# one comma between digits, no space: '0,25' of a vector is two entries or one number with a decimal comma
_JOINED_COMMA_RE = re.compile(r"(?<![\d,])[+-]?\d+,\d+(?![\d,])")


def _split_by_decimal_commas(spec: Mapping, text: str, expected: np.ndarray, verdict: AnswerVerdict) -> AnswerVerdict:
    """A vector of the wrong length written with decimal commas ('0,25 0,75': 4 entries, not 2) says so, when its
    commas read as decimal points give the expected count ('[1,2]' for 3 entries is not that)."""
    text = text.translate(_PLAIN)  # '−0,25' (a unicode minus): its sign kept in the hint, as '-0,25''s
    if "." in text:
        return verdict
    runs = [run for run in _COMMA_RUN_RE.findall(text) if run.count(",") == 1 and not _THOUSANDS_RE.fullmatch(run)]
    pointed = _COMMA_RUN_RE.sub(lambda run: run[0].replace(",", ".") if run[0] in runs else run[0], text)
    try:
        if not runs or _read(spec, pointed).shape != expected.shape:
            return verdict
    except AnswerFormatError:
        return verdict
    return replace(verdict, message=f"{verdict.message}: {runs[0]!r} has a decimal comma, read as two numbers; "
                                    f"write decimal points, {runs[0].replace(',', '.')}")


def _with_typing_slip(spec: Mapping, text: str, got: np.ndarray, expected, verdict: AnswerVerdict) -> AnswerVerdict:
    """A wrong answer that is the right one typed differently says so: rounded to fewer decimals than the
    question asks (no credit: the sheet and the LMS files ask for them, and accept the same tolerance), or a
    decimal comma that reads as a thousands separator ('1,950' for 1.950) or splits a vector's entry in two ('0,25'
    for [0.25, 0.5]): asked again without costing a try (readable=False) only when the decimal reading is right,
    else a wrong answer like any ('2,500' for 0.4 says both readings; '[1,3]' for [1, 2] is two entries), or a
    thousands point that reads as a decimal point ('109.386' for 109386), or the right digits off by a power of ten
    (2.3e-4 for 2.3e-3)."""
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape:
        return _split_by_decimal_commas(spec, text, expected, verdict)
    decimals, asked = _typed_decimals(text, got.size), int(spec.get("decimals", 0) or 0)
    wrong = ~_close(spec, got, expected).ravel()
    typed = int(decimals[wrong].max()) if decimals is not None else 0
    rounding = 0.5 * 10.0 ** -decimals[wrong] + 1e-9 if decimals is not None else 0
    if 0 < typed < asked and np.all(np.abs(got - expected).ravel()[wrong] <= rounding):
        digits = f"{typed} decimal" + ("s" if typed > 1 else "")
        return replace(verdict, message=f"{verdict.message}: rounded to {digits}; the question asks for {asked}")
    plain = text.strip()
    if spec["type"] == "numeric" and re.fullmatch(r"[+-]?\d{1,3},\d{3}", plain):
        decimal = plain.replace(",", ".")
        if _close(spec, float(decimal), expected):  # a decimal comma read as thousands: no try spent on a separator
            return AnswerVerdict(False, f"{plain!r} reads as {got.item():g}, with a comma between thousands: "
                                        f"write a decimal point, {decimal}", readable=False)
        # neither reading right: a try, or every d,ddd guess would be free ('2,500' for 0.4, retried forever)
        readings = f"{plain!r} is ambiguous, {got.item():g} with a comma between thousands or {float(decimal):g} " \
                   "with a decimal comma"
        if _off_by_power(spec, got.item(), expected) or _off_by_power(spec, float(decimal), expected):
            # '1,250' for 12.5: the power of ten of one reading ('10^2' of 1250) told the student nothing of the comma
            return replace(verdict, message=f"{readings}, and neither is right, though the digits are: write the "
                                            "number with no comma and its decimal point where it belongs")
        verdict = replace(verdict, message=f"{readings}: write {got.item():g} or {float(decimal):g}")
    # '0,25' of a vector: entries 0 and 25, or a decimal comma; free only when 0.25 is one of the right entries, or
    # '[1,3]' for [1, 2] would be asked again with 'too large' as a free clue
    joined = _JOINED_COMMA_RE.finditer(plain) if spec["type"] != "numeric" and "." not in plain else ()
    comma = next((c for c in joined if np.any(_close(spec, float(c[0].replace(",", ".")), expected))), None)
    if comma:
        return replace(verdict, message=f"{verdict.message}: {comma[0]!r} reads as two entries; if it is one number "
                                        f"with a decimal comma, write {comma[0].replace(',', '.')}; between entries "
                                        "write ', ' or a space", readable=False)  # a sheet's entries keep their credit
    if spec["type"] == "numeric" and re.fullmatch(r"[+-]?\d{1,3}(?:\.\d{3})+", plain):
        whole = plain.replace(".", "")
        if _close(spec, float(whole), expected):  # 109.386 for 109386: a point between thousands, as in German
            return replace(verdict, message=f"{plain!r} reads as {got.item():g}, a decimal point: write the whole "
                                            f"number without a point between thousands, {whole}")
    if spec["type"] == "numeric" and (power := _off_by_power(spec, got.item(), expected)):
        return replace(verdict, message=f"{verdict.message}: the digits are right, off by a factor of "
                                        f"10^{power} (the decimal point or the exponent?)")
    return verdict


def _off_by_power(spec: Mapping, got: float, expected: np.ndarray) -> int | None:
    """The power of ten k (|k| <= 9, k != 0) with got = expected * 10^k within the tolerance: the digits right, the
    decimal point or the exponent not; None when there is none or the key has too few digits to compare."""
    if abs(expected.item()) <= 10 * _tolerance(spec, expected):
        return None
    return next((power for power in (*range(-9, 0), *range(1, 10)) if _close(spec, got * 10.0 ** -power, expected)),
                None)


def _stating_words(spec: Mapping) -> set[str]:
    """The words a sentence stating the answer may hold around it: its label's, and notation.SENTENCE_WORDS."""
    return set(re.findall(r"[a-z]{2,}", str(spec.get("label", "")).lower())) | SENTENCE_WORDS | _LINKING


def _without_label_words(text: str, spec: Mapping):
    """(the number's text, its value) of a number written with words of the answer's own label around it
    ("26 parameters", "after epoch 6", "2,793 updates") or of a sentence saying it is the answer ("The answer is
    0.417", "it equals about 1.09"; notation.SENTENCE_WORDS); None when other words or no number remain."""
    label = _stating_words(spec)
    words = text.split()
    named = [w.lower().strip(".,:;()") for w in words]
    known = [bool(re.fullmatch(r"[a-z]{2,}", w)) and (w in label or w.rstrip("s") in label) for w in named]
    start = next((i for i, k in enumerate(known) if not k), len(words))
    end = next((i for i in range(len(words), 0, -1) if not known[i - 1]), 0)
    if start >= end or (start == 0 and end == len(words)):
        return None
    number = " ".join(words[start:end])
    try:
        return number, np.asarray(parse_number(number))
    except AnswerFormatError:
        return None


_OPENING = re.compile(r"\s*((?:[A-Za-z]+\s+)+)(?=[-+.\d\[(])")  # "The probabilities are " before the numbers


def _after_sentence(text: str, spec: Mapping):
    """(the numbers' text, the array) of numbers after a sentence's opening words ("The probabilities are [0.6, 0.4].",
    "It is 0.6 0.4"), each a word of the answer's label or of a sentence stating it; None otherwise."""
    opening = _OPENING.match(text)
    if opening is None:
        return None
    stating = _stating_words(spec)
    if any(word.lower() not in stating for word in opening.group(1).split()):
        return None
    numbers = re.sub(r"(?<=[\d\])])\s*\.\s*$", "", text[opening.end():])
    try:
        return numbers, _read(spec, numbers)
    except AnswerFormatError:
        return None


def _entries_named_by_label(text: str, spec: Mapping):
    """(the numbers' text, the vector) of entries each named by a word of the answer's label, as a sentence lists
    them ("training: 1542, validation: 193, test 193" for "the sizes of the training, validation and test sets"; a
    word may be cut short, "train"); None when another word remains or the numbers do not read."""
    label = re.findall(r"[a-z]{2,}", str(spec.get("label", "")).lower())

    def place(word: str) -> int | None:
        return next((i for i, w in enumerate(label) if w.startswith(word.lower())), None) if len(word) >= 3 else None

    names = [re.findall(r"[A-Za-z]+", chunk) for chunk in re.split(r"\d[\d.]*", text)]
    if not any(names) or any(place(w) is None for words in names for w in words):
        return None
    # each entry's first word in the label's order: "test 193, training 1542" would be read in the wrong order
    firsts = [place(words[0]) for words in names if words]
    if firsts != sorted(firsts):
        order = ", ".join(label[i] for i in sorted(set(firsts)))
        raise AnswerFormatError(f"the entries are named in another order than the question's ({order}): "
                                "write them in that order")
    numbers = re.sub(r"[A-Za-z]+\s*[:=]?", " ", text).strip(" ,;")
    try:
        return numbers, _read(spec, numbers)
    except AnswerFormatError:
        return None


def _matching_mistake(spec: Mapping, got: np.ndarray, mistakes: Iterable[AnswerMistake], params: dict):
    for mistake in mistakes:
        wrong = mistake.answers(params).get(spec["name"])
        if wrong is None:
            continue
        wrong = np.asarray(wrong, dtype=float)
        if wrong.shape == got.shape and _close(spec, got, wrong).all():
            return mistake
    return None


def check_answer(
    spec: Mapping,
    expected,
    text: str,
    *,
    params: dict | None = None,
    mistakes: Iterable[AnswerMistake] = (),
    sandbox=None,
) -> AnswerVerdict:
    """Judge the typed `text` against the key `expected` (a solve() answer value).

    `params` are the variant's parameters: the options of a choice question
    and the input of each mistake's `answers(params)`. `sandbox`: the
    Sandbox that judges formulas (see `formula_sandbox`; SymPy's companion is
    made from it when a formula agrees); None starts one per formula answer.
    """
    kind = spec["type"]
    typed, text = text, plain_typed(text)
    if kind == "choice":
        return _check_choice(spec, text, expected, params, mistakes)
    if kind == "symbolic":
        return _check_symbolic(spec, text, expected, sandbox, params or {}, typed)
    try:
        got = _read(spec, text)
    except AnswerFormatError as err:
        try:
            worded = (_without_label_words(text, spec) if kind == "numeric"
                      else _entries_named_by_label(text, spec) if kind == "vector" else None)
            worded = worded or (_after_sentence(text, spec) if kind in ("vector", "matrix") else None)
        except AnswerFormatError as named:  # entries named in another order
            worded, err = None, named
        if worded is None:
            return AnswerVerdict(False, str(err), readable=False)
        text, got = worded
    verdict = _compare_numbers(spec, got, expected)
    if verdict.correct:
        return verdict
    mistake = _matching_mistake(spec, got, mistakes, params) if params is not None else None
    if mistake is None:
        return _with_typing_slip(spec, text, got, expected, verdict)
    return AnswerVerdict(False, f"{verdict.message}: looks like {mistake.title}", mistake=mistake.id, hint=mistake.hint,
                         fraction=verdict.fraction)
