"""Fixtures of the grading-engine tests: one sandbox for the session, solutions, and grading helpers."""

import textwrap
from pathlib import Path

import pytest

from mlptutor.grader.pipeline import Grader
from mlptutor.grader.sandbox import Sandbox

SOLUTIONS = Path(__file__).resolve().parent.parent / "solutions"


@pytest.fixture(scope="session")
def sandbox():
    with Sandbox(level="auto") as sb:
        yield sb


@pytest.fixture(scope="session")
def formulas(sandbox):
    """The session sandbox's companion with SymPy, where the grader judges formulas."""
    from mlptutor.grader.checks.symbolic import PRELOAD

    return sandbox.companion(PRELOAD)


@pytest.fixture(scope="session")
def grader(sandbox):
    return Grader(sandbox)


@pytest.fixture(scope="session")
def solution():
    """solution(name) -> the text of tests/solutions/<name>.py."""
    return lambda name: (SOLUTIONS / f"{name}.py").read_text()


@pytest.fixture(scope="session")
def with_code(solution):
    """with_code(name, code) -> the solution of `name` with `code` appended (redefining some functions)."""
    return lambda name, code: solution(name) + "\n\n" + textwrap.dedent(code)


@pytest.fixture(scope="session")
def rows_of():
    """rows_of(report, function) -> {check name: CheckResult} of one function."""
    return lambda report, function: {r.check: r for r in report.checks if r.function == function}
