"""regularization.dropout_forward: keeps a unit with probability p (p read as the keep probability) but divides by 1 - p; wrong unless p = 0.5 (and p = 0 drops everything)."""


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones_like(A)
    else:
        mask = (rng.random(A.shape) < p) / (1 - p)
    return A * mask, {"mask": mask}
