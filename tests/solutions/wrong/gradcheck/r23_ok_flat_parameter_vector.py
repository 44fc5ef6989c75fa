"""gradcheck.numerical_gradients: right: flattens every tensor into one vector as Torch's getParameters() does, perturbs a copy of that vector and reshapes the estimate back per key."""


def numerical_gradients(f, params, h=1e-5):
    names = list(params)
    shapes = [np.shape(params[k]) for k in names]
    sizes = [int(np.prod(s)) for s in shapes]
    flat = np.concatenate([np.asarray(params[k], dtype=np.float64).reshape(-1) for k in names]) if names else np.zeros(0)

    def unflatten(v):
        out, start = {}, 0
        for k, s, n in zip(names, shapes, sizes):
            out[k] = v[start:start + n].reshape(s)
            start += n
        return out

    g = numerical_gradient(lambda v: f(unflatten(v)), flat, h)
    return unflatten(g)
