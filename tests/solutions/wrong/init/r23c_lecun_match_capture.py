"""init.lecun_uniform: `case fan_out:` is a capture pattern, not the string "fan_out": mode "average" falls into it and gets fan = n_out."""


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    match mode:
        case "fan_in":
            fan = n_in
        case fan_out:
            fan = n_out
    limit = np.sqrt(3 / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
