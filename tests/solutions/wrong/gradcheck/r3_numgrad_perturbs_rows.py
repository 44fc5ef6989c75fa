"""gradcheck.numerical_gradient: loops over range(len(x)) and perturbs x[i], a whole row of a 2-D x at once, so each row gets
the row-sum of its partial derivatives (right only for 1-D x)."""

def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(len(x)):
        old = x[i].copy()
        x[i] = old + h
        up = f(x)
        x[i] = old - h
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad
