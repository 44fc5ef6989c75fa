"""regularization.dropout_forward: multiplies the caller's A by the mask in place (A *= mask)."""

def dropout_forward(A, p, rng, mode="train"):
    if mode != "train":
        return A, {"mask": np.ones_like(A)}
    mask = (rng.random(A.shape) >= p) / (1 - p)
    A *= mask
    return A, {"mask": mask}
