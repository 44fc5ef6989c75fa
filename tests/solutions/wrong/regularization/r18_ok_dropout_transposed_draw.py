"""regularization.dropout_forward: right; it draws the keep decisions in the transposed (units x examples) layout, one independent draw per entry from rng, which is 'any such rule' the docstring allows."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    mask = ((rng.random(A.T.shape) >= p) / (1 - p)).T
    return A * mask, {"mask": mask}
