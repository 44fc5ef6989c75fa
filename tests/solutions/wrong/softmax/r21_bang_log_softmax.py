"""softmax.log_softmax: A log_softmax! that shifts the caller's logits in place (Z -= max): right values, but the input array is changed."""

def log_softmax(Z):
    Z -= Z.max(axis=-1, keepdims=True)
    Z -= np.log(np.exp(Z).sum(axis=-1, keepdims=True))
    return Z
