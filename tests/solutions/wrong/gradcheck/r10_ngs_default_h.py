"""gradcheck.numerical_gradients: h not passed on, always 1e-5"""


def numerical_gradients(f, params, h=1e-5):
    result = {}
    for key, value in params.items():
        result[key] = numerical_gradient(lambda v, key=key: f({**params, key: v}), value)
    return result
