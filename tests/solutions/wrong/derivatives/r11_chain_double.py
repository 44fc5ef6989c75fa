"""derivatives.chain_rule_w1: 2*(w2*w1*x - y)*w2*x: the square's 2 kept although the 1/2 cancels it"""


def chain_rule_w1():
    return "2*(w2*w1*x - y)*w2*x"
