"""losses.cross_entropy_with_logits_grad: (Y - softmax(Z)) / N, the sign flipped."""


def cross_entropy_with_logits_grad(Z, Y):
    N = Z.shape[0]
    return (Y - np.exp(_log_softmax(Z))) / N
