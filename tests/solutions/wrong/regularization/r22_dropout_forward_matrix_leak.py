"""regularization.dropout_forward: out and mask come back as np.matrix (np.asmatrix(A) times the mask): a (n,) A becomes (1, n) and 3-D A raises."""


def dropout_forward(A, p, rng, mode="train"):
    Am = np.asmatrix(A, dtype=np.float64)
    if mode != "train":
        mask = np.asmatrix(np.ones(Am.shape))
        return np.multiply(Am, mask), {"mask": mask}
    keep = rng.random(np.shape(A)) >= p
    mask = np.asmatrix(keep / (1.0 - p))
    return np.multiply(Am, mask), {"mask": mask}
