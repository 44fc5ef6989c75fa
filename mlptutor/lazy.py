"""A click group whose subcommands are imported only when used.

`mlptutor check` then never pays for jinja2 or sympy, and each room of the
project owns its own commands: the group only maps names to "module:attribute".
"""

import importlib

import click

from mlptutor import ending


class LazyGroup(click.Group):
    """click.Group taking `lazy={"name": "module:attribute"}` besides its eager commands."""

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def main(self, args=None, *rest, **kwargs):
        # no arguments given: the process's own command line (the console script; a test's CliRunner passes some)
        ending.own_program(args is None)
        return super().main(args, *rest, **kwargs)

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx, name):
        target = self.lazy.get(name)
        if target is None:
            return super().get_command(ctx, name)
        module, attribute = target.split(":")
        return getattr(importlib.import_module(module), attribute)
