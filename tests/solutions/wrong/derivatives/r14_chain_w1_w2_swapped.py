"""derivatives.chain_rule_w1: (w1*w2*x - y)*w1*x, the outer factor takes w1 instead of w2 (right only when w1 = w2)"""


def chain_rule_w1():
    return "(w1*w2*x - y)*w1*x"
