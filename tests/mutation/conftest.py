"""One sandbox and grader for the mutation tests."""

import pytest

from grader.pipeline import Grader
from grader.sandbox import Sandbox


@pytest.fixture(scope="module")
def grader():
    with Sandbox(level="auto") as sandbox:
        yield Grader(sandbox)
