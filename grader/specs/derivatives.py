"""Spec of exercises/derivatives.py: each derivative, typed as a formula, judged by the symbolic checker.

Every function returns text; SymbolicCheck compares it with the answer of
reference.derivatives.FORMULAS under the same name, numerically at sampled
points and, when it can, with SymPy. Any equivalent form earns the points.

A wrong formula is explained by the relation to the answer that SymPy proves
(grader/checks/formula_relations.py): the function itself or its derivative
with respect to another variable of the FORMULAS entry's `definition` (d/dp_i
where d/dz_i is asked), the answer times or plus a number, squared, one
variable's sign or form slipped at one place, a power moved into a function's
argument, the answer with one edit; a text that reads otherwise than meant
(`s_i(1 - s_i)`) is named for that. Said in the student's terms, never the
answer.
"""

from mlptutor.grader.checks.symbolic import SymbolicCheck
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.reference import derivatives as ref

SPEC = ExerciseSpec("derivatives", tuple(
    FunctionSpec(name, getattr(ref, name), (SymbolicCheck("symbolic", 1.0),)) for name in ref.FORMULAS
))
