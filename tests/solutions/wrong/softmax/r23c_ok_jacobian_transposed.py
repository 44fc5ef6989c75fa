"""softmax.softmax_jacobian: Right: s_j (delta_ij - s_i) is the transpose of J, equal to J since J is symmetric."""


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = E / E.sum(axis=-1, keepdims=True)
    eye = np.eye(Z.shape[-1])
    return s[..., None, :] * (eye - s[..., :, None])
