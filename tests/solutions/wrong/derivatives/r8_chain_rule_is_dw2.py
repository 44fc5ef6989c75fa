"""derivatives.chain_rule_w1: w1*x*(w1*w2*x - y), the gradient of w2 given for w1."""


def chain_rule_w1():
    return "w1*x*(w1*w2*x - y)"
