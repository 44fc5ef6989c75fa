"""losses.cross_entropy_with_logits: right on its domain; an LLM's version that raises ValueError unless every row of Y sums to 1 (the docstring's one-hot Y always does), then takes the stable log-softmax."""

def cross_entropy_with_logits(Z: np.ndarray, Y: np.ndarray) -> float:
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    if Z.shape != Y.shape:
        raise ValueError(f"Z and Y must have the same shape, got {Z.shape} and {Y.shape}")
    if not np.allclose(Y.sum(axis=1), 1.0):
        raise ValueError("Y must be one-hot: every row sums to 1")
    m = np.max(Z, axis=1, keepdims=True)
    log_p = Z - m - np.log(np.sum(np.exp(Z - m), axis=1, keepdims=True))
    return float(-np.sum(Y * log_p) / Z.shape[0]) if Z.shape[0] else float("nan")
