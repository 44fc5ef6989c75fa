"""gradcheck.gradient_check: computes the numerical gradients with the default h, ignoring the h it is given"""


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params)
    return {k: relative_error(grads[k], numeric[k]) for k in grads}
