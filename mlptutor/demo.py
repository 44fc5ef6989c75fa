"""`mlptutor demo`: train the course's XOR network with the reference and show what it learned."""

import click

from mlptutor.reference import xor


@click.command()
@click.option("--seed", default=0, show_default=True, help="Seed of the initial weights.")
def demo(seed):
    """Train the 2-2-1 sigmoid XOR network of the course and print its decisions."""
    result = xor.train_xor(seed=seed)
    click.echo(f"XOR 2-2-1 sigmoid network, seed {seed}, {result['epochs']} epochs, final loss {result['loss']:.4f}")
    for x, p in zip(xor.XOR_INPUTS, result["predictions"]):
        click.echo(f"  x = {x.astype(int).tolist()}  ->  p = {float(p):.3f}  ->  {int(p > 0.5)}")
    logic = xor.hidden_logic(result["params"])
    click.echo(f"hidden units learned {logic['hidden'][0]!r} and {logic['hidden'][1]!r}; "
               f"the output computes {logic['output']!r} of them")
    click.echo(f"correct: {result['correct']}/4")
    if result["correct"] != 4:
        raise SystemExit(1)
