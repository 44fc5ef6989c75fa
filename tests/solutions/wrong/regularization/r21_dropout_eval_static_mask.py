"""regularization.dropout_forward: eval mode hands out one module-level mask of ones per shape (a C static buffer), the same object on every call."""

_R21_ONES = {}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = (rng.random(A.shape) >= p) / (1.0 - p)
    else:
        mask = _R21_ONES.setdefault(A.shape, np.ones(A.shape))
    return A * mask, {"mask": mask}
