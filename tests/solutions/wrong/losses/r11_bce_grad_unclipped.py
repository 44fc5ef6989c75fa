"""losses.bce_grad: P not clipped, so P = 0 or 1 divides by zero (inf/NaN) where bce itself stays finite"""
import numpy as np


def bce_grad(P, Y):
    return (P - Y) / (P * (1 - P)) / P.shape[0]
