"""gradcheck.gradient_check: never passes its h on, so the numerical gradients always use the default 1e-5."""

def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
