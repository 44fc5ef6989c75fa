"""`mlptutor-student init DIR` and `mlptutor-student check PATH... [--format F]`.

The formats are those of the grader's registry (grader.feedback.FORMATS,
vendored into the release) but those in its NOT_IN_RELEASE.

check runs the public checks of the release: the grader's own checks on
inputs that are the same for everyone, judged against expected values
recorded when the course released the exercises. Exit status as
`mlptutor check`: 0 all pass, 1 something fails, 2 a usage problem (one line).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

from mlptutor.stops import interrupted

from . import replay

STUBS = Path(__file__).resolve().parent / "stubs"
PROG = "mlptutor-student"


def _fail(command: str, message: str) -> None:
    print(f"{PROG} {command}: {message}", file=sys.stderr)
    sys.exit(2)


def init(folder: str) -> None:
    """Copy the stubs into `folder`; refuse before copying anything if one of them is there already."""
    target = Path(folder)
    if target.exists() and not target.is_dir():
        _fail("init", f"{folder}: not a folder; name a new or existing folder")
    stubs = sorted(p for p in STUBS.iterdir() if p.is_file())
    for stub in stubs:
        if (target / stub.name).exists():
            _fail("init", f"{target / stub.name} already exists: init never overwrites your work; "
                          "pick another folder or move that file away")
    target.mkdir(parents=True, exist_ok=True)
    for stub in stubs:
        shutil.copyfile(stub, target / stub.name)
    print(f"copied {len(stubs)} files into {target}; write your functions there, then run: {PROG} check {target}")


def _preamble(release: replay.Release, graded: list[str]) -> tuple[str, list[dict]]:
    later = [c for c in release.not_here if c["exercise"] in graded]
    text = ("Public checks: the same inputs for everyone, expected values recorded at release.\n"
            "Grading runs every check again on inputs drawn for you (hidden cases)")
    if later:
        from types import SimpleNamespace

        from mlptutor.grader.feedback.summary import check_label  # as the feedback names them: not "hygiene"

        names = "; ".join(f"{c['exercise']}.{c['function']}: {check_label(SimpleNamespace(**c))}" for c in later)
        text += f", and also these checks, not run here: {names}"
    return text + ".\n", later


def _with_preamble(fmt: str, rendered: str, preamble: str, later: list[dict]) -> str:
    """The report in `fmt`, saying first that its checks are the public ones (json: as fields)."""
    if fmt == "json":
        data = json.loads(rendered)
        data["public_checks_only"] = True
        data["graded_on_submission_only"] = later
        return json.dumps(data, indent=2) + "\n"
    if fmt == "md":
        return f"> {preamble.strip()}\n\n" + rendered
    if fmt == "html":
        from mlptutor.grader.feedback.escape import html_text

        return rendered.replace("<body>\n", f"<body>\n<p>{html_text(preamble.strip())}</p>\n", 1)
    return preamble + "\n" + rendered


def check(paths: list[str], fmt: str) -> None:
    from mlptutor.grader.commands import UsageProblem, collect
    from mlptutor.grader.feedback import FORMATS
    from mlptutor.grader.sandbox import Sandbox, SandboxError

    try:
        # the zygote boots while the recorded checks load and the grader is imported: a check of a complete folder
        # took 0.92x the time of loading them first (5 alternating runs, 2026-12-05; loading them is 1.2 s of CPU)
        with Sandbox(level="auto") as sandbox:
            release = replay.load_recorded()
            origins: dict[str, tuple[str, ...]] = {}
            sources, graded = collect(tuple(paths), sorted(release.specs), origins)
            from mlptutor.grader.feedback.places import handed_in
            from mlptutor.grader.pipeline import Grader

            report = handed_in(Grader(sandbox, specs=release.specs).grade(sources, student=release.student,
                                                                          only=graded), origins)
    except (UsageProblem, SandboxError, OSError) as problem:
        _fail("check", str(problem))
    preamble, later = _preamble(release, graded)
    colour = fmt == "text" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    sys.stdout.write(_with_preamble(fmt, FORMATS[fmt].render(report, color=colour), preamble, later))
    sys.exit(0 if report.passed and not report.problems else 1)


def _formats() -> list[str]:
    """The formats of the grader's own registry that a release offers (vendored with it)."""
    from mlptutor.grader.feedback import FORMATS, NOT_IN_RELEASE

    return [name for name in FORMATS if name not in NOT_IN_RELEASE]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=PROG, description="Start and check the exercises of the MLP course.")
    commands = parser.add_subparsers(dest="command", required=True)
    start = commands.add_parser("init", help="copy the exercise stubs into a folder (never overwrites)")
    start.add_argument("folder")
    run = commands.add_parser("check", help="run the public checks on exercise files or folders")
    run.add_argument("paths", nargs="+")
    run.add_argument("--format", dest="fmt", choices=_formats(), default="text")
    args = parser.parse_args(argv)
    try:
        if args.command == "init":
            init(args.folder)
        else:
            check(args.paths, args.fmt)
    except KeyboardInterrupt:  # Ctrl-C in a check: one line, where it printed the traceback of wherever it was
        interrupted(PROG)
