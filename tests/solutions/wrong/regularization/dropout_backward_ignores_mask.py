"""regularization.dropout_backward: returns dout unchanged, the mask is not applied."""

def dropout_backward(dout, cache):
    return np.array(dout, dtype=np.float64)
