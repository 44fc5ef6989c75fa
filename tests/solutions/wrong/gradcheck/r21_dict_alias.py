"""gradcheck.numerical_gradients: p = params then p[name] = t, thinking (as in R) that assignment copies: the caller's dict ends up holding a perturbed copy."""

def numerical_gradients(f, params, h=1e-5):
    out = {}
    for name in list(params):
        p = params

        def along(t, p=p, name=name):
            p[name] = t
            return f(p)

        out[name] = numerical_gradient(along, params[name], h)
    return out
