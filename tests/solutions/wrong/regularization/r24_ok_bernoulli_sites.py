"""regularization.dropout_forward: right: occupations drawn as Bernoulli(1 - p) with rng.binomial, a mask rule the docstring allows (only rng is used)."""


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = rng.binomial(1, 1.0 - p, size=A.shape) / (1.0 - p)
    else:
        mask = np.ones_like(A)
    return A * mask, {"mask": mask}
