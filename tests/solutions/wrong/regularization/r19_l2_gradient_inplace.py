"""regularization.l2_gradient: p.grad.add_(p, alpha=lam) habit: the gradient of each weight is built by scaling the caller's array in place (params change) and biases get the array itself zeroed."""

def l2_gradient(params, lam):
    out = {}
    for k, p in params.items():
        if k.startswith("W"):
            p *= lam
            out[k] = p
        else:
            p *= 0.0
            out[k] = p
    return out
