"""regularization.dropout_forward: draws the mask from the global np.random instead of rng."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    mask = (np.random.random_sample(A.shape) >= p) / (1 - p)
    return A * mask, {"mask": mask}
