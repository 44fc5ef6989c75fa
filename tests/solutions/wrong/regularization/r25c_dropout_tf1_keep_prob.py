"""regularization.dropout_forward: TF1's keep_prob convention: keeps with probability p and scales by 1/p (p is the DROP probability here)."""

def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones_like(A)
    else:
        keep = rng.random(A.shape) < p
        mask = keep / p
    return A * mask, {"mask": mask}
