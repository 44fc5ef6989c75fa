"""derivatives.l2_gradient: writes the Greek name lambda*w instead of the variable lam"""


def l2_gradient():
    return "lambda*w"
