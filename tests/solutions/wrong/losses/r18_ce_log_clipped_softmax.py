"""losses.cross_entropy_with_logits: takes log of the softmax clipped to [1e-12, 1] 'for numerical stability', so a true class whose logit is far below the maximum costs 27.6 instead of its real (larger) loss."""

def cross_entropy_with_logits(Z, Y: np.ndarray) -> float:
    Zt = np.asarray(Z, dtype=np.float64).T
    E = np.exp(Zt - np.max(Zt, axis=0, keepdims=True))
    A = np.clip(E / np.sum(E, axis=0, keepdims=True), 1e-12, 1.0)
    n = Zt.shape[1]
    return float(-np.sum(np.asarray(Y, dtype=np.float64).T * np.log(A)) / n) if n else float("nan")
