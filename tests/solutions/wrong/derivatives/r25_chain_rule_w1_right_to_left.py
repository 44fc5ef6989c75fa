"""derivatives.chain_rule_w1: w2*x*w2*w1*x - y written without parentheses as APL would read it (right to left: w2 x (w2
w1 x - y)), which ordinary precedence reads as w2^2 w1 x^2 - y."""


def chain_rule_w1():
    return "w2*x*w2*w1*x - y"
