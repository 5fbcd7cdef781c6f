"""`finkg publish --static`: fixed-format files under `python -m http.server`, and the generated
Apache rules under a real Debian apache2 giving the same 303s and negotiation as `finkg serve`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from publish_helpers import free_port, read_rdf, stop, wait_until_up
from rdflib.compare import isomorphic

from finkg.cli import cli
from finkg.publish.source import Source

pytestmark = [pytest.mark.issue(7), pytest.mark.slow]

APACHE = Path("/usr/sbin/apache2")
MODULES = Path("/usr/lib/apache2/modules")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
PARSERS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt", "rdf": "xml"}


@pytest.fixture(scope="module")
def site(built: object) -> Iterator[Path]:
    """The static site of the built store, in a folder a web server's user can read."""
    root = Path(tempfile.mkdtemp(prefix="finkg-site-"))
    root.chmod(0o755)
    out = root / "site"
    result = CliRunner().invoke(cli, ["publish", "--static", str(out), "--store", str(built.store),  # type: ignore[attr-defined]
                                      "--queries", str(built.queries)])  # type: ignore[attr-defined]
    assert result.exit_code == 0, result.output
    assert "resources" in result.output
    yield out
    shutil.rmtree(root)


@pytest.fixture(scope="module")
def plain_server(site: Path) -> Iterator[str]:
    """`python -m http.server` over the site: no rules, only files."""
    port = free_port()
    log = site.parent / "http.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                                 "--directory", str(site)], stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/index.html", proc, log)
        yield url
    finally:
        stop(proc)


def company(source: Source) -> str:
    rows = source.select("SELECT ?c WHERE { ?c a fkg:Company ; ^fkg:subject ?o } ORDER BY ?c LIMIT 1")
    return str(rows[0]["c"])[len(source.id_space):]


def test_every_resource_has_five_formats_and_a_type_map(site: Path, source: Source) -> None:
    for iri in source.resources():
        stem = site / "doc" / iri[len(source.id_space):]
        for ext in ("ttl", "jsonld", "nt", "rdf", "html", "var"):
            assert stem.with_name(f"{stem.name}.{ext}").is_file(), f"{stem}.{ext}"
    for name in (".htaccess", "nginx.conf", "index.html", "ontology.html", "ontology.ttl", "dataset.ttl",
                 ".well-known/void", "download/finkg.trig.gz", "download/SHA256SUMS"):
        assert (site / name).is_file(), name


def test_fixed_format_files_under_a_plain_static_server(plain_server: str, source: Source) -> None:
    path = company(source)
    graphs = []
    for ext, fmt in PARSERS.items():
        r = httpx.get(f"{plain_server}/doc/{path}.{ext}")
        assert r.status_code == 200
        graphs.append(read_rdf(r.content, fmt))
    assert all(isomorphic(graphs[0], g) for g in graphs[1:])
    html = httpx.get(f"{plain_server}/doc/{path}.html")
    assert html.headers["content-type"].startswith("text/html") and "<mark>" in html.text
    home = httpx.get(f"{plain_server}/index.html").text
    assert f'href="doc/{path}.html"' in home
    assert "<form" not in home  # no endpoint behind a static site


@pytest.fixture(scope="module")
def apache(site: Path) -> Iterator[str]:
    """Debian's apache2 serving the site with its generated .htaccess, on a free loopback port."""
    if not APACHE.exists():
        pytest.skip("Debian apache2 is not installed (apt-get install apache2)")
    port = free_port()
    run = Path(tempfile.mkdtemp(prefix="finkg-apache-"))
    modules = ["mpm_event", "authz_core", "mime", "rewrite", "headers", "negotiation", "dir", "alias"]
    loads = "\n".join(f"LoadModule {m}_module {MODULES}/mod_{m}.so" for m in modules)
    user = "User www-data\nGroup www-data\n" if os.geteuid() == 0 else ""
    (run / "httpd.conf").write_text(f"""ServerRoot "{run}"
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile {run}/httpd.pid
ErrorLog {run}/error.log
Mutex file:{run}
{user}{loads}
TypesConfig /etc/mime.types
DocumentRoot "{site}"
<Directory "{site}">
  AllowOverride All
  Require all granted
</Directory>
""")
    log = run / "stdout.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(APACHE), "-f", str(run / "httpd.conf"), "-DFOREGROUND"], stdout=out,
                                stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/index.html", proc, log)
        yield url
    finally:
        stop(proc)
        shutil.rmtree(run, ignore_errors=True)


def test_apache_rules_give_303_with_vary(apache: str, source: Source) -> None:
    path = company(source)
    r = httpx.get(f"{apache}/id/{path}", headers={"Accept": "text/turtle"})
    assert r.status_code == 303
    assert r.headers["location"].endswith(f"/doc/{path}")
    assert "Accept" in r.headers["vary"]
    assert httpx.get(f"{apache}/id/company/no-such-company").status_code == 404


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (BROWSER, "text/html"),
        ("*/*", "text/turtle"),
        ("application/rdf+xml;q=0.9,text/turtle", "text/turtle"),
        ("text/turtle;q=0.9,application/ld+json", "application/ld+json"),
        ("application/n-triples", "application/n-triples"),
        ("application/rdf+xml", "application/rdf+xml"),
    ],
)
def test_apache_negotiates_like_the_server(apache: str, source: Source, accept: str, expected: str) -> None:
    path = company(source)
    r = httpx.get(f"{apache}/doc/{path}", headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == expected
    assert "accept" in r.headers["vary"].lower()
    slug = path.rsplit("/", 1)[1]
    assert f'<{slug}.ttl>; rel="alternate"; type="text/turtle"' in r.headers["link"]  # relative to the document


def test_apache_answers_406_for_unsupported_types(apache: str, source: Source) -> None:
    r = httpx.get(f"{apache}/doc/{company(source)}", headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_apache_negotiates_the_ontology_and_dataset(apache: str) -> None:
    assert httpx.get(f"{apache}/ontology", headers={"Accept": BROWSER}).headers["content-type"].startswith("text/html")
    assert httpx.get(f"{apache}/dataset", headers={"Accept": "text/turtle"}).headers["content-type"].startswith(
        "text/turtle")
    assert httpx.get(f"{apache}/.well-known/void").headers["content-type"].startswith("text/turtle")


@pytest.fixture(scope="module")
def nginx(site: Path) -> Iterator[str]:
    """Debian's nginx with the generated rules (listen and root adapted), on a free loopback port."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        pytest.skip("Debian nginx is not installed (apt-get install nginx)")
    port = free_port()
    run = Path(tempfile.mkdtemp(prefix="finkg-nginx-"))
    rules = (site / "nginx.conf").read_text().replace("listen 8080;", f"listen 127.0.0.1:{port};")
    (run / "finkg.conf").write_text(rules.replace("root /srv/finkg;", f"root {site};"))
    temps = "\n".join(f"  {k}_temp_path {run}/{k};" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (run / "nginx.conf").write_text(f"""daemon off;
worker_processes 1;
pid {run}/nginx.pid;
error_log {run}/error.log;
events {{}}
http {{
  access_log off;
{temps}
  include {run}/finkg.conf;
}}
""")
    log = run / "stdout.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([binary, "-c", str(run / "nginx.conf"), "-p", str(run)], stdout=out,
                                stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/index.html", proc, log)
        yield url
    finally:
        stop(proc)
        shutil.rmtree(run, ignore_errors=True)


def test_nginx_rules_redirect_and_pick_the_named_type(nginx: str, source: Source) -> None:
    path = company(source)
    r = httpx.get(f"{nginx}/id/{path}", headers={"Accept": "text/turtle"})
    assert r.status_code == 303 and r.headers["location"].endswith(f"/doc/{path}")
    assert r.headers["vary"] == "Accept"
    assert httpx.get(f"{nginx}/id/company/no-such-company").status_code == 404
    named = ("application/n-triples", "application/ld+json", "application/rdf+xml")
    for accept, expected in ((BROWSER, "text/html"), ("*/*", "text/turtle"), *((t, t) for t in named)):
        r = httpx.get(f"{nginx}/doc/{path}", headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == expected, accept
        assert r.headers["vary"] == "Accept"
