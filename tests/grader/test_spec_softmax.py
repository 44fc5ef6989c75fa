"""grader/specs/softmax.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests


class TestSoftmaxSpec(SpecTests):
    exercise = "softmax"
