"""derivatives.l2_gradient: a product written with a space, as on paper: lam w"""


def l2_gradient():
    return "lam w"
