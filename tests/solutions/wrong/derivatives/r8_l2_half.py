"""derivatives.l2_gradient: lam*w/2, the 1/2 of the penalty kept after differentiating w**2."""


def l2_gradient():
    return "lam*w/2"
