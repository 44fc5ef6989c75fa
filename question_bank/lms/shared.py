"""What the LMS exports (Moodle XML, Canvas QTI) share: a variant as parts an LMS grades like `quiz grade`.

A variant's *parts* are what an LMS can judge one at a time: every number of
a numeric, vector or matrix answer, every choice and every formula. A part's
weight is its share of the question's points under `quiz grade`'s rule (the
points shared equally by the answers, an answer's share equally by its
entries), so the LMS gives the same partial credit as the sheet.

A number is accepted by the LMS as `quiz grade` accepts it: the key is the
exact value (not the rounded key the sheet prints) and the tolerance is
max(atol, rtol |value|), so [value - tol, value + tol] is exactly the set
question_bank.answers accepts.

The kind of an LMS question follows the parts:
    one number         -> "numerical"
    one choice         -> "choice"
    any formula        -> "formula" (Moodle: a STACK question; Canvas cannot judge formulas: an
                          essay item graded by `mlptutor quiz grade` from the exported responses)
    anything else      -> "multipart" (Moodle: cloze; Canvas: one item per part)

An LMS cannot hand each student the variant of the roster: both exports
offer every variant of a question and the LMS draws one per attempt (see
README, "Quiz sheets"); the variant's name carries the student id it was
made for, and each variant is graded against its own key.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

import numpy as np

from mlptutor.question_bank.answers import accepted_keys, defined_functions
from mlptutor.question_bank.assembly import slot_of
from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.render.keyformat import tolerance
from mlptutor.question_bank.render.markdown_html import to_html, to_html_inline
from mlptutor.question_bank.variants import Quiz, Variant

__all__ = ["Part", "parts", "integer_weights", "decimal_weights", "kind", "decimal", "statement_html", "solution_html", "label_html",
           "option_html", "item_name", "identifier", "Group", "groups", "GRADED_BY_MLPTUTOR"]

GRADED_BY_MLPTUTOR = ("This answer is a formula, which this LMS cannot judge: it is graded by "
                      "<code>mlptutor quiz grade</code> from the exported responses.")


@dataclass(frozen=True)
class Part:
    """One thing an LMS judges: `kind` "number" (value, tolerance), "choice" (value = the tuple of right
    option keys) or "formula" (value = the formula); `weight` its share of the question's points."""

    answer: str
    where: str
    label: str
    kind: str
    value: float | str | tuple
    tolerance: float
    weight: Fraction
    functions: tuple[tuple[str, str], ...] = ()  # a formula's: (name the statement defines, the function it is)


def _where(spec: dict, index: tuple) -> str:
    if spec["type"] == "vector":
        return f"entry {index[0] + 1}"
    if spec["type"] == "matrix":
        return f"row {index[0] + 1}, column {index[1] + 1}"
    return ""


def parts(variant: Variant) -> list[Part]:
    """Every part of a variant, answers in meta.toml order, entries row by row."""
    share = Fraction(variant.points).limit_denominator(10**6) / len(variant.answer_specs)
    out = []
    for spec in variant.answer_specs:
        name, value = spec["name"], variant.answers[spec["name"]]
        label = label_html(spec)
        if spec["type"] == "choice":
            out.append(Part(name, "", label, "choice", tuple(accepted_keys(value)), 0.0, share))
            continue
        if spec["type"] == "symbolic":
            functions = tuple(sorted(defined_functions(spec, variant.params).items()))
            out.append(Part(name, "", label, "formula", str(value), 0.0, share, functions))
            continue
        array = np.asarray(value, dtype=float)
        for index in np.ndindex(array.shape):
            entry = float(array[index])
            out.append(Part(name, _where(spec, index), label, "number", entry, tolerance(spec, entry),
                            share / max(1, array.size)))
    return out


def integer_weights(variant: Variant) -> list[int]:
    """The parts' weights as integers (Moodle's cloze weights are integers): the weights themselves when they
    are whole (they sum to the points), else scaled by the least common denominator (same proportions)."""
    weights = [p.weight for p in parts(variant)]
    scale = int(np.lcm.reduce([w.denominator for w in weights]))
    return [int(w * scale) for w in weights]


def decimal_weights(variant: Variant, places: int = 6) -> list[str]:
    """The parts' weights as decimals of at most `places` digits that add up to exactly the question's points
    (Canvas's points_possible): each weight rounded down, the units left over given one each to the parts
    rounded down most (largest remainder; the first on ties), so 2 points in 6 parts are 0.333334 twice and
    0.333333 four times, not 6 x 0.333333 = 1.999998."""
    unit = Fraction(1, 10**places)
    weights = [p.weight for p in parts(variant)]
    units = [int(w // unit) for w in weights]
    left = round(sum(weights) / unit) - sum(units)
    for index in sorted(range(len(weights)), key=lambda i: units[i] * unit - weights[i])[:left]:
        units[index] += 1
    return [format(Decimal(n).scaleb(-places).normalize(), "f") for n in units]


def kind(variant: Variant) -> str:
    """numerical, choice, formula or multipart (see the module docstring)."""
    kinds = [p.kind for p in parts(variant)]
    if "formula" in kinds:
        return "formula"
    if len(kinds) == 1:
        return {"number": "numerical", "choice": "choice"}[kinds[0]]
    return "multipart"


def decimal(value: float) -> str:
    """A number in positional notation with every digit the float holds (LMS number fields reject 1e-05)."""
    return np.format_float_positional(float(value), trim="-")


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


def item_name(number: int, variant: Variant) -> str:
    """A question's name in the LMS bank: "Q1 count-parameters · s102"."""
    return f"Q{number} {variant.question} · {variant.student}"


def identifier(*parts: str) -> str:
    """A stable identifier for LMS objects: "i" + 20 hex digits of a hash of the parts."""
    return "i" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


class Group(NamedTuple):
    """A group an LMS quiz draws from: its questions, how many of them each sheet has, and the first sheet's."""

    questions: list[str]
    pick: int
    first: list[str]


def groups(quiz: Quiz) -> list[Group]:
    """The groups an LMS quiz draws from: one per question when every sheet holds every question; else (`quiz
    --count`) one per slot of the blueprint (topic, difficulty) with every question drawn for it: an LMS draws from
    every group for every student, so a group per question gave each student every question drawn for anyone
    (Canvas: 7 questions, 14 points, for 6-question sheets)."""
    if set(Counter(v.student for v in quiz.variants).values()) == {len(quiz.questions)}:  # one pass: 500 sheets
        return [Group([question_id], 1, [question_id]) for question_id in quiz.questions]
    slot = {q: slot_of(load_question(q)) for q in quiz.questions}
    first = [v.question for v in quiz.for_student(quiz.students[0].id)]
    drawn = Counter(slot[q] for q in first)  # the same on every sheet
    found = []
    for place in dict.fromkeys(slot[q] for q in quiz.questions):
        questions = [q for q in quiz.questions if slot[q] == place]
        found.append(Group(questions, drawn[place], [q for q in questions if q in first]))
    return found
