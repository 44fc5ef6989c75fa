"""regularization.dropout_backward: dout * (mask > 0): passes the gradient of kept units without the 1/(1-p) scale."""

def dropout_backward(dout, cache):
    return np.asarray(dout, dtype=np.float64) * (cache["mask"] > 0)
