"""init.lecun_uniform: always uses fan = n_in, ignoring mode ("fan_out" and "average" work as in He's init)."""

def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(3 / n_in)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
