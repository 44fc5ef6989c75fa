"""regularization.dropout_forward: ignores mode and drops units in eval mode too."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    mask = (rng.random(A.shape) >= p) / (1 - p)
    return A * mask, {"mask": mask}
