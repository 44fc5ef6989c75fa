"""derivatives.l2_gradient: lam*sign(w), the L1 penalty's gradient"""

def l2_gradient():
    return "lam*sign(w)"
