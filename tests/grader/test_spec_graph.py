"""grader/specs/graph.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Edit, SpecTests, failed, source


def changed(old, new):
    text = source("tests/solutions", "graph")
    assert text.count(old) == 1, old
    start = text.index("def _apply(")
    return text[start:].replace(old, new)


EDITS = [
    Edit("graph-sub-reversed", ("graph_forward", "graph_backward"), changed("return a - b", "return b - a")),
    Edit("graph-div-reversed", ("graph_forward", "graph_backward"), changed("return a / b", "return b / a")),
    Edit("graph-log-base-10", ("graph_forward", "graph_backward"), changed("return math.log(a)", "return math.log10(a)")),
    Edit("graph-gradients-overwritten", ("graph_backward",), changed("grads[arg] += grads[name] * local",
                                                                     "grads[arg] = grads[name] * local")),
    Edit("graph-backward-in-forward-order", ("graph_backward",), changed("in reversed(graph):", "in graph:")),
    Edit("graph-mul-derivative-own-value", ("graph_backward",), changed("return [b, a]", "return [a, b]")),
    Edit("graph-sigmoid-derivative-at-input", ("graph_backward",), changed("return [value * (1 - value)]",
                                                                           "return [a * (1 - a)]")),
]


class TestGraphSpec(SpecTests):
    exercise, edits = "graph", EDITS

    def test_the_worked_example_shows_where_the_sum_is_missing(self, named):
        assert "on a fixed input" in failed(named["graph-gradients-overwritten"], "value").message
