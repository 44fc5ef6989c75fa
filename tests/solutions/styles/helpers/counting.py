"""Parameter counting through a small Layer dataclass (helpers style)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class _Dense:
    n_in: int
    n_out: int

    @property
    def weights(self):
        return self.n_in * self.n_out

    @property
    def biases(self):
        return self.n_out

    def row(self, index):
        return {"layer": index, "shape": (self.n_in, self.n_out), "weights": self.weights,
                "biases": self.biases, "total": self.weights + self.biases}


def _layers(widths):
    widths = [int(w) for w in widths]
    return [_Dense(a, b) for a, b in zip(widths, widths[1:])]


def parameter_breakdown(widths):
    return [layer.row(i) for i, layer in enumerate(_layers(widths), start=1)]


def count_parameters(widths):
    return sum(layer.weights + layer.biases for layer in _layers(widths))


COURSE_EXAMPLES = {(3, 4, 2): 26, (784, 128, 64, 10): 109386, (3, 3, 3, 3): 36}
assert all(count_parameters(list(w)) == n for w, n in COURSE_EXAMPLES.items())
