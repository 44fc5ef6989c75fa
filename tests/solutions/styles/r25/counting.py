"""Parameter counting, typed-Python style: a NamedTuple per layer, guard clauses, plain ints out."""

from typing import NamedTuple, Sequence


class DenseLayer(NamedTuple):
    n_in: int
    n_out: int

    @property
    def weights(self) -> int:
        return self.n_in * self.n_out

    @property
    def biases(self) -> int:
        return self.n_out


def _layers(widths: Sequence[int]) -> list:
    sizes = [int(n) for n in widths]  # a snapshot: later changes to the caller's list do not matter
    assert all(n >= 0 for n in sizes), "widths must be non-negative"
    return [DenseLayer(n_in, n_out) for n_in, n_out in zip(sizes[:-1], sizes[1:])]


def parameter_breakdown(widths):
    return [
        {"layer": l, "shape": (layer.n_in, layer.n_out), "weights": layer.weights, "biases": layer.biases,
         "total": layer.weights + layer.biases}
        for l, layer in enumerate(_layers(widths), start=1)
    ]


def count_parameters(widths):
    return sum(layer.weights + layer.biases for layer in _layers(widths))
