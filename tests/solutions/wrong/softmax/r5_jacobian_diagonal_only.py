"""softmax.softmax_jacobian: the Jacobian keeps only its diagonal s_i (1 - s_i): the off-diagonal -s_i s_j are missing."""

def softmax_jacobian(Z):
    S = softmax(Z)
    return S[..., :, None] * np.eye(S.shape[-1]) * (1 - S[..., :, None])
