"""Real SPARQL 1.1 servers for the remote-store tests: `oxigraph serve` (PyPI) and Virtuoso (Debian).

Each starts on free loopback ports in a fresh temporary folder and is stopped by its own process
handle. A server that is not installed makes its tests skip with the install command.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

VIRTUOSO_INI = Path(__file__).parent.parent / "data" / "virtuoso" / "virtuoso.ini"
ASK = "?query=ASK%7B%7D"


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wait(url: str, proc: subprocess.Popen[bytes], log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{url}: server exited with {proc.returncode}\n{log.read_text(errors='replace')}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    pytest.fail(f"{url}: no answer after {seconds} s\n{log.read_text(errors='replace')}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@contextmanager
def oxigraph() -> Iterator[str]:
    """`oxigraph serve` in memory; yields its query endpoint."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port, folder = free_port(), Path(tempfile.mkdtemp(prefix="finkg-oxigraph-"))
    log = folder / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([binary, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"],
                                stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait(f"http://127.0.0.1:{port}/query{ASK}", proc, log)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        _stop(proc)
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def virtuoso() -> Iterator[str]:
    """Virtuoso Open Source with a fresh database, anonymous SPARQL writes granted; yields its /sparql."""
    if shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    isql_port, http_port = free_port(), free_port()
    folder = Path(tempfile.mkdtemp(prefix="finkg-virtuoso-"))
    (folder / "db").mkdir()
    ini = VIRTUOSO_INI.read_text().format(isql_port=isql_port, http_port=http_port)
    (folder / "virtuoso.ini").write_text(ini)
    log = folder / "server.log"
    with log.open("wb") as out:  # relative paths in the ini resolve against the working folder
        proc = subprocess.Popen(["virtuoso-t", "+configfile", "virtuoso.ini", "+foreground"], cwd=folder,
                                stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait(f"http://127.0.0.1:{http_port}/sparql{ASK}", proc, log)
        grant = "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"
        subprocess.run(["isql-vt", str(isql_port), "dba", "dba", f"exec={grant}"], check=True, capture_output=True,
                       timeout=60)
        yield f"http://127.0.0.1:{http_port}/sparql"
    finally:
        _stop(proc)
        shutil.rmtree(folder, ignore_errors=True)
