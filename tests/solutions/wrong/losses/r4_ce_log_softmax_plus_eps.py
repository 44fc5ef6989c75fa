"""losses.cross_entropy_with_logits: log(softmax + 1e-12): each example's loss is capped at ~27.6, wrong when the true class is far below the max logit."""

def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    S = E / E.sum(axis=1, keepdims=True)
    return float(-np.sum(Y * np.log(S + 1e-12)) / Z.shape[0])
