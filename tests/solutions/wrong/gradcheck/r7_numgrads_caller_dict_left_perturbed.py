"""gradcheck.numerical_gradients: writes each float copy into the caller's params dict while differencing and never puts the original arrays back: the caller's dict ends up holding new (float) arrays in place of its own."""

def numerical_gradients(f, params, h=1e-5):
    out = {}
    for name in list(params):
        work = np.array(params[name], dtype=float)

        def along(t, name=name):
            params[name] = t
            return f(params)

        out[name] = numerical_gradient(along, work, h)
    return out
