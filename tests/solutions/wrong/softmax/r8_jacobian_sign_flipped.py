"""softmax.softmax_jacobian: s s^T - diag(s), the negative of the Jacobian."""


def softmax_jacobian(Z):
    S = softmax(Z)
    K = S.shape[-1]
    return S[..., :, None] * (S[..., None, :] - np.eye(K))
