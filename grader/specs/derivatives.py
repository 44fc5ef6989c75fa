"""Spec of exercises/derivatives.py: each derivative, typed as a formula, judged by the symbolic checker.

Every function returns text; SymbolicCheck compares it with the answer of
reference.derivatives.FORMULAS under the same name, numerically at sampled
points and, when it can, with SymPy. Any equivalent form earns the points.

A wrong formula a student often writes is catalogued below (`_wrong`): its
variant is that formula as a function of the question's variables, replayed
on the check's evidence (the student's values at the sample points) and told
apart from the answer as a function of the same variables
(`SymbolicCheck.explained_reference`), so any notation of it is named, none
of the answer's. Else a wrong formula is explained by the relation to the
answer that SymPy proves (grader/checks/formula_relations.py): the function
itself or its derivative with respect to another variable of the FORMULAS
entry's `definition` (d/dp_i where d/dz_i is asked), the answer times or plus
a number, squared, one variable's sign or form slipped at one place, a
variable written where a function of it is due, a power moved into a
function's argument, the answer with one edit; a text that reads otherwise
than meant (`s_i(1 - s_i)`) is named for that. Said in the student's terms,
never the answer.
"""

from mlptutor.grader.checks.symbolic import SymbolicCheck, answer_function
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.reference import derivatives as ref


def _wrong(function: str, id: str, title: str, hint: str, formula: str) -> Mistake:
    """The catalogued wrong `formula` (trusted text) for `function`: its variant takes the FORMULAS entry's
    variables sorted by name, as the check's evidence holds them."""
    variables = tuple(sorted(ref.FORMULAS[function].variables))
    return Mistake(id, title, hint, answer_function(f"{function} as {formula}", formula, variables))


# the course's own warnings: tanh and sigmoid taken as interchangeable, tanh' forgetting it is in tanh's value
# (module2-mlp-training), the chain rule's inner factor, the softmax Jacobian's two cases (week03)
MISTAKES = {
    "sigmoid_derivative": (
        _wrong("sigmoid_derivative", "derivatives-sigmoid-z-for-s",
               "z written for the sigmoid's value in one factor",
               "the rule you used is stated in the sigmoid's value: each s in it stands for sigma(z), never for its "
               "argument z",
               "sigmoid(z)*(1 - z)"),
        _wrong("sigmoid_derivative", "derivatives-sigmoid-as-tanh",
               "tanh's derivative rule used for the sigmoid",
               "that pattern is tanh's rule, not the sigmoid's: differentiate 1/(1 + exp(-z)) with the chain rule",
               "1 - sigmoid(z)**2"),
    ),
    "tanh_derivative": (
        _wrong("tanh_derivative", "derivatives-tanh-as-sigmoid",
               "the sigmoid's derivative rule used for tanh",
               "that pattern is the sigmoid's rule, not tanh's: differentiate sinh(z)/cosh(z) with the quotient rule",
               "tanh(z)*(1 - tanh(z))"),
    ),
    "softmax_diagonal": (
        _wrong("softmax_diagonal", "derivatives-softmax-diagonal-as-off-diagonal",
               "the off-diagonal rule used on the diagonal",
               "on the diagonal z_i is in the numerator exp(z_i) as well as in the denominator: the quotient rule "
               "gives a term from each",
               "-s_i**2"),
    ),
    "softmax_ce_gradient": (
        _wrong("softmax_ce_gradient", "derivatives-ce-jacobian-diagonal",
               "the softmax Jacobian's diagonal term put in for p_i",
               "dL/dz_i sums dL/dp_k d p_k/d z_i over every class k, the diagonal term and the others: with "
               "sum_k y_k = 1 they add up to a short formula; carry the whole sum through",
               "p_i*(1 - p_i) - y_i"),
    ),
    "chain_rule_w1": (
        _wrong("chain_rule_w1", "derivatives-chain-outer-only",
               "the outer derivative alone (the chain rule's inner factor left out)",
               "the chain rule multiplies dL/dy_hat by d y_hat/d w1: find that inner factor and put it in",
               "w2*w1*x - y"),
    ),
}

# how a student makes each mistake in the correct solution (tests/solutions/derivatives.py), in a notation of
# its own: the catalogue names any form of the wrong formula
EDITS = {
    "derivatives-sigmoid-z-for-s": Edit('return "exp(-z)/(1 + exp(-z))**2"', 'return "(1 - z)/(1 + exp(-z))"'),
    "derivatives-sigmoid-as-tanh": Edit('return "exp(-z)/(1 + exp(-z))**2"', 'return "1 - 1/(1 + exp(-z))**2"'),
    "derivatives-tanh-as-sigmoid": Edit('return "sech(z)**2"', 'return "tanh(z) - tanh(z)**2"'),
    "derivatives-softmax-diagonal-as-off-diagonal": Edit('return "s_i - s_i**2"', 'return "-(s_i*s_i)"'),
    "derivatives-ce-jacobian-diagonal": Edit('return "-y_i + p_i"', 'return "p_i - p_i**2 - y_i"'),
    "derivatives-chain-outer-only": Edit('return "w2*x*(w1*w2*x - y)"', 'return "x*w1*w2 - y"'),
}

SPEC = ExerciseSpec("derivatives", tuple(
    FunctionSpec(name, getattr(ref, name), (SymbolicCheck("symbolic", 1.0),), mistakes=MISTAKES.get(name, ()))
    for name in ref.FORMULAS
), edits=EDITS)
