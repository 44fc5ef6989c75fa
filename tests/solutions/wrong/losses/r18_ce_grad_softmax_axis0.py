"""losses.cross_entropy_with_logits_grad: normalises the softmax over axis 0 as 6.036's SoftMax does on columns, but on the batch-first Z (N, K), so each class's column sums to 1 instead of each example's row."""

def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return (E / np.sum(E, axis=0, keepdims=True) - np.asarray(Y, dtype=np.float64)) / Z.shape[0]
