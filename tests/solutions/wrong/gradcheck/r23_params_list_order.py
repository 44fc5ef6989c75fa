"""gradcheck.gradient_check: pairs grads with params by position (Theano's params list / Lua ipairs), so grads given with keys in another order are compared with the wrong tensors."""


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    names = list(params)
    return {name: relative_error(g, numeric[name]) for name, g in zip(names, grads.values())}
