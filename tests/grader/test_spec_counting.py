"""grader/specs/counting.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Edit, SpecTests, failed


def breakdown(first="1", shape="(n_in, n_out)", biases="n_out"):
    return f"""
        def parameter_breakdown(widths):
            rows = []
            for l in range(1, len(widths)):
                n_in, n_out = widths[l - 1], widths[l]
                rows.append({{"layer": l - 1 + {first}, "shape": {shape}, "weights": n_in * n_out, "biases": {biases},
                             "total": n_in * n_out + {biases}}})
            return rows
    """


def count(per_layer, extra="0"):
    return f"""
        def count_parameters(widths):
            return {extra} + sum({per_layer} for n_in, n_out in zip(widths[:-1], widths[1:]))
    """


EDITS = [
    Edit("breakdown-layers-from-0", ("parameter_breakdown", "count_parameters"), breakdown(first="0")),
    Edit("breakdown-shape-transposed", ("parameter_breakdown", "count_parameters"), breakdown(shape="(n_out, n_in)")),
    Edit("breakdown-bias-per-input", ("parameter_breakdown", "count_parameters"), breakdown(biases="n_in")),
    Edit("count-no-biases", ("count_parameters",), count("n_in * n_out")),
    Edit("count-bias-per-input", ("count_parameters",), count("(n_out + 1) * n_in")),
    Edit("count-input-layer-biases", ("count_parameters",), count("(n_in + 1) * n_out", extra="widths[0]")),
]


class TestCountingSpec(SpecTests):
    exercise, edits = "counting", EDITS

    def test_the_worked_example_shows_its_expected_count(self, named):
        assert "on a fixed input" in failed(named["count-no-biases"], "value").message
