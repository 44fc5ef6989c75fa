"""gradcheck.numerical_gradients: plugs each perturbed tensor into the caller's dict (p = params; p[name] = a), leaving the last perturbed copy there"""


def numerical_gradients(f, params, h=1e-5):
    out = {}
    for name in list(params):
        original = params[name]

        def r13dm_f(a, name=name):
            p = params
            p[name] = a
            return f(p)
        out[name] = numerical_gradient(r13dm_f, original, h)
    return out
