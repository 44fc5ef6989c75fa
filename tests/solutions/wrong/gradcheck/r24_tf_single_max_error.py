"""gradcheck.gradient_check: returns one number, the largest error over all tensors (as tf.test.compute_gradient_error does), not {name: error}."""


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return max(relative_error(grads[name], numeric[name]) for name in params)
