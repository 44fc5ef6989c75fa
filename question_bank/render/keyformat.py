"""How the answer key prints an answer, the tolerance it accepts, and what each sheet asks for.

Tolerance policy (the same one question_bank.answers applies): a number x
matches the key k when |x - k| <= max(atol, rtol * |k|), i.e. relative with
an absolute floor; rtol = atol = 0 means exact (integers). Vectors and
matrices apply it entry by entry.
"""

from __future__ import annotations

from collections.abc import Mapping

from mlptutor.question_bank.answers import accepted_keys
from mlptutor.question_bank.templating import num

__all__ = ["format_answer", "tolerance", "tolerance_text", "request_text", "ROUNDING_RULE", "RESPONSES_RULE",
           "TOLERANCE_RULE"]

# what `quiz grade` reads: one row per answer, named by ids that --shuffle does not renumber
RESPONSES_RULE = (
    "Each answer is one row of the responses file: your student id, the question id printed under its "
    "question (question numbers differ between sheets), the answer name printed with the answer, and your response."
)
ROUNDING_RULE = (
    "The numbers in each question are already rounded: use them exactly as printed. "
    "Keep at least six significant digits in intermediate results and round only each final answer, "
    "to the number of decimals it asks for."
)

TOLERANCE_RULE = (
    "An answer $x$ is accepted when it is within the bound printed under the key $k$: "
    "$|x - k| \\le \\max(r\\,|k|,\\ a)$, relative with an absolute floor; whole-number answers must be exact. "
    "Vectors and matrices are judged entry by entry."
)


def _entries(value, decimals: int) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_entries(v, decimals) for v in value) + "]"
    return num(value, decimals)


def format_answer(spec: Mapping, value, params: Mapping) -> str:
    """The key's text for one answer: "0.659", "[0.659, 0.242]", "[[1.00, 2.00], [3.00, 4.00]]",
    the formula for symbolic answers, and "b — <option text>" for choices."""
    kind = spec["type"]
    if kind in ("numeric", "vector", "matrix"):
        return _entries(value, spec["decimals"])
    if kind == "choice":
        options = params.get("options", {})
        return "; or ".join(f"{key} — {options.get(key, '')}".rstrip(" —") for key in accepted_keys(value))
    return str(value)


def tolerance(spec: Mapping, value: float) -> float:
    """The absolute half-width accepted around one key entry: max(atol, rtol * |value|)."""
    return max(float(spec["atol"]), float(spec["rtol"]) * abs(float(value)))


def _math_number(x: float) -> str:
    """x to 6 significant digits as LaTeX, a power of ten written out: 3.41555 \\times 10^{-5}, never Python's
    3.41555e-05, which math typesets as e minus 05."""
    mantissa, _, exponent = f"{x:.6g}".partition("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}" if exponent else mantissa


def tolerance_text(spec: Mapping, value) -> str:
    """The tolerance as printed in the key (Markdown with math), e.g.
    "accepted: $|x - k| \\le \\max(0.001\\,|k|,\\ 0.0005) = 0.0005$"."""
    kind = spec["type"]
    if kind == "choice":
        return "accepted: either of these options" if len(accepted_keys(value)) > 1 else "accepted: this option only"
    if kind == "symbolic":
        ranges = ", ".join(f"${name} \\in [{low}, {high}]$" for name, (low, high) in sorted(spec["variables"].items()))
        return f"accepted: any equivalent formula (compared at random points with {ranges})"
    if spec["rtol"] == 0 and spec["atol"] == 0:
        return "accepted: exactly this value" if kind == "numeric" else "accepted: exactly these entries"
    rtol, atol = spec["rtol"], spec["atol"]
    if rtol and atol:
        bound = rf"\max({_math_number(rtol)}\,|k|,\ {_math_number(atol)})"
    else:
        bound = rf"{_math_number(rtol)}\,|k|" if rtol else _math_number(atol)
    if kind == "numeric":
        width = f" = {_math_number(tolerance(spec, value))}" if rtol else ""
        return f"accepted: $|x - k| \\le {bound}{width}$"
    return f"accepted: each entry with $|x - k| \\le {bound}$"


def request_text(spec: Mapping) -> str:
    """What the student sheet asks for one answer, e.g. "a number, to 3 decimals"."""
    kind = spec["type"]
    if kind == "choice":
        return "one option letter"
    if kind == "symbolic":
        return "a formula in " + ", ".join(f"${name}$" for name in sorted(spec["variables"]))
    decimals = spec["decimals"]
    precision = "a whole number" if decimals == 0 else f"to {decimals} decimals"
    if kind == "numeric":
        return precision if decimals == 0 else f"a number, {precision}"
    entries = "whole numbers" if decimals == 0 else f"entries {precision}"
    return f"a {kind}, {entries}"
