"""regularization.dropout_forward: in eval mode the cache holds the number 1.0 as the mask, not ones of A's shape."""

def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        return A * 1.0, {"mask": 1.0}
    mask = (rng.random(A.shape) >= p) / (1 - p)
    return A * mask, {"mask": mask}
