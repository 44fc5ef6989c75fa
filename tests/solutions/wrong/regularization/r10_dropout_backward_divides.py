"""regularization.dropout_backward: dout / mask, inf where a unit was dropped"""

def dropout_backward(dout, cache):
    return dout / cache["mask"]
