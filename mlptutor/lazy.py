"""A click group whose subcommands are imported only when used.

`mlptutor check` then never pays for jinja2 or sympy, and each room of the
project owns its own commands: the group only maps names to "module:attribute".
"""

import importlib

import click


class LazyGroup(click.Group):
    """click.Group taking `lazy={"name": "module:attribute"}` besides its eager commands."""

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx, name):
        target = self.lazy.get(name)
        if target is None:
            return super().get_command(ctx, name)
        module, attribute = target.split(":")
        return getattr(importlib.import_module(module), attribute)
