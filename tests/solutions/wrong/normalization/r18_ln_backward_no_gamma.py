"""normalization.layernorm_backward: Runs the standardisation backward on dout itself, forgetting to multiply by gamma
first (dlnraw = dout * gamma).
"""

def layernorm_backward(dout, cache):
    """Runs the standardisation backward on dout itself, forgetting to multiply by gamma first (dlnraw = dout * gamma)."""
    lnraw, lnvar_inv = cache["x_hat"], cache["inv_std"]
    d = dout.shape[1]
    dh = lnvar_inv / d * (d * dout - dout.sum(1, keepdims=True) - lnraw * (dout * lnraw).sum(1, keepdims=True))
    return dh, (dout * lnraw).sum(0), dout.sum(0)
