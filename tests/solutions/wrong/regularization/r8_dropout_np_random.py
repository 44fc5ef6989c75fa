"""regularization.dropout_forward: draws from np.random instead of rng, so one seed does not give one mask."""


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones_like(A)
    else:
        mask = (np.random.random(A.shape) >= p) / (1 - p)
    return A * mask, {"mask": mask}
