"""regularization.dropout_forward: keeps the mask in float32 to save memory, so 1/(1 - p) is rounded (e.g. p = 0.3: 1.4285714 vs 1.4285714285714286) and the mask is not float64."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones(A.shape, dtype=np.float32)}
    mask = (rng.random(A.shape) >= p).astype(np.float32) / np.float32(1.0 - p)
    return A * mask, {"mask": mask}
