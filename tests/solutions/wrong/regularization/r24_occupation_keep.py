"""regularization.dropout_forward: reads p as the occupation (keep) probability: keeps each unit with probability p and scales by 1/p."""


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        mask = np.ones_like(A)
    else:
        mask = (rng.random(A.shape) < p) / p
    return A * mask, {"mask": mask}
