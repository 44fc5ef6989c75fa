"""derivatives.softmax_ce_gradient: y_i (p_i - 1), only the target class's gradient (0 for every other class)."""

def softmax_ce_gradient():
    return 'y_i*(p_i - 1)'
