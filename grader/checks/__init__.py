"""Check kinds: one module each (shape, value, gradient, symbolic, statistical, behaviour, hygiene, edge).

Every kind follows the protocol of `grader.checks.base`: plan sandbox calls
from a Context, then judge the Outcomes into a Verdict.
"""
