"""derivatives.l2_gradient: lam*sqrt(w**2), i.e. lam*|w| (sqrt(w^2) 'simplified' to w): wrong for negative w"""


def l2_gradient():
    return "lam*sqrt(w**2)"
