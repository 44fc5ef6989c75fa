"""A RuntimeWarning row is named relation:warning by its own message (grader/relations/stated.py); an overflow in
exp is told how exp overflows, np.where's two computed branches included (a sigmoid written
np.where(z >= 0, 1 / (1 + exp(-z)), exp(z) / (1 + exp(z))) warns though each chosen value is right)."""

from mlptutor.grader.relations.stated import stated

ROW = "on large inputs: RuntimeWarning: {what} (activations.py line 12): the docstring promises these inputs work"


def test_an_overflow_in_exp_names_np_where():
    found = stated(ROW.format(what="overflow encountered in exp"))
    assert found.id == "relation:warning"
    assert "activations.py line 12 takes exp of a number above 709" in found.hint
    assert "np.where(c, x, y) alone does not prevent it" in found.hint


def test_another_warning_keeps_the_general_hint():
    found = stated(ROW.format(what="divide by zero encountered in divide"))
    assert found.id == "relation:warning"
    assert "np.where" not in found.hint
    assert "gives 'divide by zero encountered in divide'" in found.hint
