"""derivatives.l2_gradient: the right formula but with the variable spelled lambda, where the docstring names it lam."""

def l2_gradient():
    return "lambda*w"
