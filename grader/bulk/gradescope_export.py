"""Gradescope's "Export Submissions", unzipped: who each `submission_<id>/` folder is, and when it came in.

The export holds one folder per submission and `submission_metadata.yml`, which maps each folder to its
submitters and time (Ruby-style keys, as Gradescope writes them):

    submission_123456:
      :submitters:
      - :name: Ann Lee
        :sid: '00123'
        :email: ann@uni.edu
      :created_at: 2024-03-05 14:22:11.123456000 -08:00
      :score: 8.0

A submission is its submitters' (each email is a student id: every Gradescope user has one, and it is what
Gradescope's grade upload matches on); a group submission is graded once and every member gets the grade.
What cannot be used is one line naming the folder. A YAML alias (`*name`) refuses the file: Gradescope's export
writes none, and aliases can expand a small file into billions of nodes in memory (the "billion laughs").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from mlptutor.grader.bulk.folders import open_regular
from mlptutor.grader.bulk.late import LateError, as_utc, parse_time

METADATA = "submission_metadata.yml"
METADATA_BYTES = 16 * 2**20  # some 300 bytes a submission: 50,000 submissions


@dataclass(frozen=True)
class Submitted:
    """One folder's submitters (their emails; none when its entry is unusable) and its time (None: unknown)."""

    students: tuple[str, ...]
    submitted_at: datetime | None


def read_metadata(root: Path, problems: list[str]) -> dict[str, Submitted]:
    """folder name -> Submitted, from `root`'s submission_metadata.yml ({} when it has none); each entry
    that cannot be used, and a file that cannot be read, is one line in `problems`."""
    path = root / METADATA
    if not path.is_file():
        return {}
    import yaml  # only for a Gradescope export

    try:
        with open_regular(path) as handle:
            text = handle.read(METADATA_BYTES + 1)
        if len(text) > METADATA_BYTES:
            raise ValueError(f"larger than {METADATA_BYTES} bytes")
        data = yaml.load(text.decode("utf-8"), Loader=_loader(yaml))  # a SafeLoader without aliases
    except (OSError, ValueError, yaml.YAMLError) as exc:
        problems.append(f"{METADATA}: cannot be read ({' '.join(str(exc).split())[:200] or type(exc).__name__}); "
                        "the submission_<id> folders are graded under their folder names")
        return {}
    if not isinstance(data, dict):
        problems.append(f"{METADATA}: not Gradescope's mapping of submission folders; the folders are graded "
                        "under their folder names")
        return {}
    return {str(folder): _entry(str(folder), entry, problems) for folder, entry in data.items()}


def _loader(yaml):
    """yaml's SafeLoader refusing every alias before it is expanded (module docstring)."""

    class NoAliases(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                alias = self.peek_event()
                raise yaml.composer.ComposerError(None, None, f"a YAML alias (*{alias.anchor}), which Gradescope's "
                                                  "export never writes, refused", alias.start_mark)
            return super().compose_node(parent, index)

    return NoAliases


def _entry(folder: str, entry, problems: list[str]) -> Submitted:
    where = f"{METADATA} {folder}"
    submitters = entry.get(":submitters") if isinstance(entry, dict) else None
    emails = tuple(str(s.get(":email") or "").strip() for s in submitters or () if isinstance(s, dict))
    if not emails or not all(emails):
        problems.append(f"{where}: a submitter without an email; not graded (export the submissions again)")
        return Submitted((), None)  # the folder is known: not graded under its own name either
    return Submitted(emails, _time(entry.get(":created_at"), where, problems))


def _time(value, where: str, problems: list[str]) -> datetime | None:
    try:
        if isinstance(value, datetime):
            return as_utc(value if value.tzinfo else value.replace(tzinfo=timezone.utc), str(value))
        return parse_time(str(value)) if value else None
    except LateError as exc:
        problems.append(f"{where}: created_at {exc}; submission time unknown")
        return None
