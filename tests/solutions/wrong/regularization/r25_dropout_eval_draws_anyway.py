def dropout_forward(A, p, rng, mode="train"):
    """regularization.dropout_forward: draws the uniform array from rng in every mode (one line for both), so eval
    consumes the generator's stream where nothing should be drawn."""
    A = np.asarray(A, dtype=np.float64)
    u = rng.random(A.shape)
    mask = np.greater_equal(u, p) / (1 - p) if mode == "train" else np.ones_like(A)
    return A * mask, {"mask": mask}
