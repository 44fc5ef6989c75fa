"""The practice tutor's hints, read as a student would use them: nothing shown before the worked solution is an
accepted answer."""

import math
import re

import pytest

from mlptutor.question_bank.answers import check_answer, formula_sandbox
from mlptutor.question_bank.loader import load_question, question_ids
from mlptutor.question_bank.practice import arithmetic, hint, practice_variant

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _pieces(text: str) -> set[str]:
    """What a student could copy out of a hint: the whole, and each stretch between ': ', ', ', ' = ' and ' ← '."""
    body = text.removeprefix("The first step: ").rstrip(".")
    return {body, *(piece.strip() for piece in re.split(r": |, | = | ← |; ", body) if piece.strip())}


def _worked(text: str) -> list[float]:
    """The values of the hint's pieces that are arithmetic of numbers alone ('4.3 - 0.20 · (2.4)', '0.5 × (-1)'):
    one step from the answer when they are worth it. practice.arithmetic's reading, the one reveals() uses."""
    return [value for value in map(arithmetic, _pieces(text)) if value is not None]


def _typed_numbers(text: str, decimals: int) -> set[str]:
    """Each number of `text` as shown or worked out, rounded as the answer asks, and one ceiling or floor away (a
    count); 0 and ±1 aside, which any hint may hold ('1 - p', 'ŷ = 1')."""
    shown = [float(n) for n in _NUMBER.findall(text)] + _worked(text)
    typed = {str(x) for n in shown for x in (n, round(n, decimals), math.ceil(n), math.floor(n))}
    return typed - {"0", "1", "-1", "0.0", "1.0", "-1.0"}


def _stated(text: str, name: str) -> set[str]:
    """The values `text` states the answer `name` has, a clause from its name to a number ('b ← b + η (y - ŷ) = ...
    = -1.00'; not 'w · x + b = 1.23'), as typed."""
    names = "|".join({re.escape(name), re.escape(name.removesuffix("_new"))})
    return set(re.findall(rf"(?:^|(?<=[:.,;] ))(?:{names})(?![\w(])[^=.,;:]*(?: = [^=,;:]+?)* = (-?\d+(?:\.\d+)?)(?![\d.])", text))


@pytest.fixture(scope="module")
def sandbox():
    with formula_sandbox() as box:
        yield box


@pytest.mark.parametrize("question_id", question_ids())
def test_no_hint_shown_before_the_solution_is_an_accepted_answer(question_id, sandbox):
    """activation-derivative-formula's first-step hint went on to σ'(z) = e^(-z)/(1 + e^(-z))^2 (tanh: the quotient
    rule's fraction), each an equivalent form the formula check accepts; iterations-per-epoch's showed
    '⌈ 47.0600 ⌉' when the answer is 48. Every piece of every hint, and every number in it rounded up, down or to
    the answer's decimals, is typed as the answer of every part: none is accepted (0 and ±1 only where a hint states
    them as the answer's value: any hint holds them otherwise). gradient-descent-step's showed the step's arithmetic,
    '4.3 - 0.20 · (2.4)', one subtraction from the answer: arithmetic is worked out too."""
    question = load_question(question_id)
    for round_number in range(4):
        variant = practice_variant(question, 23, round_number)
        shown = [text for level in range(1, 5) if (text := hint(variant, question, level))]
        assert not any(text.endswith((",", ";")) for text in shown), shown  # multipath-graph's ended '= -2.660,'
        for spec in variant.answer_specs:
            key = variant.answers[spec["name"]]
            pieces = set().union(*map(_pieces, shown))
            # 0 and ±1 only where a hint states them as this answer's value, not in '1 - p' or 'ŷ = 1'
            typed = {p for p in pieces if _NUMBER.fullmatch(p) is None or abs(float(p)) not in (0.0, 1.0)}
            typed |= set().union(*(_stated(text, spec["name"]) for text in shown))
            if spec["type"] in ("numeric", "vector", "matrix"):
                typed |= set().union(*(_typed_numbers(text, int(spec.get("decimals", 0) or 0)) for text in shown))
            for text in typed:
                if spec["type"] == "symbolic" and not re.search(r"[(^/]", text):
                    continue  # no formula to judge: keeps the sandbox's work to the hints' formulas
                verdict = check_answer(spec, key, text, params=variant.params, mistakes=question.mistakes,
                                       sandbox=sandbox)
                assert not verdict.correct, (round_number, spec["name"], text)
