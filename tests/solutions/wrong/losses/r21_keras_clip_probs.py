"""losses.cross_entropy_with_logits: Keras-style: softmax first, probabilities clipped to [1e-7, 1 - 1e-7], then log: huge logits give a capped -log(1e-7) ~ 16 loss."""

def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    if Z.shape[0] == 0:
        return float("nan")
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    P = np.clip(E / E.sum(axis=1, keepdims=True), 1e-7, 1 - 1e-7)
    return float(-np.sum(Y * np.log(P)) / Z.shape[0])
