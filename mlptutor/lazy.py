"""A click group whose subcommands are imported only when used.

`mlptutor check` then never pays for jinja2 or sympy, and each room of the
project owns its own commands: the group only maps names to "module:attribute".
"""

import importlib
import sys

import click

from mlptutor import ending, stops
from mlptutor.grader.specs import SpecError


class LazyGroup(click.Group):
    """click.Group taking `lazy={"name": "module:attribute"}` besides its eager commands."""

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def main(self, args=None, *rest, **kwargs):
        # no arguments given: the process's own command line (the console script; a test's CliRunner passes some)
        ending.own_program(args is None)
        if not kwargs.get("standalone_mode", True):
            return super().main(args, *rest, **kwargs)
        try:
            returned = super().main(args, *rest, **{**kwargs, "standalone_mode": False})
        except click.UsageError as error:
            # one line, where click prints its usage block first: what is wrong, and where to read more
            message = error.format_message()
            where = error.ctx.command_path if error.ctx is not None else self.name
            click.echo(f"Error: {message}" + ("" if "--help" in message else f" (see {where} --help)"), err=True)
            sys.exit(error.exit_code)
        except click.ClickException as error:
            error.show()
            sys.exit(error.exit_code)
        except click.Abort as abort:
            if isinstance(abort.__context__, KeyboardInterrupt):  # Ctrl-C (click's Abort of it): "Aborted!" and 1
                stops.interrupted("mlptutor")  # read as "failed" by a script; now the shell's 130, as at the start
            click.echo("Aborted!", err=True)
            sys.exit(1)
        except SpecError as error:  # the course's own spec module is broken: where, not a traceback
            click.echo(f"Error: {error}", err=True)
            sys.exit(2)
        sys.exit(returned if isinstance(returned, int) else 0)

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx, name):
        target = self.lazy.get(name)
        if target is None:
            return super().get_command(ctx, name)
        module, attribute = target.split(":")
        return getattr(importlib.import_module(module), attribute)
