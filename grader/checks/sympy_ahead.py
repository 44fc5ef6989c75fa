"""SymPy's companion started before the specs load: `mlptutor check` of a formulas file not seen before.

    with Sandbox(level="auto", companions=sympy_ahead.companions(graded)) as sandbox:  # the check command
        started = sympy_ahead.start(sandbox, graded)   # right after making its Sandbox
    sympy_ahead.claim(sandbox)                     # SymbolicCheck.start, judging the formulas ahead: keep it
    sympy_ahead.release(sandbox)                   # after identify: closed (killed: it ran no job) unless claimed

The companion's boot (SymPy's import) is the longest item of a first check of a complete folder: started at
identify, it came once the grading process had imported NumPy and the grader and loaded the specs up to the
formulas one (about 210 ms in, on a quiet machine); started here it boots beside those imports. Which exercises
judge formulas is read off their spec modules' sources (an import of grader.checks.symbolic: nothing imported,
no NumPy), so an exercise added with formulas needs no list updated. Either way it is only a guess: a spec that
builds its SymbolicChecks elsewhere gets its companion at identify as before, and one this guess made that no
check claims by the end of identify is closed then. This module imports neither NumPy nor the checks.
"""

from __future__ import annotations

import re
import weakref
from pathlib import Path

from mlptutor.grader import diskcache
from mlptutor.grader import specs as _specs

# Imported once in the companion's zygote: SymPy imports the last three (and sympy.combinatorics) lazily on
# its first simplification, which would cost every job ~20 ms. No numpy: its jobs carry formula texts, and
# numpy with numpy.random were 90-110 ms of CPU of the zygote's ~320 ms boot (2026-12-05).
PRELOAD = ("sympy", "sympy.assumptions.wrapper", "sympy.sets.setexpr", "sympy.tensor.tensor")
# the module the formula jobs run, held compiled by the zygotes of `mlptutor check` and of bulk grading's workers
# (Sandbox(held=...))
HELD = {"symbolic_worker": str(Path(__file__).resolve().parents[1] / "symbolic_worker.py")}
# (hash of the graded file, function) -> the text that function returned: what the next check of the same file
# will most likely be asked to judge (a guess, which only decides what is judged ahead), or NO_TEXT
RETURNED = diskcache.store("formula-texts")
NO_TEXT = False  # the function returned no text (a stub, an error, not a string): nothing to judge ahead

_IMPORTS_SYMBOLIC = re.compile(rb"^(?:from|import)\s+[\w.]*\bchecks\.symbolic\b", re.MULTILINE)
# Sandbox -> [its companion made ahead], until claimed or released
_EARLY: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_AHEAD: list = []  # SymPy's companion made by start_early, until `companions` takes it


def companions(exercises) -> tuple:
    """(PRELOAD,) when the disk cache is enabled and one of `exercises` (graded, their files given to
    `diskcache.enable`) judges formulas in a file no check has judged (the cache holds no text it returned), else
    (): the companions to make with the check's Sandbox (`Sandbox(companions=...)`), before its own zygote; the
    one `start_early` made in its place, if any (closed when none is asked for)."""
    seen = {key[0] for key in RETURNED.keys()}
    wanted = any((digest := diskcache.digest(name)) is not None and digest not in seen and judges_formulas(name)
                 for name in exercises)
    early, _AHEAD[:] = tuple(_AHEAD), []
    if not wanted:
        for companion in early:
            companion.close()
        return ()
    return early or (PRELOAD,)


def start_early(args: list[str]) -> None:
    """SymPy's companion made before `mlptutor check ARGS...` is parsed (its paths guessed: the arguments that
    are neither options nor their values), when `companions` will ask for it; `companions` takes it then."""
    from mlptutor.grader.sandbox import Limits, Sandbox
    from mlptutor.grader.specs import exercise_names

    try:
        names, sources, limit = set(exercise_names()), {}, Limits().sources_bytes
        for path in map(Path, _guessed_paths(args)):
            for file in sorted(path.glob("*.py")) if path.is_dir() else [path]:
                # read only what the check reads: a plain file (a FIFO would block) within the sandbox's size limit
                if file.suffix == ".py" and file.stem in names and file.stem not in sources and file.is_file() \
                        and file.stat().st_size <= limit and judges_formulas(file.stem):
                    sources[file.stem] = file.read_bytes().decode("utf-8")
        if sources:
            diskcache.enable(sources)
            if companions(sources):
                _AHEAD.append(Sandbox("auto", PRELOAD, at_once=True, held=HELD))
    except Exception:  # only a guess: the check command meets and reports any problem
        pass
    finally:
        diskcache.enable(folder=None)


def _guessed_paths(args: list[str]) -> list[str]:
    """The paths among `mlptutor check`'s arguments: not an option, nor the value of one."""
    paths, skip = [], False
    for arg in args:
        if skip or arg.startswith("-"):
            skip = not skip and arg in ("--format", "--student")
            continue
        paths.append(arg)
    return paths


def start(sandbox, exercises) -> bool:
    """Make `sandbox`'s SymPy companion (or take the one its constructor made) when `companions(exercises)` asks
    for it; whether it did. In the caller's thread, its zygote spawned before this returns: made in a thread
    of its own, each of its system calls waited for the GIL while the caller imported NumPy, and SymPy's zygote
    spawned at 421 ms instead of 106 (one check of the twelve, load 3-5, 2026-12-05)."""
    if not companions(exercises):
        return False
    made: list = []
    made_into(sandbox, made)
    _EARLY[sandbox] = made
    return True


def judges_formulas(exercise: str) -> bool:
    """Whether the spec module of `exercise` imports grader.checks.symbolic (read, not imported)."""
    try:
        source = (Path(_specs.__path__[0]) / f"{exercise}.py").read_bytes()
    except OSError:
        return False
    # the plain search first: the regular expression took 7 ms over the 21 specs (425 KB), the search 0.3 (2026-12-05)
    return b"checks.symbolic" in source and _IMPORTS_SYMBOLIC.search(source) is not None


def made_into(sandbox, made: list) -> None:
    """`sandbox`'s SymPy companion made (its boot under way) and added to `made` (also the body of a thread)."""
    try:
        made.append(sandbox.companion(PRELOAD))
    except Exception:  # closed meanwhile, or no sandbox: judging meets and reports any problem
        pass


def claim(sandbox) -> None:
    """The companion started here for `sandbox` (if any) is used: `release` leaves it."""
    _EARLY.pop(sandbox, None)


def release(sandbox) -> None:
    """Close the companion started here for `sandbox` unless it was claimed (it ran no job: killed at once)."""
    for companion in _EARLY.pop(sandbox, []):
        companion.close()
