import ast

import pytest
import sympy as sp

from mlptutor.reference import derivatives
from mlptutor.reference.derivatives import FORMULAS, Formula, to_sympy, verify

LANGUAGE_FUNCTIONS = {"sigmoid", "tanh", "exp", "log", "sqrt", "sech", "cosh", "sinh", "erf"}


@pytest.mark.parametrize("name", sorted(FORMULAS))
def test_answer_is_the_derivative_of_the_definition(name):
    assert verify(FORMULAS[name]) == 0


@pytest.mark.parametrize("name", sorted(FORMULAS))
def test_registry_answer_is_the_formula_function_and_uses_only_its_variables(name):
    formula = FORMULAS[name]
    assert getattr(derivatives, name)() == formula.answer
    names = {node.id for node in ast.walk(ast.parse(formula.answer, mode="eval")) if isinstance(node, ast.Name)}
    assert names - LANGUAGE_FUNCTIONS == set(formula.variables)
    assert names & LANGUAGE_FUNCTIONS <= LANGUAGE_FUNCTIONS
    assert all(low < high for low, high in formula.variables.values())


def test_a_wrong_answer_leaves_a_nonzero_residual():
    right = FORMULAS["softmax_ce_gradient"]
    wrong = Formula(**{**right.__dict__, "answer": "p_i*(1 - p_i) - y_i"})
    assert verify(wrong) != 0


def test_sigmoid_in_the_language_is_the_logistic_function_and_names_stay_symbols():
    z = sp.Symbol("z")
    assert sp.simplify(to_sympy("sigmoid(z)") - 1 / (1 + sp.exp(-z))) == 0
    assert to_sympy("E + I").free_symbols == {sp.Symbol("E"), sp.Symbol("I")}
