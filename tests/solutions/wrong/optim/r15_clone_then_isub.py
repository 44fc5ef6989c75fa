"""optim.sgd_step: clones each value with .copy() then subtracts in place (torch's p.clone().sub_): fails on plain numbers and on int arrays"""


def sgd_step(params, grads, eta):
    new = {k: v.copy() for k, v in params.items()}
    for k in new:
        new[k] -= eta * grads[k]
    return new
