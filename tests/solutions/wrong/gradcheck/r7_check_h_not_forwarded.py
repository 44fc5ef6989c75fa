"""gradcheck.gradient_check: calls numerical_gradients(f, params) without passing h on, so the caller's step is ignored."""

def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
