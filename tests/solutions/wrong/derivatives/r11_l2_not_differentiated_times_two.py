"""derivatives.l2_gradient: lam*w**2: the penalty doubled, not differentiated"""


def l2_gradient():
    return "lam*w**2"
