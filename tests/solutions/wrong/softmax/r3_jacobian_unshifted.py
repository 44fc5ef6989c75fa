"""softmax.softmax_jacobian: computes s with exp(z) / sum exp(z), no max shift: NaN for logits above ~710."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z)
    S = E / E.sum(axis=-1, keepdims=True)
    return S[..., :, None] * (np.eye(S.shape[-1]) - S[..., None, :])
