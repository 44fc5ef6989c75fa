"""regularization.dropout_forward: keeps an entry where the draw is below p, so p acts as the KEEP probability (a unit
survives with probability p and is scaled by 1 / (1 - p))."""


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    mask = np.less(rng.random(A.shape), p) / (1 - p) if mode == "train" else np.ones_like(A)
    return A * mask, {"mask": mask}
