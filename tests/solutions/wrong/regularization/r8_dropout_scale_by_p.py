"""regularization.dropout_forward: kept units scaled by 1/p instead of 1/(1 - p); wrong unless p = 0.5."""


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones_like(A)
    else:
        mask = (rng.random(A.shape) >= p) / p
    return A * mask, {"mask": mask}
