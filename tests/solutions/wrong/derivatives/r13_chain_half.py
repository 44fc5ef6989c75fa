"""derivatives.chain_rule_w1: the 1/2 of the loss kept after the power rule: (w2*w1*x - y)*w2*x/2"""


def chain_rule_w1():
    return "(w2*w1*x - y)*w2*x/2"
