"""derivatives.softmax_ce_gradient: right: p_i - y_i written as p_i (y_i + (1 - y_i)) - y_i, expanding 1 into the label
and its complement."""


def softmax_ce_gradient():
    return "p_i*(y_i + (1 - y_i)) - y_i"
