"""gradcheck.numerical_gradients: forgets to pass h on, so every call uses numerical_gradient's default 1e-5"""


def numerical_gradients(f, params, h=1e-5):
    out = {}
    for name in params:
        def r13ih_f(a, name=name):
            p = dict(params)
            p[name] = a
            return f(p)
        out[name] = numerical_gradient(r13ih_f, params[name])
    return out
