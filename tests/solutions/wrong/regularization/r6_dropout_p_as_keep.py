"""regularization.dropout_forward: keeps a unit with probability p (p read as the keep probability), scaled by 1/(1-p)."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        mask = np.ones_like(A)
    else:
        mask = (rng.random(A.shape) < p) / (1 - p)
    return A * mask, {"mask": mask}
