"""regularization.dropout_backward: multiplies dout by the mask in place (dout *= mask) and returns it, changing the caller's upstream gradient."""

def dropout_backward(dout, cache):
    dout = np.asarray(dout)
    dout *= cache["mask"]
    return dout
