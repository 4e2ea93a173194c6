"""The package as a user gets it: build the wheel, install it into a fresh virtual
environment (its dependencies resolved by pip from its metadata), run the command
line there, away from the clone, so that a missing data file or dependency fails here."""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import zipfile

import pytest

from cli_helpers import SEED, free_port, serve_and_check_health

ROOT = pathlib.Path(__file__).resolve().parents[1]
#: not part of the source a wheel is built from
SKIP = shutil.ignore_patterns(".git", ".venv*", "__pycache__", "*.pyc", ".pytest_cache",
                              ".hypothesis", ".schemathesis", "build", "dist", "*.egg-info",
                              "node_modules", "crash-*")


def _run(*cmd, **kw):
    p = subprocess.run([str(c) for c in cmd], capture_output=True, timeout=600, **kw)
    assert p.returncode == 0, (cmd, p.stdout.decode()[-2000:], p.stderr.decode()[-3000:])
    return p


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("package")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=SKIP)  # a clean tree: the build writes into it
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", tmp / "dist", src)
    (wheel,) = (tmp / "dist").glob("claims-*.whl")
    venv = tmp / "venv"
    _run(sys.executable, "-m", "venv", venv)
    # the wheel's own dependency list with the server extra, resolved by pip (from the pip
    # cache when it is warm)
    _run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         f"{wheel}[server]")
    return wheel, venv


def test_the_wheel_holds_the_data_and_the_typing_marker(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"claims/cldr_symbols.json", "claims/py.typed", "claims/lang/fr.py",
            "claims/lang/en.py"} <= names
    assert not any(n.startswith(("tests/", "bench/", "fuzz/")) for n in names)
    # the HTTP package, when the tree has one, with every template and static file
    service = ROOT / "service"
    if service.is_dir():
        data = {str(f.relative_to(ROOT)) for d in ("templates", "static")
                for f in (service / d).rglob("*") if f.is_file()}
        assert data and data <= names and "service/api.py" in names
    meta = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    for extra in ("server", "warc", "dask", "spark"):
        assert f"Provides-Extra: {extra}" in meta


def test_the_console_script_reads_the_seed_article(installed, tmp_path):
    _, venv = installed
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    p = _run(venv / "bin" / "claims", "extract", "--flat", input=SEED.encode(), cwd=tmp_path,
             env=env)
    (row,) = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert (row["text"], row["low"], row["high"], row["currency"]) == \
        ("dizaines de milliers à plusieurs millions de yuans", "10000", "10000000", "CNY")
    # the installed copy ran, not the clone's
    where = _run(venv / "bin" / "python", "-c", "import claims; print(claims.__file__)",
                 cwd=tmp_path, env=env).stdout.decode()
    assert str(venv) in where


def test_claims_serve_runs_from_the_installed_package(installed, tmp_path):
    """No clone around it: the factory and gunicorn's settings come from the wheel."""
    _, venv = installed
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(HOST="127.0.0.1", PORT=str(free_port()))
    health, first = serve_and_check_health(
        [venv / "bin" / "claims", "serve", "--", "--workers", "1"], tmp_path, env)
    assert health == {"status": "ok"}, first
    assert json.loads(first)["msg"].startswith("Starting gunicorn")
