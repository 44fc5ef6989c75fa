"""gradcheck.numerical_gradients: stores the probe in the caller's params dict (params[name] = probe) and leaves it there"""


def numerical_gradients(f, params, h=1e-5):
    out = {}
    for name in params:
        def g(v, name=name):
            params[name] = v
            return f(params)
        out[name] = numerical_gradient(g, params[name], h)
    return out
