"""The README's accuracy command runs as written, from a clone with ``shared/``
beside it (issue 15: it failed without the venv's Python, and did not say where
``shared/`` goes)."""
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((base / "shared" for base in ROOT.parents if (base / "shared" / "eval").is_dir()), None)


def readme_command() -> str:
    [command] = re.findall(r"^\$ (\.venv/bin/python \.\./shared/eval/score\.py .*)$",
                           (ROOT / "README.md").read_text(), re.M)
    return command


def test_the_readme_says_where_shared_goes_and_which_python_runs_it():
    text = (ROOT / "README.md").read_text()
    section = text[text.index("## Accuracy"):]
    assert "beside" in section[:600] and "`../shared`" in section[:600]
    assert readme_command().startswith(".venv/bin/python ")


@pytest.mark.skipif(SHARED is None or not (ROOT / ".venv/bin/python").exists(),
                    reason="needs shared/ and the .venv scripts/test makes")
def test_the_readme_accuracy_command_runs_as_written(tmp_path):
    # the layout the README describes: the clone, and shared/ beside it
    (tmp_path / "claims").symlink_to(ROOT)
    (tmp_path / "shared").symlink_to(SHARED)
    done = subprocess.run(["bash", "-c", readme_command()], cwd=tmp_path / "claims",
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    overall = re.search(r"^overall\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)",
                        done.stdout, re.M)
    assert overall and int(overall.group(1)) > 1000 and float(overall.group(5)) > 0.9
