"""What the LMS exports (Moodle XML, Canvas QTI) share: how a variant becomes one importable question.

An LMS cannot hand each student the variant of the roster, so both exports
group the variants by question: Moodle puts each question's variants in a
sub-category (add "a random question" from it to the quiz), Canvas in a
question group that picks one. Math stays TeX between \\( \\) and \\[ \\],
which Moodle's MathJax filter and Canvas's equation renderer typeset.

The kind of an LMS question follows the answers:
    one numeric answer  -> "numerical" (tolerance as a range)
    one choice          -> "choice"
    one symbolic answer -> "text" (matched as written; `mlptutor quiz grade` judges formulas properly)
    anything else       -> "multipart" (vectors, matrices, several answers: one blank per entry)
"""

from __future__ import annotations

import hashlib

from question_bank.keyformat import tolerance
from question_bank.markdown_html import to_html, to_html_inline
from question_bank.templating import num
from question_bank.variants import Variant

__all__ = ["kind", "statement_html", "solution_html", "label_html", "option_html", "entries", "item_name", "identifier"]


def kind(variant: Variant) -> str:
    """numerical, choice, text or multipart (see the module docstring)."""
    specs = variant.answer_specs
    if len(specs) == 1:
        return {"numeric": "numerical", "choice": "choice", "symbolic": "text"}.get(specs[0]["type"], "multipart")
    return "multipart"


def statement_html(variant: Variant) -> str:
    """The statement as an HTML fragment with TeX math."""
    return to_html(variant.statement, math="tex", heading_offset=2, where=f"question {variant.question}, statement")


def solution_html(variant: Variant) -> str:
    """The worked solution as an HTML fragment with TeX math (shown as general feedback after the attempt)."""
    return to_html(variant.solution, math="tex", heading_offset=2, where=f"question {variant.question}, solution")


def option_html(variant: Variant, key: str) -> str:
    """One option of a choice question, "(b) text", as HTML with TeX math."""
    return to_html_inline(f"({key}) {variant.params['options'][key]}", math="tex")


def label_html(spec: dict) -> str:
    """What one answer asks (its meta.toml label) as inline HTML with TeX math."""
    return to_html_inline(spec["label"], math="tex")


def entries(spec: dict, value) -> list[tuple[str, str, float]]:
    """The numbers of one numeric/vector/matrix answer as (where, key text, absolute tolerance).

    `where` is "" for a number, "entry 2" for a vector, "row 1, column 2" for a matrix.
    """
    decimals = spec["decimals"]
    if spec["type"] == "numeric":
        return [("", num(value, decimals), tolerance(spec, value))]
    if spec["type"] == "vector":
        return [(f"entry {i}", num(v, decimals), tolerance(spec, v)) for i, v in enumerate(value, start=1)]
    return [
        (f"row {r}, column {c}", num(v, decimals), tolerance(spec, v))
        for r, row in enumerate(value, start=1)
        for c, v in enumerate(row, start=1)
    ]


def item_name(number: int, variant: Variant) -> str:
    """A question's name in the LMS bank: "Q1 count-parameters · s102"."""
    return f"Q{number} {variant.question} · {variant.student}"


def identifier(*parts: str) -> str:
    """A stable identifier for LMS objects: "i" + 20 hex digits of a hash of the parts."""
    return "i" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
