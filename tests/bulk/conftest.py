import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # bulk_fakes, for worker processes too


@pytest.fixture
def write(tmp_path):
    """write("class/alice/softmax.py", "text" or b"bytes") -> the path, parents created."""

    def _write(relative: str, content: str | bytes) -> Path:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
        return path

    return _write
