"""The mistake mechanism: when a variant explains a wrong value, the catalogue, and the edits that make each mistake.

That each catalogued mistake is named from a submission making it is tested per spec (test_spec_<exercise>.py).
"""

from pathlib import Path

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.mistakes import Edit, Mistake, diagnose, reproduces
from mlptutor.grader.specs import catalogue, load_specs

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"


def test_variant_must_reproduce_every_value():
    double = Mistake("double", "doubled", "halve it", lambda x: 2 * x)
    x = np.arange(3.0)
    assert reproduces(double, [Evidence((x,), {}, 2 * x)])
    assert not reproduces(double, [Evidence((x,), {}, 2 * x), Evidence((x + 1,), {}, x)])
    assert not reproduces(double, [])
    assert diagnose([double], [Evidence((x,), {}, 3 * x)]) is None


def test_a_dict_is_the_same_whatever_its_key_order():
    # params built from the last layer down ({"W2": ..., "b2": ..., "W1": ..., "b1": ...}) are the variant's dict
    halved = Mistake("halved", "halved", "h", lambda p: {k: v / 2 for k, v in p.items()})
    p = {"W1": np.ones(2), "b1": np.zeros(1), "W2": np.full(2, 4.0), "b2": np.ones(1)}
    reordered = {k: p[k] / 2 for k in ("W2", "b2", "W1", "b1")}
    assert reproduces(halved, [Evidence((p,), {}, reordered)])
    assert not reproduces(halved, [Evidence((p,), {}, {**reordered, "W1": p["W1"]})])
    assert not reproduces(halved, [Evidence((p,), {}, {k: v for k, v in reordered.items() if k != "b2"})])


def test_a_float32_value_is_not_a_float64_variants():
    """Within float32's rounding of a float64 variant (rtol 1e-6) is the precision's doing, not the mistake's
    (xor/r11_tx_float32 was named "stops at tol" by it)."""
    double = Mistake("double", "doubled", "halve it", lambda x: 2 * x)
    x = np.linspace(0.1, 1.0, 5)
    assert reproduces(double, [Evidence((x,), {}, 2 * x)])
    assert not reproduces(double, [Evidence((x,), {}, (2 * x).astype(np.float32))])
    assert reproduces(double, [Evidence((x.astype(np.float32),), {}, 2 * x.astype(np.float32))])


def test_a_crashing_variant_explains_nothing():
    broken = Mistake("broken", "t", "h", lambda x: 1 / 0)
    assert not reproduces(broken, [Evidence((1.0,), {}, 1.0)])


def test_catalogue_is_unique_and_complete():
    mistakes = catalogue()
    assert len(mistakes) >= 20
    assert all(m.id == key and m.title and m.hint and callable(m.variant) for key, m in mistakes.items())


def quoted_answers(specs) -> list[str]:
    """The mistakes whose hint quotes the correct code their edit replaces (a statement or call of 12 characters or
    more, not a name): the hint, shown to every student who makes the mistake and carried by the release, hands
    the answer over. An instructor's new spec with the hint "return np.where(Z > 0, dA, alpha * dA)" passed."""
    quoted = []
    for spec in specs.values():
        hints = {m.id: m.hint for fn in spec.functions for m in fn.mistakes}
        for mistake, edit in spec.edits.items():
            code = edit.old.strip()
            # spaces left out on both sides: 'np.where(Z>0, dA, alpha*dA)' quotes it too
            if len(code) >= 12 and any(c in code for c in "(=") and "".join(code.split()) in "".join(
                    hints.get(mistake, "").split()):
                quoted.append(f"grader/specs/{spec.name}.py {mistake}: the hint quotes the answer {code!r}")
    return quoted


def test_no_hint_quotes_the_answer_its_edit_replaces():
    assert quoted_answers(load_specs()) == []


def test_a_hint_quoting_the_answer_is_found():
    from mlptutor.grader.spec import ExerciseSpec, FunctionSpec

    quoting = Mistake("leaky-backward-ones", "dA passed unchanged", "return np.where(Z>0, dA, alpha*dA)", abs)
    spec = ExerciseSpec("leaky", (FunctionSpec("backward", abs, (), (quoting,)),),
                        edits={"leaky-backward-ones": Edit("np.where(Z > 0, dA, alpha * dA)", "dA")})
    assert quoted_answers({"leaky": spec}) == [
        "grader/specs/leaky.py leaky-backward-ones: the hint quotes the answer 'np.where(Z > 0, dA, alpha * dA)'"]


# The naming rules: a mistake is named only when the evidence tells it apart from the right answer and
# from the other mistakes, and crashed calls are no evidence.

def _square(x):
    return np.asarray(x) ** 2


CLIPPED = Mistake("clipped", "negative inputs clipped", "keep the sign", lambda x: np.maximum(x, 0) ** 2)
DOUBLED = Mistake("doubled", "doubled", "halve it", lambda x: 2 * np.asarray(x) ** 2)
TIMES_X = Mistake("times-x", "times x", "no x", lambda x: np.asarray(x) * np.asarray(x) ** 2)


def test_inputs_where_the_mistake_agrees_with_the_reference_name_nothing():
    """On positive inputs `clipped` gives the right answer: a right answer there shows no mistake."""
    positive = np.array([1.0, 2.0, 3.0])
    right = [Evidence((positive,), {}, _square(positive))]
    assert reproduces(CLIPPED, right)  # without the reference: the old, wrong naming
    assert not reproduces(CLIPPED, right, reference=_square)
    assert diagnose([CLIPPED], right, _square) is None
    negative = np.array([-1.0, 2.0])
    told_apart = right + [Evidence((negative,), {}, np.array([0.0, 4.0]))]
    assert diagnose([CLIPPED], told_apart, _square) is CLIPPED



def test_a_tiny_value_where_exactly_0_is_due_is_told_apart_by_its_zeros():
    """Within atol of the reference's 0, a variant nonzero exactly where the student's value is tells it apart (a
    product floored at 1e-300, experiments/r17_clipped_log_product); a variant 0 where the student's is not, or
    nonzero where theirs is 0, does not reproduce them; another tiny floor of the student's (1e-20) is that slip."""
    product = lambda x: np.prod(x, keepdims=True)  # noqa: E731
    floored = Mistake("floored", "t", "h", lambda x: np.exp(np.sum(np.log(np.clip(x, 1e-300, None)), keepdims=True)))
    blocked = np.array([0.5, 0.0])
    assert diagnose([floored], [Evidence((blocked,), {}, np.array([5e-301]))], product) is floored
    assert diagnose([floored], [Evidence((blocked,), {}, np.array([1e-20]))], product) is floored
    assert diagnose([floored], [Evidence((blocked,), {}, np.array([0.0]))], product) is None


def test_values_all_far_below_1_are_compared_at_their_own_size():
    """Relative errors of right gradients (1e-11..1e-9) were all within the absolute 1e-9 of one another, so a
    gradient check pooling every tensor "reproduced" another slip's noise-level errors (gradcheck/r10_gc_pooled took
    gradient-check-relative-step's name away): below 1 the absolute part shrinks with the values."""
    pooled = Mistake("pooled", "t", "h", lambda errors: dict.fromkeys(errors, float(np.mean(list(errors.values())))))
    errors = {"W1": 1.05e-11, "b1": 1.47e-10}
    assert not reproduces(pooled, [Evidence((errors,), {}, errors)])
    assert reproduces(pooled, [Evidence((errors,), {}, dict.fromkeys(errors, 7.875e-11 * (1 + 1e-8)))])
    # values of 1 and more keep the absolute 1e-9: an entry near 0 beside them is judged at their scale
    assert reproduces(DOUBLED, [Evidence((np.array([1.0, 1e-6]),), {}, np.array([2.0, 2e-12 + 5e-10]))])


def test_two_mistakes_that_both_fit_name_neither():
    """At x = 2, doubling and multiplying by x agree: that evidence names neither; x = 3 tells them apart."""
    two = [Evidence((np.array([2.0]),), {}, np.array([8.0]))]
    assert reproduces(DOUBLED, two, reference=_square) and reproduces(TIMES_X, two, reference=_square)
    assert diagnose([DOUBLED, TIMES_X], two, _square) is None
    three = [Evidence((np.array([3.0]),), {}, np.array([27.0]))]
    assert diagnose([DOUBLED, TIMES_X], two, _square, more=three) is TIMES_X


def test_crashed_calls_name_no_mistake(grader, with_code):
    """A softmax that crashes on every batch of more than one row and is right on the fixed single row:
    the global-sum mistake agrees with the reference on one row, so no catalogued mistake may be named
    from it; the rows are named by the error they state (its exception and line)."""
    report = grader.grade({"softmax": with_code("softmax", """
        def softmax(Z):
            Z = np.asarray(Z, dtype=np.float64)
            if Z.ndim == 2 and Z.shape[0] > 1:
                raise ValueError("one row at a time")
            E = np.exp(Z - Z.max())
            return E / E.sum()
     """)}, student="crashing", only=["softmax"])
    rows = [r for r in report.checks if r.function == "softmax"]
    assert any(not r.passed and "raised an error" in r.message for r in rows)
    failing = [r for r in rows if not r.passed]
    assert {r.mistake for r in failing} == {"relation:error"}, [(r.check, r.mistake) for r in failing]
    assert all("raised ValueError at softmax.py line" in r.hint for r in failing)


def test_an_edit_changes_the_one_place_it_names():
    edit = Edit("return x", "return -x")
    assert edit.apply("def f(x):\n    return x\n") == "def f(x):\n    return -x\n"
    for source in ("def f(x):\n    pass\n", "def f(x):\n    return x\n\n\ndef g(x):\n    return x\n"):
        with pytest.raises(ValueError, match="occurs [02] times"):
            edit.apply(source)


def test_every_edit_names_a_mistake_of_its_spec():
    for name, spec in load_specs().items():
        attached = {m.id for f in spec.functions for m in f.mistakes}
        assert sorted(set(spec.edits) - attached) == [], name


@pytest.mark.parametrize("exercise", [name for name, spec in load_specs().items() if spec.edits])
def test_every_edit_of_a_spec_applies_to_its_solution(exercise):
    solution = (SOLUTIONS / f"{exercise}.py").read_text()
    for mistake, edit in load_specs()[exercise].edits.items():
        assert edit.apply(solution) != solution, mistake


def test_a_result_the_inputs_never_reach_names_a_condition_that_always_holds():
    """Trask's relu2deriv written output >= 0 is 1 for every relu output: a condition that always holds, which the
    hint of relation:same-for-every-input names beside one that never does."""
    from mlptutor.grader.pipeline import DOES_NOTHING
    assert "never holds" in DOES_NOTHING.hint and "always does" in DOES_NOTHING.hint


def test_a_check_without_an_absolute_tolerance_names_slips_on_tiny_values():
    """derivative_product's deep path has a product near 1e-56 and its check no absolute tolerance: a slip that shows
    only there (here a factor 2 on products below 1e-40) was within the matcher's 1e-15 floor of the right value, so
    caught and never named; named with atol 0, and a variant giving another tiny value does not reproduce it (acc24)."""
    def right(p):
        return p

    doubled = Mistake("tiny-doubled", "", "", lambda p: 2 * p if abs(p) < 1e-40 else p)
    tripled = Mistake("tiny-tripled", "", "", lambda p: 3 * p if abs(p) < 1e-40 else p)
    evidence = [Evidence((1e-56,), {}, 2e-56), Evidence((0.25,), {}, 0.25)]
    assert diagnose([doubled, tripled], evidence, right) is None  # the default floor: every tiny value alike
    assert diagnose([doubled, tripled], evidence, right, atol=0.0) is doubled
