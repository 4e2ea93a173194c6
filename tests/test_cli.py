"""`claims` on the command line, run as a user runs it (a subprocess)."""
import csv
import http.server
import io
import json
import os
import pathlib
import signal
import socket
import subprocess
import threading
import time
import urllib.request
import zipfile

import pytest

from cli_helpers import (SEED, claims_cmd, corpus_documents, env, free_port, run_claims,
                         serve_and_check_health, write_jsonl)


def lines(data):
    return [json.loads(line) for line in data.decode().splitlines()]


# -- what it reads ---------------------------------------------------------------------------

def test_stdin_gives_the_api_reply_of_the_seed_article(client):
    p = run_claims("extract", input=SEED.encode(), check=0)
    (doc,) = lines(p.stdout)
    api = client.post("/v1/extract", json={"text": SEED}).get_json()
    assert doc == {"id": "-", **api}
    assert doc["mentions"][0]["text"] == "dizaines de milliers à plusieurs millions de yuans"
    assert p.stderr == b""  # quiet when standard error is not a terminal


def test_each_document_matches_the_api_byte_for_byte(client, tmp_path):
    docs = corpus_documents(4)
    write_jsonl(tmp_path / "in.jsonl", docs)
    out = run_claims("extract", tmp_path / "in.jsonl", "--jobs", 1, check=0).stdout
    got = out.decode().splitlines()
    assert len(got) == len(docs)
    for d, line in zip(docs, got):
        reply = client.post("/v1/extract", json={"text": d["text"], "lang": d["lang"],
                                                  "date": d["date"]})
        api = json.dumps({"id": d["id"], **reply.get_json()}, ensure_ascii=False,
                         separators=(",", ":"))
        assert line == api


def test_text_files_and_folders_in_sorted_order(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "z.txt").write_text("It cost $5 million.", encoding="utf-8")
    (tmp_path / "a" / "b" / "y.txt").write_text("Il a coûté 3 millions d'euros.", encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text("12 km", encoding="utf-8")
    (tmp_path / "one.txt").write_text("About 40% of voters.", encoding="utf-8")
    p = run_claims("extract", "one.txt", "a", "--no-claims", cwd=tmp_path, check=0)
    docs = lines(p.stdout)
    assert [d["id"] for d in docs] == ["one.txt", "a/b/y.txt", "a/z.txt"]
    assert [d["lang"] for d in docs] == ["en", "fr", "en"]
    assert [[m["text"] for m in d["mentions"]] for d in docs] == [
        ["About 40%"], ["3 millions d'euros"], ["$5 million"]]
    assert all("claims" not in d for d in docs)


def test_jsonl_fields_are_chosen_by_name(tmp_path):
    rows = [{"key": "a1", "body": "Prices rose 3% in 2023, the bureau said.", "language": "en",
             "published": "2024-01-15"},
            {"key": "a2", "body": "Le chômage a baissé de 0,2 point.", "language": "fr"}]
    write_jsonl(tmp_path / "in.ndjson", rows)
    p = run_claims("extract", "in.ndjson", "--text-field", "body", "--id-field", "key",
                   "--lang-field", "language", "--date-field", "published", cwd=tmp_path, check=0)
    a1, a2 = lines(p.stdout)
    assert (a1["id"], a1["lang"], a2["id"], a2["lang"]) == ("a1", "en", "a2", "fr")
    assert a1["mentions"][0]["text"] == "3%"
    # the date field is the article's date: "in 2023" stays 2023, read against it
    assert a1["claims"][0]["time"]["from"] == "2023-01-01"


def test_csv_input_and_flat_csv_output(tmp_path):
    with open(tmp_path / "in.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "lang"])
        w.writerow(["x", "Il a levé 12 millions d'euros, selon l'Insee.", "fr"])
        w.writerow(["y", "Nothing to count here.", "en"])
        w.writerow(["z", "Between $5 and $10 million, or 3.5%", "en"])
    p = run_claims("extract", "in.csv", "--flat", "--csv", cwd=tmp_path, check=0)
    rows = list(csv.DictReader(io.StringIO(p.stdout.decode())))
    assert [(r["id"], r["mention_id"], r["text"]) for r in rows] == [
        ("x", "m1", "12 millions d'euros"), ("z", "m1", "$5 and $10 million"),
        ("z", "m2", "3.5%")]
    x = rows[0]
    assert (x["kind"], x["low"], x["high"], x["currency"], x["low_inclusive"]) == \
        ("money", "12000000", "12000000", "EUR", "true")
    assert x["claim_id"] == "c1" and x["source"] == "l'Insee"
    assert x["currency_alternatives"] == ""  # a list, space-separated
    assert {"AUD", "CAD"} <= set(rows[1]["currency_alternatives"].split(" "))


def test_flat_json_lines_carry_the_document_id(tmp_path):
    (tmp_path / "t.txt").write_text("Plus de 400 personnes et 3 000 euros.", encoding="utf-8")
    p = run_claims("extract", "t.txt", "--flat", cwd=tmp_path, check=0)
    rows = lines(p.stdout)
    assert [(r["id"], r["mention_id"], r["qualifier"]) for r in rows] == [
        ("t.txt", "m1", "more_than"), ("t.txt", "m2", "exact")]
    assert rows[0]["low"] == "400" and rows[0]["high"] is None


def test_warc_and_wet_records(tmp_path):
    warcio = pytest.importorskip("warcio")  # the warc extra; in requirements-dev.txt
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    path = tmp_path / "crawl.warc.wet.gz"
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(w.create_warcinfo_record("crawl.wet", {"software": "test"}))
        for uri, text, lang in [("https://ex.fr/a", "Le budget atteint 3 milliards d'euros.", "fra"),
                                ("https://ex.com/b", "Some 40 people came.", "eng")]:
            w.write_record(w.create_warc_record(
                uri, "conversion", payload=io.BytesIO(text.encode()),
                warc_headers_dict={"WARC-Identified-Content-Language": lang,
                                   "WARC-Date": "2024-03-01T10:00:00Z",
                                   "Content-Type": "text/plain"}))
        html = b"<html><body>12 km</body></html>"
        w.write_record(w.create_warc_record(
            "https://ex.com/c", "response", payload=io.BytesIO(html),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                          protocol="HTTP/1.1")))
    p = run_claims("extract", path, "--no-claims", check=0)
    docs = lines(p.stdout)
    assert [(d["id"], d["lang"], [m["text"] for m in d["mentions"]]) for d in docs] == [
        ("https://ex.fr/a", "fr", ["3 milliards d'euros"]),
        ("https://ex.com/b", "en", ["Some 40"])]
    assert warcio  # used above through its writer


# -- failures ----------------------------------------------------------------------------------

def test_failing_documents_are_recorded_and_the_run_goes_on(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "1.txt").write_text("It cost $5.", encoding="utf-8")
    (tmp_path / "in" / "2.txt").write_bytes("Il a coûté 5 euros.".encode("latin-1"))
    (tmp_path / "in" / "3.txt").write_text("x " * 60, encoding="utf-8")
    (tmp_path / "in" / "4.jsonl").write_bytes(
        b'{"id": "ok", "text": "12 km"}\nnot json\n{"id": "n", "text": 5}\n'
        b'{"id": "de", "text": "10 Euro", "lang": "de"}\n')
    p = run_claims("extract", "in", "-o", "out.jsonl", "--max-chars", 100, cwd=tmp_path)
    assert p.returncode == 1
    assert [d["id"] for d in lines((tmp_path / "out.jsonl").read_bytes())] == ["in/1.txt", "ok"]
    errors = lines((tmp_path / "out.jsonl.errors.jsonl").read_bytes())
    assert [(e["id"], e["status"]) for e in errors] == [
        ("in/2.txt", 422), ("in/3.txt", 413), ("in/4.jsonl:2", 422), ("n", 422), ("de", 422)]
    assert "not UTF-8" in errors[0]["reason"] and "byte 0xfb at offset 7" in errors[0]["reason"]
    assert "limit is 100 characters" in errors[1]["reason"]
    assert "not JSON" in errors[2]["reason"]
    assert "not a string" in errors[3]["reason"]
    assert "'de' is not supported" in errors[4]["reason"]
    assert b"5 of 7 documents failed" in p.stderr


def test_no_errors_file_when_nothing_fails(tmp_path):
    (tmp_path / "t.txt").write_text("12 km", encoding="utf-8")
    run_claims("extract", "t.txt", "-o", "o.jsonl", cwd=tmp_path, check=0)
    assert not (tmp_path / "o.jsonl.errors.jsonl").exists()


@pytest.mark.parametrize("args, message", [
    (["--resume"], b"--resume needs -o"),
    (["--csv"], b"--csv needs --flat"),
    (["--lang", "de"], b"'de' is not supported"),
    (["--convert-to", "XXX"], b"XXX"),
    (["missing.txt"], b"no such file or folder: missing.txt"),
])
def test_usage_errors_exit_2_with_a_message(tmp_path, args, message):
    p = run_claims("extract", *args, cwd=tmp_path, input=b"12 km")
    assert p.returncode == 2 and message in p.stderr and p.stdout == b""


# -- jobs and resume ------------------------------------------------------------------------------

def test_jobs_give_the_same_bytes(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", corpus_documents(25))
    outs = {}
    for jobs in (1, 2, 3):
        run_claims("extract", "in.jsonl", "--flat", "-o", f"j{jobs}.jsonl", "--jobs", jobs,
                   cwd=tmp_path, check=0)
        outs[jobs] = (tmp_path / f"j{jobs}.jsonl").read_bytes()
    assert len(outs[1].splitlines()) > 100
    assert outs[1] == outs[2] == outs[3]


def test_workers_read_a_language_the_first_chunk_lacks_as_one_process_does(tmp_path):
    # the pool's parent builds only the first chunk's languages (French): the Spanish and
    # English documents after it are read by workers that build their grammars themselves
    from claims.cli import POOL_CHUNK
    docs = [{"id": f"fr{i}", "lang": "fr", "text": f"Le budget atteint {i} millions d'euros."}
            for i in range(POOL_CHUNK + 10)]
    docs += [{"id": "es", "lang": "es", "text": "El presupuesto supera los 12 millones de euros."},
             {"id": "en", "text": "The budget rose by more than 5% to $3.2 billion last year."}]
    write_jsonl(tmp_path / "in.jsonl", docs)
    outs = {}
    for jobs in (1, 2):
        run_claims("extract", "in.jsonl", "--flat", "-o", f"j{jobs}.jsonl", "--jobs", jobs,
                   cwd=tmp_path, check=0)
        outs[jobs] = (tmp_path / f"j{jobs}.jsonl").read_bytes()
    rows = lines(outs[2])
    assert {r["id"]: r["lang"] for r in rows if r["id"] in ("es", "en")} == {"es": "es", "en": "en"}
    assert outs[1] == outs[2]


def test_the_pool_prepares_the_languages_of_its_first_chunk(tmp_path):
    from claims.batch import Options
    from claims.batch import languages_of as _languages
    docs = [{"text": "Il a levé 12 millions d'euros.", "lang": "fr-CA"},
            {"text": "The company raised $12 million from its investors last year."},
            {"text": 12}, {"text": "Doce millones.", "lang": "zz"}, {"text": "x", "lang": 3},
            {"text": "Ella ganó doce millones.", "lang": "es"}, {"text": "Encore 3 %.", "lang": "fr"}]
    assert _languages(docs, Options()) == ("fr", "en", "es")
    assert _languages([{"text": "It rose 5%."}], Options(lang="fr")) == ("fr",)
    assert _languages([{"text": None}], Options()) == ()
    # a JSONL line left for the worker to parse (the readers' lazy mode)
    from claims.readers import Fields, read_documents
    path = tmp_path / "in.jsonl"
    write_jsonl(path, [{"text": "Ella ganó doce millones de euros.", "lang": "es"}])
    lazy = list(read_documents([str(path)], "jsonl", Fields(), lazy=True))
    assert "parse" in lazy[0] and _languages(lazy, Options()) == ("es",)


def _checkpoint(path):
    try:
        return json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        return None


@pytest.mark.parametrize("jobs, sig", [(1, signal.SIGKILL), (2, signal.SIGKILL),
                                       (2, signal.SIGINT)])
def test_a_run_killed_resumes_with_every_document_once(tmp_path, jobs, sig):
    docs = corpus_documents(300)  # about 2,000 documents: several seconds of work
    write_jsonl(tmp_path / "in.jsonl", docs)
    args = ["extract", "in.jsonl", "-o", "out.jsonl", "--jobs", jobs, "--no-claims",
            "--checkpoint-every", 0]
    run_claims(*args[:2], "-o", "clean.jsonl", *args[4:], cwd=tmp_path, check=0)
    proc = subprocess.Popen(claims_cmd(*args), cwd=tmp_path, env=env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cp = tmp_path / "out.jsonl.checkpoint"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        state = _checkpoint(cp)
        if state and state["documents"] >= len(docs) // 3:
            break
        time.sleep(0.01)
    proc.send_signal(sig)
    assert proc.wait() == (-signal.SIGKILL if sig == signal.SIGKILL else 130)
    state = _checkpoint(cp)
    assert state and not state["complete"] and 0 < state["documents"] < len(docs)
    # the kill came after the checkpoint: the output may hold lines past it
    assert (tmp_path / "out.jsonl").stat().st_size >= state["output_bytes"]
    run_claims(*args, "--resume", cwd=tmp_path, check=0)
    out = (tmp_path / "out.jsonl").read_bytes()
    ids = [d["id"] for d in lines(out)]
    assert sorted(ids) == sorted(d["id"] for d in docs) and len(set(ids)) == len(ids)
    assert out == (tmp_path / "clean.jsonl").read_bytes()
    assert _checkpoint(cp)["complete"]
    # resuming a complete run changes nothing
    run_claims(*args, "--resume", cwd=tmp_path, check=0)
    assert (tmp_path / "out.jsonl").read_bytes() == out


def test_resume_refuses_a_run_with_other_arguments_or_a_cut_output(tmp_path):
    (tmp_path / "t.txt").write_text("12 km", encoding="utf-8")
    run_claims("extract", "t.txt", "-o", "o.jsonl", cwd=tmp_path, check=0)
    p = run_claims("extract", "t.txt", "-o", "o.jsonl", "--flat", "--resume", cwd=tmp_path)
    assert p.returncode == 2 and b"other arguments" in p.stderr
    cp = json.loads((tmp_path / "o.jsonl.checkpoint").read_text())
    cp["complete"] = False
    (tmp_path / "o.jsonl.checkpoint").write_text(json.dumps(cp))
    (tmp_path / "o.jsonl").write_bytes(b"")
    p = run_claims("extract", "t.txt", "-o", "o.jsonl", "--resume", cwd=tmp_path)
    assert p.returncode == 2 and b"shorter (0 bytes) than its checkpoint" in p.stderr


def test_errors_survive_a_resume_exactly_once(tmp_path):
    docs = [{"id": f"d{i}", "text": "x" * (200 if i % 50 == 0 else 10) + " 12 km"}
            for i in range(1200)]
    write_jsonl(tmp_path / "in.jsonl", docs)
    args = ["extract", "in.jsonl", "-o", "out.jsonl", "--jobs", 1, "--max-chars", 100,
            "--checkpoint-every", 0]
    proc = subprocess.Popen(claims_cmd(*args), cwd=tmp_path, env=env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cp = tmp_path / "out.jsonl.checkpoint"
    while proc.poll() is None:
        state = _checkpoint(cp)
        if state and state["documents"] >= 300:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    proc.wait()
    assert run_claims(*args, "--resume", cwd=tmp_path).returncode == 1
    errors = [e["id"] for e in lines((tmp_path / "out.jsonl.errors.jsonl").read_bytes())]
    assert errors == [f"d{i}" for i in range(0, 1200, 50)]
    assert len(lines((tmp_path / "out.jsonl").read_bytes())) == 1200 - len(errors)


# -- progress ------------------------------------------------------------------------------------

def test_progress_bar_and_summary_when_asked(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", corpus_documents(5))
    p = run_claims("extract", "in.jsonl", "--progress", "-o", "o.jsonl", cwd=tmp_path, check=0)
    err = p.stderr.decode()
    assert "docs" in err and "mentions" in err  # tqdm's bar with our counters
    summary = err.strip().splitlines()[-1]
    assert summary.startswith("claims: 35 documents (0 failed)") and " mentions in " in summary


# -- rates and serve -----------------------------------------------------------------------------

def _ecb_zip(days):
    """A small ECB historical rates file: the CSV layout of eurofxref-hist.zip."""
    rows = ["Date,USD,JPY,GBP,"] + [f"{d},{usd},160.1,0.85," for d, usd in days]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("eurofxref-hist.csv", "\n".join(rows) + "\n")
    return buf.getvalue()


@pytest.fixture
def http_files():
    """A file server on 127.0.0.1 (a free port) serving ``files[path] = bytes``."""
    files = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = files.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield files, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_rates_update_fetches_into_the_data_folder_that_conversions_read(tmp_path, http_files):
    files, base = http_files
    files["/hist.zip"] = _ecb_zip([("2031-06-03", "1.5"), ("2031-06-02", "1.25")])
    data = tmp_path / "data"
    p = run_claims("rates", "update", "--url", base + "/hist.zip", CLAIMS_DATA_DIR=str(data),
                   check=0)
    assert p.stdout.decode().strip() == \
        f"ECB rates up to 2031-06-03 saved to {data / 'eurofxref-hist.zip'}"
    p = run_claims("extract", "--convert-to", "USD", "--date", "2031-06-03", "--flat",
                   input="Il a coûté 10 euros.".encode(), CLAIMS_DATA_DIR=str(data), check=0)
    (row,) = lines(p.stdout)
    assert (row["converted_low"], row["rate"], row["rate_date"]) == ("15", "1.5", "2031-06-03")
    # CLAIMS_ECB_URL names the source too; a file that is not ECB rates leaves the old one
    files["/bad.zip"] = b"not a zip"
    p = run_claims("rates", "update", CLAIMS_DATA_DIR=str(data), CLAIMS_ECB_URL=base + "/bad.zip")
    assert p.returncode == 1 and b"is not an ECB rates file" in p.stderr
    p = run_claims("rates", "show", CLAIMS_DATA_DIR=str(data), check=0)
    assert p.stdout.decode().strip().endswith("ECB rates from 2031-06-02 to 2031-06-03")
    p = run_claims("rates", "update", "--url", base + "/missing.zip", CLAIMS_DATA_DIR=str(data))
    assert p.returncode == 1 and b"could not fetch" in p.stderr and b"404" in p.stderr


def test_serve_starts_the_service_with_the_project_config(tmp_path):
    health, first = serve_and_check_health(
        claims_cmd("serve", "--", "--workers", "1"), tmp_path,
        env(HOST="127.0.0.1", PORT=str(free_port())))
    assert health == {"status": "ok"}
    # the project's config: one JSON object per log line (service/gunicorn_conf.py's logconfig)
    assert json.loads(first)["msg"].startswith("Starting gunicorn")


def test_version():
    from claims import __version__
    p = run_claims("--version", check=0)
    assert p.stdout.decode().strip() == f"claims {__version__}"
    root = pathlib.Path(__file__).resolve().parents[1]
    assert 'version = {attr = "claims._version.__version__"}' in \
        (root / "pyproject.toml").read_text()
    assert os.path.exists(root / "claims" / "py.typed")


def test_a_document_in_no_supported_language_goes_to_the_errors_file(tmp_path):
    (tmp_path / "in.jsonl").write_text(
        '{"id": "de", "text": "Die Arbeitslosigkeit ist im März um 3 % gesunken, sagte der '
        'Minister am Dienstag in Berlin. Die Regierung will 12 Milliarden Euro investieren."}\n'
        '{"id": "fr", "text": "Le chômage a baissé de 3 % en mars."}\n', encoding="utf-8")
    p = run_claims("extract", "in.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert p.returncode == 1
    assert [d["id"] for d in lines((tmp_path / "out.jsonl").read_bytes())] == ["fr"]
    [error] = lines((tmp_path / "out.jsonl.errors.jsonl").read_bytes())
    assert (error["id"], error["status"]) == ("de", 422)
    assert "German (de)" in error["reason"] and "send lang" in error["reason"]
