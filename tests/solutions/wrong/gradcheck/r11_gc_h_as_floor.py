"""gradcheck.gradient_check: passes h positionally to relative_error, where it lands on floor"""


def gradient_check(f, params, grads, h=1e-5):
    num = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], num[name], h) for name in params}
