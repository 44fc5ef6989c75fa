"""derivatives.softmax_ce_gradient: p_i*y_i - y_i: the sum_k y_k = 1 step done wrong (p_i times y_i)"""


def softmax_ce_gradient():
    return "p_i*y_i - y_i"
