"""derivatives.l2_gradient: (lam/2) w, the power's 2 not brought down."""

def l2_gradient():
    return 'lam/2*w'
