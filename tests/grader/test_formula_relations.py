"""A wrong formula's relation to the answer, proven by SymPy (grader/symbolic_relations.py, run in the
companion; grader/checks/formula_relations.py words it), and a keyword the student's signature refuses
(grader/relations/keywords.py, with the parameters the sandbox child reports).

Each relation: a wrong formula gets it (kind and words), a right one in an unusual form gets none and full
marks; a relation the numbers suggest but SymPy refutes is never said.
"""

from __future__ import annotations

import pytest
from spec_cases import Appended, grade_edits

from mlptutor.grader.checks import formula_relations
from mlptutor.grader.relations.keywords import renamed_parameter
from mlptutor.grader.relations.stated import stated
from mlptutor.grader.sandbox import Call
from mlptutor.grader.symbolic_relations import relate
from mlptutor.reference import activations, init
from mlptutor.reference.derivatives import FORMULAS


def related(name: str, text: str) -> dict:
    formula = FORMULAS[name]
    return relate(text, formula.answer, formula.variables, formula_relations.definition_of(formula))


@pytest.mark.parametrize("name, text, expected", [
    ("softmax_ce_gradient", "-y_i/p_i", {"kind": "derivative-wrt", "variable": "p_i", "wrt": "z_i", "inner": True}),
    ("chain_rule_w1", "(w2*w1*x - y)*w1*x", {"kind": "derivative-wrt", "variable": "w2", "inner": False}),
    ("sigmoid_derivative", "1/(1 + exp(-z))", {"kind": "not-differentiated", "wrt": "z"}),
    ("l2_gradient", "lam*w**2/2", {"kind": "not-differentiated", "wrt": "w"}),
    ("tanh_derivative", "tanh(z)**2 - 1", {"kind": "factor", "value": "-1"}),
    ("l2_gradient", "2*lam*w", {"kind": "factor", "value": "2"}),
    ("softmax_diagonal", "s_i*(1 - s_i) + 1", {"kind": "offset", "value": "1"}),
    ("softmax_diagonal", "s_i**2*(1 - s_i)**2", {"kind": "square"}),
    ("softmax_diagonal", "1/(s_i - s_i**2)", {"kind": "reciprocal"}),
    ("sigmoid_derivative", "exp(-z)/(1 + exp(z))**2", {"kind": "substitution", "variable": "z", "function": "exp"}),
    ("sigmoid_derivative", "sigmoid(z)*(1 - sigmoid(-z))",
     {"kind": "substitution", "written": "v", "due": "-v", "function": "sigmoid"}),
    ("tanh_derivative", "1 - tanh(2*z)**2", {"kind": "substitution", "written": "2*v", "due": "v", "function": "tanh"}),
    # a variable written where a call of it is due: at its one place outside the call, at one of several, at each
    ("sigmoid_derivative", "sigmoid(z)*(1 - z)", {"kind": "argument-for-value", "variable": "z",
                                                  "function": "sigmoid", "places": ""}),
    ("sigmoid_derivative", "(1 - z)/(1 + exp(-z))", {"kind": "argument-for-value", "places": "one"}),
    ("sigmoid_derivative", "z - z**2", {"kind": "argument-for-value", "function": "sigmoid", "places": "each"}),
    ("tanh_derivative", "1 - z**2", {"kind": "argument-for-value", "variable": "z", "function": "tanh", "places": ""}),
    # the other way round: a call the answer does not make, written where its argument is due
    ("softmax_diagonal", "sigmoid(s_i)*(1 - sigmoid(s_i))", {"kind": "value-for-argument", "variable": "s_i",
                                                             "function": "sigmoid", "places": "each"}),
    ("softmax_diagonal", "s_i*(1 - tanh(s_i))", {"kind": "value-for-argument", "function": "tanh", "places": ""}),
    ("tanh_derivative", "1 - tanh(z**2)", {"kind": "power-inside", "function": "tanh", "power": 2.0,
                                           "written": "argument"}),
    ("tanh_derivative", "1 - 2*tanh(z)", {"kind": "power-product", "written": "product", "power": 2.0}),
    ("chain_rule_w1", "(w2*w1*x - y)*w2*x*2", {"kind": "factor", "value": "2"}),
    ("tanh_derivative", "1 - 2**tanh(z)", {"kind": "power-swap"}),
    ("tanh_derivative", "1 + tanh(z)**2", {"kind": "formula", "change": "sign"}),
    ("chain_rule_w1", "(w2*w1*x - y)*x", {"kind": "formula", "change": "factor"}),
    ("tanh_derivative", "1 - tanh(z)", {"kind": "formula", "change": "power", "detail": "1 where the right formula has 2"}),
    # a text that reads otherwise than meant: right with one more pair of parentheses (one number everywhere too)
    ("sigmoid_derivative", "exp(-z)/1 + exp(-z)**2", {"kind": "parentheses"}),
    ("softmax_diagonal", "s_i*1 - s_i", {"kind": "parentheses"}),
    # the diagonal's formula with delta_ij = 1 where i != j
    ("softmax_off_diagonal", "s_i*(1 - s_j)", {"kind": "variable-offset", "variable": "s_i", "sign": "+"}),
    ("softmax_ce_gradient", "p_i", {"kind": "formula", "change": "term"}),  # a term left out, said as such
    # a part of the student's formula squared or without its power: two edits of the answer's text at once (2 sech z)
    ("tanh_derivative", "4/(exp(z) + exp(-z))", {"kind": "part-power", "written": 1.0, "due": 2.0,
                                                  "role": "denominator", "part": "sum"}),
    ("sigmoid_derivative", "1/(4*cosh(z/2))", {"kind": "part-power", "due": 2.0, "role": "factor", "part": "call",
                                               "name": "cosh"}),
    ("chain_rule_w1", "(w2*w1*x - y)**2*w2*x", {"kind": "part-power", "written": 2.0, "due": 1.0, "role": "factor",
                                                "part": "difference"}),
    ("softmax_diagonal", "s_i*(1 - s_i)**2", {"kind": "part-power", "written": 2.0, "part": "difference"}),
    # a power on a whole sum where one term takes it, and the other way round
    ("tanh_derivative", "(1 - tanh(z))**2", {"kind": "power-term", "written": "sum", "part": "difference"}),
    ("sigmoid_derivative", "exp(-z)/(exp(-z)**2 + 1)", {"kind": "power-term", "written": "term", "part": "sum"}),
    # the answer times one of the student's own parts
    ("softmax_diagonal", "s_i*(1 - s_i)*s_i", {"kind": "part-factor", "part": "variable", "name": "s_i"}),
    ("chain_rule_w1", "(w2*w1*x - y)*w2*x*w1", {"kind": "part-factor", "role": "factor", "name": "w1"}),
    ("chain_rule_w1", "(w2*w1*x - y)*w2*x*(w2*w1*x - y)", {"kind": "part-factor", "role": "factor",
                                                           "part": "difference"}),
])
def test_a_wrong_formula_gets_the_relation_sympy_proves(name, text, expected):
    found = related(name, text)
    assert {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize("name, text", [
    ("sigmoid_derivative", "exp(-z)/(1 + exp(-z))**2"),
    ("sigmoid_derivative", "sigmoid(z)**2*exp(-z)"),
    ("sigmoid_derivative", "sigmoid(z)*sigmoid(-z)"),
    ("tanh_derivative", "sech(z)**2"),
    ("tanh_derivative", "4/(exp(z) + exp(-z))**2"),
    ("tanh_derivative", "(1 - tanh(z))*(1 + tanh(z))"),
    ("tanh_derivative", "1 - tanh(z)*tanh(z)"),  # tanh(z) at each place: nothing to put back
    ("sigmoid_derivative", "sigmoid(z) - sigmoid(z)**2"),
    ("chain_rule_w1", "(w2*w1*x - y)**2*w2*x/(w2*w1*x - y)"),
    ("softmax_diagonal", "s_i - s_i**2"),
    ("softmax_ce_gradient", "-(y_i - p_i)"),
])
def test_a_right_formula_in_an_unusual_form_is_related_to_nothing(name, text):
    assert related(name, text) == {"kind": None}


def test_a_relation_the_numbers_suggest_but_sympy_refutes_is_not_said():
    # twice the answer up to 1e-9 z: within the numeric tolerance of "times 2", not equal to it
    assert related("tanh_derivative", "2*(1 - tanh(z)**2) + z/1000000000") == {"kind": None}


def test_formulas_without_a_simple_relation_are_related_to_nothing():
    assert related("tanh_derivative", "1 + tanh(z)**3") == {"kind": None}
    assert related("tanh_derivative", "cosh(z)") == {"kind": None}
    assert related("chain_rule_w1", "w1*w2*x*y") == {"kind": None}
    # one number everywhere: said as such by the relation finder (relation:constant), not as "times 0" or as
    # "one constant changed" (tanh(z)**0)
    assert related("tanh_derivative", "1 - tanh(z)**0") == related("tanh_derivative", "0") == {"kind": None}


def _line(name: str, value: dict) -> str | None:
    formula = FORMULAS[name]
    key = formula_relations._key("z", formula.answer, formula.variables, formula_relations.definition_of(formula))
    return formula_relations.line(value, key[2], key[3])


def test_lines_say_the_slip_in_the_students_terms_never_the_answer():
    asked = [("softmax_ce_gradient", "-y_i/p_i"), ("sigmoid_derivative", "exp(-z)/(1 + exp(z))**2"),
             ("tanh_derivative", "1 - tanh(z**2)"), ("l2_gradient", "2*lam*w"), ("tanh_derivative", "1 - tanh(z)**3"),
             ("sigmoid_derivative", "exp(-z)/1 + exp(-z)**2"), ("softmax_off_diagonal", "s_i*(1 - s_j)"),
             ("tanh_derivative", "4/(exp(z) + exp(-z))"), ("chain_rule_w1", "(w2*w1*x - y)**2*w2*x"),
             ("tanh_derivative", "(1 - tanh(z))**2"), ("chain_rule_w1", "(w2*w1*x - y)*w2*x*(w2*w1*x - y)"),
             ("sigmoid_derivative", "sigmoid(z)*(1 - z)"), ("sigmoid_derivative", "z*(1 - z)")]
    said = {text: _line(name, related(name, text)) for name, text in asked}
    assert said["-y_i/p_i"].startswith("SymPy shows your formula is the derivative with respect to p_i, not z_i: p_i "
                                       "itself depends on z_i")
    assert said["exp(-z)/(1 + exp(z))**2"] == ("SymPy shows your formula is right once one -z inside exp(...) "
                                               "becomes z: check the sign there")
    assert said["1 - tanh(z**2)"] == ("SymPy shows your formula is right once the power 2 on the argument of "
                                      "tanh(...) is put on tanh(...) itself")
    assert "times 2" in said["2*lam*w"]
    assert said["1 - tanh(z)**3"].startswith("SymPy shows your formula is one edit away from the right formula: it "
                                             "is the right formula with one power changed (3 where the right formula "
                                             "has 2)")
    assert said["exp(-z)/1 + exp(-z)**2"] == (
        "SymPy shows your formula is right with one more pair of parentheses grouping part of it: * and / bind "
        "tighter than + and -, and ** tighter than both; put in parentheses what belongs together")
    assert said["s_i*(1 - s_j)"] == ("SymPy shows your formula is off from the right one by the variable s_i: it is "
                                     "the right one plus s_i, a term too many or missing")
    assert said["4/(exp(z) + exp(-z))"] == ("SymPy shows your formula is right with one of its parts squared, the "
                                            "denominator (a sum): a square missing there")
    assert said["(w2*w1*x - y)**2*w2*x"] == ("SymPy shows your formula is right with one of its parts without its "
                                             "power 2, a factor (a difference): a square too many there")
    assert said["(1 - tanh(z))**2"] == ("SymPy shows your formula has the power 2 on a whole difference where one of "
                                        "its terms takes it")
    assert said["sigmoid(z)*(1 - z)"] == ("SymPy shows your formula writes a variable where a function of it is due: "
                                          "it is right with sigmoid(z) in place of z; sigmoid(z) and z are different "
                                          "values")
    assert said["z*(1 - z)"].endswith("right with sigmoid(z) in place of z at each of its places; sigmoid(z) and z "
                                      "are different values")
    assert said["(w2*w1*x - y)*w2*x*(w2*w1*x - y)"] == (
        "SymPy shows your formula has a factor too many: it is the right one times one of its own parts, a factor "
        "(a difference)")
    for name, text in asked:
        answer, words = FORMULAS[name].answer, said[text]
        assert answer not in words and answer.replace(" ", "") not in words.replace(" ", ""), words


@pytest.mark.parametrize("value", [
    {"kind": "telepathy"},
    {"kind": "derivative-wrt", "variable": "os.system", "wrt": "z", "inner": False},
    {"kind": "substitution", "variable": "z", "written": "v", "due": "z**3", "function": ""},
    {"kind": "substitution", "variable": "z", "written": "v", "due": "-v", "function": "eval"},
    {"kind": "factor", "value": "1e308"},
    {"kind": "power-inside", "function": "tanh", "power": "2", "written": "argument"},
    {"kind": "part-power", "written": 1.0, "due": 2.0, "role": "denominator", "outer": "", "part": "variable",
     "name": "__import__"},
    {"kind": "part-power", "written": 1.0, "due": 2.0, "role": "numerator", "outer": "", "part": "sum",
     "name": "1 - tanh(z)**2"},
    {"kind": "part-factor", "role": "argument", "outer": "", "part": "sum", "name": ""},
    {"kind": "part-factor", "role": "factor", "outer": "", "part": "call", "name": "open"},
    {"kind": "power-term", "written": "sum", "part": "tanh(z)", "power": 2.0},
    {"kind": "argument-for-value", "variable": "z", "function": "eval", "places": ""},
    {"kind": "argument-for-value", "variable": "z", "function": "", "places": ""},
    {"kind": "argument-for-value", "variable": "z", "function": "tanh", "places": "all of them"},
    {"kind": "value-for-argument", "variable": "z", "function": "eval", "places": ""},
    "not a dict",
])
def test_the_workers_data_is_checked_before_it_is_worded(value):
    assert _line("tanh_derivative", value) is None


@pytest.mark.parametrize("message, kind", [
    ("not equivalent: at z = 1.1 your formula gives 0.02; SymPy shows your formula is right once one -z inside "
     "exp(...) becomes z: check the sign there", "relation:substitution"),
    ("not equivalent: ...; SymPy shows your formula is the square root of the right one: a square missing",
     "relation:square"),
    ("'s_i(...)' reads as a call of s_i: write s_i*(...)", "relation:implicit-product"),
    ("'2z' reads as one word: write 2*z", "relation:implicit-product"),
    ("'lam w' reads as two words side by side: write lam*w", "relation:implicit-product"),
    ("cannot parse: the ')' at column 16 closes no '('", "relation:formula-text"),
    ("'tanh z' reads as two words side by side: a function's argument goes in brackets, tanh(z)",
     "relation:formula-text"),
    ("not equivalent: ...; SymPy shows your formula has a product and a power exchanged: it is right once its "
     "product by 2 becomes the power 2", "relation:power-product"),
    ("not equivalent: ...; SymPy shows your formula is right once the power 2 on the argument of tanh(...) is put "
     "on tanh(...) itself", "relation:power-inside"),
    ("not equivalent: ...; SymPy shows your formula writes a variable where a function of it is due: it is right "
     "with tanh(z) in place of z; tanh(z) and z are different values", "relation:argument-for-value"),
    ("not equivalent: ...; SymPy shows your formula writes a function of a variable where the variable itself is "
     "due: it is right with s_i in place of sigmoid(s_i) at each of its places; sigmoid(s_i) and s_i are different "
     "values", "relation:value-for-argument"),
    ("not equivalent: ...; SymPy shows your formula is right with one more pair of parentheses grouping part of it: "
     "...", "relation:parentheses"),
    ("not equivalent: ...; SymPy shows your formula is off from the right one by the variable s_i: it is the right "
     "one plus s_i, a term too many or missing", "relation:offset"),
    ("not equivalent: ...; SymPy shows your formula is right with one of its parts squared, the denominator (a sum): "
     "a square missing there", "relation:part-power"),
    ("not equivalent: ...; SymPy shows your formula has the power 2 on a whole difference where one of its terms "
     "takes it", "relation:power-term"),
    ("not equivalent: ...; SymPy shows your formula has a factor too many: it is the right one times one of its own "
     "parts, a factor (s_i)", "relation:part-factor"),
    # the parser's refusals, which carried no id
    ("non-ASCII character '\u2212' is not allowed; write plain ASCII names such as z or s_i", "relation:formula-text"),
    ("keyword 'lambda' is not allowed", "relation:formula-text"),
    ("'.-' is an elementwise operator (Julia's or MATLAB's): write - without the dot, a formula is of single numbers",
     "relation:formula-text"),
    ("unknown name 'x'; this formula is in z", "relation:formula-text"),
    ("'tanh^2(...)' reads as tanh to the power 2(...): write tanh(...)^2", "relation:formula-text"),
    ("'tanh^-1(...)' is ambiguous (an inverse function, or a power of tanh?): for the power write tanh(...)^(-1)",
     "relation:formula-text"),
    ("'2(...)' reads as a call of 2: write 2*(...)", "relation:implicit-product"),
    ("unknown name 'w'; this formula is in w1, w2, x and y", "relation:formula-text"),
])
def test_a_formulas_message_names_its_row(message, kind):
    assert stated(message).id == kind


def test_grading_names_the_relation_and_keeps_full_marks_for_right_forms(grader):
    rows = grade_edits(grader, "derivatives", [
        Appended("itself", ("sigmoid_derivative",), 'def sigmoid_derivative():\n    return "sigmoid(z)"\n'),
        Appended("wrt", ("chain_rule_w1",), 'def chain_rule_w1():\n    return "(w2*w1*x - y)*w1*x"\n'),
        Appended("implicit", ("l2_gradient",), 'def l2_gradient():\n    return "lam(w)"\n'),
        Appended("right", ("tanh_derivative",), 'def tanh_derivative():\n    return "4/(exp(z) + exp(-z))**2"\n'),
        Appended("right diag", ("softmax_diagonal",), 'def softmax_diagonal():\n    return "s_i - s_i**2"\n'),
    ])
    named = {key: [(r.mistake, r.message) for r in rows[key] if not r.passed] for key in ("itself", "wrt", "implicit")}
    assert named["itself"][0][0] == "relation:not-differentiated" and "function itself" in named["itself"][0][1]
    assert named["wrt"][0][0] == "relation:derivative-wrt" and "respect to w2, not w1" in named["wrt"][0][1]
    assert named["implicit"][0][0] == "relation:implicit-product"
    for key in ("right", "right diag"):
        assert all(r.passed and r.mistake is None for r in rows[key]), [(r.check, r.message) for r in rows[key]]


HE = "raised an error: TypeError: he_normal() got an unexpected keyword argument 'mode'"


@pytest.mark.parametrize("message, reference, words", [
    (HE + " (its parameters: n_in, n_out, rng, fan) (and 1 more failing)", init.he_normal,
     "no parameter `mode` (the stub's name); it has `fan` instead"),
    (HE, init.he_normal, "no parameter `mode` (the stub's name): the checks call he_normal(..., mode=...)"),
    ("4/5 inputs right; on a fixed input: raised an error: TypeError: leaky_relu_grad() got an unexpected keyword "
     "argument 'alpha' (its parameters: z, slope)", activations.leaky_relu_grad, "it has `slope` instead"),
])
def test_a_stub_keyword_the_signature_refuses_is_named(message, reference, words):
    mistake = renamed_parameter(message, reference)
    assert mistake.id == "relation:signature" and words in mistake.hint, mistake


@pytest.mark.parametrize("message, reference", [
    (HE + " (init.py line 4)", init.he_normal),  # raised by the student's own code: relation:error's
    ("raised an error: TypeError: helper() got an unexpected keyword argument 'mode'", init.he_normal),
    ("raised an error: TypeError: he_normal() got an unexpected keyword argument 'scale'", init.he_normal),
    ("raised an error: ValueError: mode must be fan_in", init.he_normal),
])
def test_other_type_errors_are_not_a_renamed_parameter(message, reference):
    assert renamed_parameter(message, reference) is None


def test_the_child_reports_the_parameters_only_when_binding_the_arguments_fails(sandbox):
    source = ("def renamed(z, slope=0.01):\n    return z\n\n"
              "def inner(z, alpha=0.01):\n    return len(z, alpha)\n")
    calls = [Call("renamed", "m", "renamed", (1.0,), {"alpha": 0.1}),
             Call("inner", "m", "inner", (1.0,), {"alpha": 0.1})]
    outcomes = sandbox.run({"m": source}, calls).outcomes
    assert outcomes["renamed"].error.endswith("unexpected keyword argument 'alpha' (its parameters: z, slope)")
    assert "its parameters" not in outcomes["inner"].error and "m.py line 5" in outcomes["inner"].error
