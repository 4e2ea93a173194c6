"""The engine is a library first: importing it must not drag in the web stack."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_claims_does_not_import_flask():
    # A fresh interpreter: this test process has already imported Flask.
    probe = (
        "import json, sys, claims; "
        "print(json.dumps({'file': claims.__file__, "
        "'web': sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'werkzeug'))}))"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    seen = json.loads(run.stdout)
    assert Path(seen["file"]).resolve() == ROOT / "claims" / "__init__.py"
    assert seen["web"] == []
