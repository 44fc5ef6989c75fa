"""derivatives.chain_rule_w1: Right: w1*w2**2*x**2 - w2*x*y is (w2*w1*x - y)*w2*x expanded."""


def chain_rule_w1():
    return "w1*w2**2*x**2 - w2*x*y"
