"""The student checker's start-up: loading its recorded checks (replay.load_recorded) in a fresh process.

Before: the arrays as one .npz member each (the release format up to issue 15), read one at a time.
After: the release's own arrays.npz (a flat buffer per dtype and a table). Both load the same bundle's
checks.json and the same arrays; interleaved rounds of fresh processes, CPU of each (user + sys),
median, as a ratio of `python -c 'import numpy'` in the same rounds.

    .venv/bin/python benchmarks/release_load.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from mlptutor.grader.release.bundle import write_bundle
from mlptutor.grader.specs import load_specs

# the old format's reader, as it was: one member per array
OLD = """
import io, numpy as np
from mlptutor_student import replay
def old(data):
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        return [npz[f"a{i}"] for i in range(len(npz.files))]
replay.load_arrays = lambda data: old(open(OLDFILE, "rb").read())
replay.load_recorded()
"""
NEW = "from mlptutor_student import replay; replay.load_recorded()"
NUMPY = "import numpy"


def cpu(code: str, bundle: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONPATH": str(bundle)})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Path(tmp) / "bundle"
        specs = load_specs()
        write_bundle(bundle, specs, sorted(specs))
        sys.path.insert(0, str(bundle))
        from mlptutor_student.codec import load_arrays

        arrays = load_arrays((bundle / "mlptutor_student" / "public" / "arrays.npz").read_bytes())
        old_file = Path(tmp) / "old.npz"
        buffer = io.BytesIO()
        np.savez(buffer, **{f"a{i}": arrays[i] for i in range(len(arrays))})
        old_file.write_bytes(buffer.getvalue())
        codes = {"import numpy": NUMPY, "before (one member per array)": OLD.replace("OLDFILE", repr(str(old_file))),
                 "after (flat buffers + table)": NEW}
        times: dict[str, list[float]] = {name: [] for name in codes}
        for _ in range(rounds):
            for name, code in codes.items():
                times[name].append(cpu(code, bundle))
    base = statistics.median(times["import numpy"])
    print(f"{len(arrays)} arrays; CPU of a fresh process, median of {rounds} interleaved rounds")
    for name, ts in times.items():
        print(f"  {name:32s} {statistics.median(ts) * 1000:7.0f} ms  {statistics.median(ts) / base:5.1f}x import numpy")
    print(f"  after / before: {statistics.median(times['after (flat buffers + table)']) / statistics.median(times['before (one member per array)']):.2f}")


if __name__ == "__main__":
    main()
