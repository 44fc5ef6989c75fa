"""grader/specs/layers.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests


class TestLayersSpec(SpecTests):
    exercise = "layers"
