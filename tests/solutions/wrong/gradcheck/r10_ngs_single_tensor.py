"""gradcheck.numerical_gradients: every entry is the gradient of the first tensor (the loop variable of the first key reused)"""


def numerical_gradients(f, params, h=1e-5):
    names = list(params)
    first = names[0] if names else None
    grad = numerical_gradient(lambda v: f({**params, first: v}), params[first], h) if names else None
    return {name: grad if params[name].shape == grad.shape else numerical_gradient(lambda v, n=name: f({**params, n: v}), params[name], h) for name in names}
