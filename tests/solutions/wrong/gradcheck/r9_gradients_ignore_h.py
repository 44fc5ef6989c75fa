"""gradcheck.numerical_gradients: calls numerical_gradient without passing h: the default 1e-5 whatever step the caller asks for."""

def numerical_gradients(f, params, h=1e-5):
    out = {}
    for name in params:
        def g(v, name=name):
            trial = dict(params)
            trial[name] = v
            return f(trial)
        out[name] = numerical_gradient(g, params[name])
    return out
