"""grader/specs/graph.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits, source


class TestGraphSpec(SpecTests):
    exercise = "graph"

    def test_the_worked_example_shows_where_the_sum_is_missing(self, named):
        assert "on a fixed input" in failed(named["graph-gradients-overwritten"], "value").message

    def test_values_kept_between_calls_show_in_another_graphs_keys(self, grader):
        kept = Appended("kept", ("graph_forward",), """
            _VALUES = {}


            def graph_forward(graph, inputs):
                _VALUES.update(inputs)
                for name, op, args in graph:
                    _VALUES[name] = float(_apply(op, *(_VALUES[a] for a in args)))
                return _VALUES
        """)
        rows = grade_edits(grader, "graph", [kept])["kept"]
        assert "which its own arguments do not give" in failed(rows, "keys").message
