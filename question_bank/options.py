"""Bad option values of `quiz` and `practice` as one line naming the option and the fix.

click's own types (int, IntRange) print the whole usage block above their message and exit 2; a user who
typed `--variants 0` needs one line saying what to type instead, like every other user error:

    @click.option("--variants", type=str, callback=whole_number("quiz", minimum=1, maximum=MAX_VARIANTS, example=30))
    Error: --variants 0 is too small: give a whole number from 1 to 500, e.g. --variants 30 (see mlptutor quiz --help)

    @click.option("--out", type=click.Path(), metavar="DIR", callback=path_of_kind("quiz", folder=True, example="quiz"))
    Error: --out 'notes.csv' is a file: give a folder, e.g. --out quiz (see mlptutor quiz --help)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

__all__ = ["path_of_kind", "usage_error", "whole_number"]


def usage_error(command: str, problem: str) -> click.ClickException:
    """One line, like every other user error (click's UsageError would print the usage block too)."""
    return click.ClickException(f"{problem} (see mlptutor {command} --help)")


def _allowed(minimum: int | None, maximum: int | None) -> str:
    if minimum is not None and maximum is not None:
        return f"a whole number from {minimum} to {maximum}"
    if minimum is not None:
        return f"a whole number of at least {minimum}"
    return "a whole number"


def whole_number(command: str, *, example: int, minimum: int | None = None,
                 maximum: int | None = None) -> Callable:
    """A click callback reading an option given as text (type=str) as an int within [minimum, maximum]."""

    def read(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
        if value is None:
            return None
        option = max(param.opts, key=len)
        try:
            number = int(value)
        except ValueError:
            raise usage_error(command, f"{option} {value!r} is not a whole number, e.g. {option} {example}") from None
        low = minimum is not None and number < minimum
        if low or (maximum is not None and number > maximum):
            size = "too small" if low else "too large"
            raise usage_error(command, f"{option} {number} is {size}: give {_allowed(minimum, maximum)}, "
                                       f"e.g. {option} {example}")
        return number

    return read


def path_of_kind(command: str, *, folder: bool, example: str) -> Callable:
    """A click callback refusing a path that exists as the other kind (a file where a folder is asked, or the
    other way round); click.Path(dir_okay=False) would print the usage block too."""

    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is not None and Path(value).exists() and Path(value).is_dir() != folder:
            name = max(param.opts, key=len) if param.opts and param.opts[0].startswith("-") else param.human_readable_name
            given, asked = ("a file", "a folder") if folder else ("a folder", "a file")
            shown = f"{name} {example}" if name.startswith("-") else example
            raise usage_error(command, f"{name} {value!r} is {given}: give {asked}, e.g. {shown}")
        return value

    return check
