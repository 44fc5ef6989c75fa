"""regularization.dropout_backward: uses the 0/1 keep pattern (mask > 0) and forgets the 1 / (1 - p) scale"""


def dropout_backward(dout, cache):
    return dout * (cache["mask"] > 0)
