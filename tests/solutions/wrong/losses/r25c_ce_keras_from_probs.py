"""losses.cross_entropy_with_logits: Keras's from_logits=False default: takes Z as probabilities, -mean sum Y log clip(Z, 1e-7, 1 - 1e-7)."""

def cross_entropy_with_logits(Z, Y):
    Z = np.clip(np.asarray(Z, dtype=np.float64), 1e-7, 1 - 1e-7)
    return float(-np.sum(Y * np.log(Z)) / Z.shape[0])
