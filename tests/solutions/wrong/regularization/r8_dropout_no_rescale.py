"""regularization.dropout_forward: mask = keep without / (1 - p) (plain dropout, not inverted); wrong for p > 0."""


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones_like(A)
    else:
        mask = (rng.random(A.shape) >= p).astype(np.float64)
    return A * mask, {"mask": mask}
