"""gradcheck.gradient_check: returns one relative error over all tensors concatenated, not a dict with one error per tensor."""


def gradient_check(f, params, grads, h=1e-5):
    num = numerical_gradients(f, params, h)
    a = np.concatenate([np.ravel(grads[k]) for k in params])
    b = np.concatenate([np.ravel(num[k]) for k in params])
    return relative_error(a, b)
