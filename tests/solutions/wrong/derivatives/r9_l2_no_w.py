"""derivatives.l2_gradient: lam, the w dropped."""

def l2_gradient():
    return 'lam'
