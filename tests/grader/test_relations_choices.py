"""relation:slips-by-argument: one catalogued slip per value of a string argument (grader/relations/choices.py)."""

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.mistakes import Mistake
from mlptutor.grader.relations.choices import slips_by_choice


def scaled(x, kind="a"):
    return {"a": 2.0, "b": 3.0, "c": 5.0}[kind] * x


A_TWICE = Mistake("a-twice", "a doubled", "h", lambda x, kind="a": scaled(x, kind) * (2 if kind == "a" else 1))
B_HALF = Mistake("b-half", "b halved", "h", lambda x, kind="a": scaled(x, kind) / (2 if kind == "b" else 1))


def evidence(wrong):
    xs = np.array([1.0, -2.0]), np.array([0.5, 3.0])
    return [Evidence((x, kind), {}, wrong(x, kind)) for x in xs for kind in ("a", "b", "c")]


def test_a_slip_in_each_of_two_branches_is_named_with_its_value():
    def wrong(x, kind):
        return A_TWICE.variant(x, kind) if kind == "a" else B_HALF.variant(x, kind)
    mistake = slips_by_choice([A_TWICE, B_HALF], evidence(wrong), scaled)
    assert mistake.id == "relation:slips-by-argument"
    assert "with kind = 'a', a doubled; with kind = 'b', b halved" in mistake.title
    x = np.array([4.0])
    assert [float(mistake.variant(x, k)[0]) for k in "abc"] == [16.0, 6.0, 20.0]  # c, right in the file, stays right


def test_one_slip_or_a_branch_no_mistake_gives_names_nothing():
    assert slips_by_choice([A_TWICE, B_HALF], evidence(A_TWICE.variant), scaled) is None  # diagnose names it alone
    def three(x, kind):  # c's branch is wrong by something the catalogue lacks
        return {"a": A_TWICE, "b": B_HALF}[kind].variant(x, kind) if kind != "c" else -scaled(x, kind)
    assert slips_by_choice([A_TWICE, B_HALF], evidence(three), scaled) is None
