"""The correct styles' graph_backward (tests/solutions/styles/*/graph.py) on a valid graph where a product's second
operand is 0 and a unary op's input is 0: the right gradients, and no warning (a style that computes 1 / b for
every binary op, or 1 / a for every unary one, warned there; a warning costs a correct solution its hygiene)."""

import importlib.util
import warnings
from pathlib import Path

import pytest

from mlptutor.reference import graph as ref

STYLES = sorted((Path(__file__).resolve().parents[1] / "solutions" / "styles").glob("*/graph.py"))
GRAPH = [["m", "mul", ["x", "y"]], ["t", "tanh", ["y"]], ["e", "exp", ["x"]], ["s", "add", ["m", "e"]],
         ["out", "add", ["s", "t"]]]
INPUTS = {"x": 2.0, "y": 0.0}


@pytest.mark.parametrize("path", STYLES, ids=lambda p: p.parent.name)
def test_a_zero_operand_gives_the_right_gradients_without_warnings(path):
    spec = importlib.util.spec_from_file_location(f"style_graph_{path.parent.name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = module.graph_backward(GRAPH, dict(INPUTS), "out")
    assert got == pytest.approx(ref.graph_backward(GRAPH, dict(INPUTS), "out"), rel=1e-12)
