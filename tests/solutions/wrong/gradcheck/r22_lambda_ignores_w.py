"""gradcheck.numerical_gradients: passes the book's loss_W = lambda W: f(params), which ignores the perturbed copy it is given, so every gradient comes out 0."""


def numerical_gradients(f, params, h=1e-5):
    grads = {}
    for key in params:
        loss_W = lambda W: f(params)
        grads[key] = numerical_gradient(loss_W, params[key], h)
    return grads
