"""optim.sgd_step: RIGHT: p.detach().clone() then the in-place update on the clone only (new = copy; new -= eta * g); numbers go through float()."""

def sgd_step(params, grads, eta):
    new = {}
    for k, p in params.items():
        if np.ndim(p) == 0:
            new[k] = float(p) - eta * float(grads[k])
        else:
            q = np.array(p, dtype=np.result_type(p, grads[k], float), copy=True)
            q -= eta * grads[k]
            new[k] = q
    return new
