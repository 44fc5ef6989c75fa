"""derivatives.chain_rule_w1: w2*(w1*w2*x - y), the inner derivative's factor x lost."""


def chain_rule_w1():
    return "w2*(w1*w2*x - y)"
