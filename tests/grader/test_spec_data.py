"""grader/specs/data.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Edit, SpecTests, failed


def split(perm="rng.permutation(n)", cut="round", order='"train", "val", "test"'):
    return f"""
        def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
            perm = {perm}
            names = [{order}]
            share = dict(zip(["train", "val", "test"], fractions))
            first, second = {cut}(share[names[0]] * n), {cut}(share[names[1]] * n)
            pieces = {{names[0]: perm[:first], names[1]: perm[first:first + second], names[2]: perm[first + second:]}}
            return pieces["train"], pieces["val"], pieces["test"]
    """


def arrays(body):
    return f"""
        def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
            {body}
    """


def one_hot(width, transpose=""):
    return f"""
        def one_hot(labels, n_classes=None):
            labels = np.asarray(labels)
            out = np.zeros((len(labels), {width}))
            out[np.arange(len(labels)), labels] = 1.0
            return out{transpose}
    """


EDITS = [
    Edit("split-truncates-sizes", ("split_indices",), split(cut="int")),
    Edit("split-no-shuffle", ("split_indices",), split(perm="np.arange(n)")),
    Edit("split-test-before-validation", ("split_indices",), split(order='"train", "test", "val"')),
    Edit("split-X-and-Y-shuffled-apart", ("train_val_test_split", "split_indices"), arrays(
        "return tuple((X[i], Y[j]) for i, j in zip(split_indices(len(X), rng, fractions), "
        "split_indices(len(X), rng, fractions)))")),
    Edit("split-arrays-no-shuffle", ("train_val_test_split",), arrays("""perm = np.arange(len(X))
            a, b = round(fractions[0] * len(X)), round(fractions[1] * len(X))
            return (X[perm[:a]], Y[perm[:a]]), (X[perm[a:a + b]], Y[perm[a:a + b]]), (X[perm[a + b:]], Y[perm[a + b:]])""")),
    Edit("split-arrays-truncate-sizes", ("train_val_test_split",), arrays("""perm = rng.permutation(len(X))
            a, b = int(fractions[0] * len(X)), int(fractions[1] * len(X))
            return (X[perm[:a]], Y[perm[:a]]), (X[perm[a:a + b]], Y[perm[a:a + b]]), (X[perm[a + b:]], Y[perm[a + b:]])""")),
    Edit("one-hot-transposed", ("one_hot",), one_hot("labels.max() + 1 if n_classes is None else n_classes", ".T")),
    Edit("one-hot-ignores-n-classes", ("one_hot",), one_hot("labels.max() + 1")),
    Edit("one-hot-k-from-batch-size", ("one_hot",), one_hot("len(labels)")),
]


class TestDataSpec(SpecTests):
    exercise, edits = "data", EDITS

    def test_truncated_sizes_are_told_with_the_expected_sizes(self, named):
        assert "piece sizes (4, 1, 3) for n = 8, expected (5, 2, 1)" in failed(named["split-truncates-sizes"], "behaviour").message
