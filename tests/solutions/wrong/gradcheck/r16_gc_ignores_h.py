"""gradcheck.gradient_check: forgets to pass h on, numerical_gradients(f, params) always uses the default 1e-5"""


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params)
    return {k: relative_error(grads[k], numeric[k]) for k in params}
