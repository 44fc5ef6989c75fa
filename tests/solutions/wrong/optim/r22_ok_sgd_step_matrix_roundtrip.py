"""optim.sgd_step: right: each 2-D parameter goes through np.matrix and back (.A), others stay arrays; values and shapes unchanged, a new dict."""


def sgd_step(params, grads, eta):
    new = {}
    for k in params:
        p = np.asarray(params[k])
        if p.ndim == 2:
            new[k] = (np.asmatrix(p) - eta * np.asmatrix(grads[k])).A
        else:
            new[k] = p - eta * np.asarray(grads[k])
    return new
