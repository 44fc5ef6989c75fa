"""How to make each catalogued mistake out of a correct solution: one text edit per mistake id.

EDITS[mistake_id] = (exercise, old, new): in tests/solutions/<exercise>.py,
`old` (which must occur exactly once) becomes `new`. The result is a
submission that is correct except for that one mistake, as a student would
write it; `make_class.py --check` grades them all and says which mistakes the
grader does not name.
"""

EDITS: dict[str, tuple[str, str, str]] = {
    # activations
    "sigmoid-grad-z-not-s": ("activations", "    s = sigmoid(z)\n    return s * (1 - s)",
                             "    return z * (1 - z)"),
    "sigmoid-grad-at-activation": ("activations", "    s = sigmoid(z)\n    return s * (1 - s)",
                                   "    s = sigmoid(sigmoid(z))\n    return s * (1 - s)"),
    "tanh-grad-no-square": ("activations", "return 1 - tanh(z) ** 2", "return 1 - tanh(z)"),
    "tanh-grad-at-activation": ("activations", "return 1 - tanh(z) ** 2", "return 1 - tanh(tanh(z)) ** 2"),
    "relu-grad-one-at-zero": ("activations", "return (np.asarray(z) > 0).astype(np.float64)",
                              "return (np.asarray(z) >= 0).astype(np.float64)"),
    "leaky-relu-grad-no-alpha": ("activations", "return np.where(np.asarray(z) > 0, 1.0, alpha)",
                                 "return np.where(np.asarray(z) > 0, 1.0, 0.0)"),
    # layers
    "dense-forward-no-bias": ("layers", "Z = A @ W + b", "Z = A @ W"),
    "dense-db-not-summed": ("layers", "dZ.sum(axis=0)", "dZ"),
    "dense-db-mean": ("layers", "dZ.sum(axis=0)", "dZ.mean(axis=0)"),
    "dense-dW-transposed": ("layers", "A.T @ dZ", "dZ.T @ A"),
    "dense-backward-extra-1/N": ("layers", "return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0)",
                                 "return dZ @ W.T, A.T @ dZ / len(dZ), dZ.sum(axis=0) / len(dZ)"),
    # softmax
    "softmax-no-max-shift": ("softmax", "E = np.exp(Z - Z.max(axis=-1, keepdims=True))", "E = np.exp(Z)"),
    "softmax-wrong-axis": ("softmax", "    E = np.exp(Z - Z.max(axis=-1, keepdims=True))\n    return E / E.sum(axis=-1, keepdims=True)",
                           "    E = np.exp(Z - Z.max(axis=0, keepdims=True))\n    return E / E.sum(axis=0, keepdims=True)"),
    "softmax-global-sum": ("softmax", "    E = np.exp(Z - Z.max(axis=-1, keepdims=True))\n    return E / E.sum(axis=-1, keepdims=True)",
                           "    E = np.exp(Z - Z.max())\n    return E / E.sum()"),
    "log-softmax-as-log-of-softmax": ("softmax", "    shifted = Z - Z.max(axis=-1, keepdims=True)\n"
                                                 "    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))",
                                      "    return np.log(softmax(Z))"),
    "log-softmax-no-max-shift": ("softmax", "    shifted = Z - Z.max(axis=-1, keepdims=True)\n",
                                 "    shifted = Z\n"),
    "softmax-jacobian-diagonal-only": ("softmax", "return S[..., :, None] * (np.eye(K) - S[..., None, :])",
                                       "return S[..., :, None] * (1 - S[..., :, None]) * np.eye(K)"),
    "softmax-jacobian-sign": ("softmax", "return S[..., :, None] * (np.eye(K) - S[..., None, :])",
                              "return S[..., :, None] * (S[..., None, :] - np.eye(K))"),
    "softmax-ce-grad-no-1/N": ("softmax", "return (softmax(logits) - Y) / logits.shape[0]", "return softmax(logits) - Y"),
    "softmax-ce-grad-sign": ("softmax", "return (softmax(logits) - Y) / logits.shape[0]",
                             "return (Y - softmax(logits)) / logits.shape[0]"),
}
