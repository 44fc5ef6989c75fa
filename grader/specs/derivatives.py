"""Spec of exercises/derivatives.py: each derivative, typed as a formula, judged by the symbolic checker.

Every function returns text; SymbolicCheck compares it with the answer of
reference.derivatives.FORMULAS under the same name, numerically at sampled
points and, when it can, with SymPy. Any equivalent form earns the points.
"""

from mlptutor.grader.checks.symbolic import SymbolicCheck
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.reference import derivatives as ref

SPEC = ExerciseSpec("derivatives", tuple(
    FunctionSpec(name, getattr(ref, name), (SymbolicCheck("symbolic", 1.0),)) for name in ref.FORMULAS
))
