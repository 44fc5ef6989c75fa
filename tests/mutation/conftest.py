"""One sandbox and grader for the mutation tests."""

import pytest

from mlptutor.grader.pipeline import Grader
from mlptutor.grader.sandbox import Sandbox


@pytest.fixture(scope="module")
def grader():
    with Sandbox(level="auto") as sandbox:
        yield Grader(sandbox)
