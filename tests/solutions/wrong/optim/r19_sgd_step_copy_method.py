"""optim.sgd_step: p.clone() ported as p.copy(): a parameter given as a plain number (the docstring allows numbers) has no .copy() and raises AttributeError."""

def sgd_step(params, grads, eta):
    return {k: p.copy() - eta * grads[k] for k, p in params.items()}
