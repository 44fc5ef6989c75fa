"""gradcheck.gradient_check: gradient_check ignores its h argument (always the default 1e-5)."""

def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params)
    return {k: relative_error(grads[k], numeric[k]) for k in params}
