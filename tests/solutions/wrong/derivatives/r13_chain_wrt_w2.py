"""derivatives.chain_rule_w1: the derivative with respect to w2 instead: (w2*w1*x - y)*w1*x"""


def chain_rule_w1():
    return "(w2*w1*x - y)*w1*x"
