"""derivatives.chain_rule_w1: 2*w2*x*(w1*w2*x - y), the square's 2 brought down but the 1/2 of the loss forgotten: twice the gradient."""


def chain_rule_w1():
    return "2*w2*x*(w1*w2*x - y)"
