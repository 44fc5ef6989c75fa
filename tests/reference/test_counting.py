import pytest

from mlptutor.reference.counting import count_parameters, parameter_breakdown


@pytest.mark.parametrize("widths, total", [([3, 4, 2], 26), ([784, 128, 64, 10], 109_386), ([3, 3, 3, 3], 36)])
def test_worked_examples(widths, total):
    assert count_parameters(widths) == total


def test_breakdown_per_layer():
    rows = parameter_breakdown([3, 4, 2])
    assert [(r["layer"], r["shape"], r["weights"], r["biases"], r["total"]) for r in rows] == [
        (1, (3, 4), 12, 4, 16),
        (2, (4, 2), 8, 2, 10),
    ]


@pytest.mark.parametrize("widths", [[5], [3, 0, 2], [2.5, 3]])
def test_bad_widths_are_one_clear_error(widths):
    with pytest.raises(ValueError, match="widths"):
        count_parameters(widths)
