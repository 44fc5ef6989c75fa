"""derivatives.l2_gradient: 2*lam*w, the gradient of ESL's lam*w**2, not of the (lam/2)*w**2 the docstring gives."""


def l2_gradient():
    return "2*lam*w"
