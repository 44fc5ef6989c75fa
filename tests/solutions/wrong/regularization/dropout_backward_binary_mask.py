"""regularization.dropout_backward: uses the 0/1 keep pattern (mask > 0) without the 1/(1 - p) scale."""

def dropout_backward(dout, cache):
    return np.asarray(dout, dtype=np.float64) * (cache["mask"] > 0)
