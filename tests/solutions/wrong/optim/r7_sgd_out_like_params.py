"""optim.sgd_step: preallocates the result with np.empty_like(params[k]): an integer parameter (w = 4) gets an integer buffer and the float step cannot be written into it (UFuncTypeError)."""

def sgd_step(params, grads, eta):
    new = {}
    for k, v in params.items():
        out = np.empty_like(v)
        np.subtract(v, np.multiply(eta, grads[k]), out=out)
        new[k] = out
    return new
