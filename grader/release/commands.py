"""`mlptutor release --out DIR [--exercises a,b]`: write the student bundle (grader/release/bundle.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from grader.release import ReleaseError


@click.command()
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="New folder for the bundle.")
@click.option("--exercises", default=None, help="Comma-separated exercises to release (default: all).")
def release(out, exercises):
    """Write the student bundle: stubs, README and a checker of the public checks, without solutions."""
    from grader.release.bundle import exercise_names, write_bundle
    from grader.specs import load_specs

    specs = load_specs()
    try:
        names = exercise_names(specs, exercises)
        later = write_bundle(Path(out), specs, names)
    except (ReleaseError, OSError) as problem:
        click.echo(f"mlptutor release: {problem}", err=True)
        sys.exit(2)
    click.echo(f"wrote the student bundle for {len(names)} exercises to {out}; students run: pip install {out}")
    if later:
        click.echo(f"checks left to grading (the checker cannot run them): {later}")
