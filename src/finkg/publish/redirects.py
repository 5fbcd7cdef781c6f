"""Redirect rules for a static copy of the site: 303 from `id/` to `doc/`, negotiation at `doc/`.

Apache gets real negotiation with quality values from mod_negotiation type maps (one `.var` file
per resource, the server's preferences as `qs`); nginx has no negotiation, so its rules pick the
first listed type the Accept header names (no q-values, no 406): use Apache where that matters.
"""

from __future__ import annotations

from .describe import FORMATS, Format

# Server-side preference among variants (RFC 2295 source quality): data first, as for `*/*`.
QS = {"ttl": "1.0", "jsonld": "0.95", "nt": "0.9", "rdf": "0.9", "html": "0.85"}


def type_map(stem: str, formats: tuple[Format, ...] = FORMATS) -> str:
    """The mod_negotiation type map of one resource whose variants are `stem.{ext}` beside it."""
    blocks = [f"URI: {stem}.{f.ext}\nContent-Type: {f.media_type}; qs={QS[f.ext]}; charset=utf-8\n" for f in formats]
    return "\n".join(blocks)


def htaccess() -> str:
    """Apache rules for the site's root folder (needs mod_rewrite, mod_headers, mod_negotiation, mod_mime)."""
    types = "\n".join(f"AddType {f.media_type} .{f.ext}" for f in FORMATS)
    # mod_negotiation serves the variant through a second internal redirect: hence REDIRECT_REDIRECT_
    name = "%{REDIRECT_REDIRECT_FINKG_NAME}e"
    links = ", ".join(f'<{name}.{f.ext}>; rel=\\"alternate\\"; type=\\"{f.media_type}\\"' for f in FORMATS)
    return f"""# finkg static site: Apache rules (mod_rewrite, mod_headers, mod_negotiation, mod_mime).
# GET /id/TYPE/SLUG -> 303 See Other to /doc/TYPE/SLUG, which negotiates by Accept (with q-values)
# among /doc/TYPE/SLUG.{{ttl,jsonld,nt,rdf,html}} through the type map /doc/TYPE/SLUG.var.
Options -MultiViews -Indexes
DirectoryIndex index.html
{types}
AddType application/gzip .gz
AddCharset utf-8 .ttl .jsonld .nt .rdf .html .css
AddHandler type-map .var
<Files "void">
  ForceType "text/turtle; charset=utf-8"
</Files>
RewriteEngine On
# the thing: 303 to the document about it, only for things the site describes
RewriteCond %{{REQUEST_FILENAME}}%{{PATH_INFO}} ^(.*)/id/([^/]+)/([^/]+)$
RewriteCond %1/doc/%2/%3.var -f
RewriteCond %{{REQUEST_URI}} ^(.*)/id/[^/]+/[^/]+$
RewriteRule ^id/([^/]+)/([^/.]+)$ %1/doc/$1/$2 [R=303,L]
# the document, the dataset and the ontology without an extension: negotiated
RewriteCond %{{REQUEST_FILENAME}}.var -f
RewriteRule ^(doc/[^/]+/([^/.]+)|(dataset|ontology))$ $1.var [L,E=FINKG_NAME:$2$3]
# the 303s vary too (mod_negotiation adds Vary to the negotiated documents itself)
<If "%{{REQUEST_URI}} =~ m#/id/[^/]+/[^/.]+$#">
  Header always merge Vary Accept
</If>
Header always set Link "{links}" env=REDIRECT_REDIRECT_FINKG_NAME
Header always set Access-Control-Allow-Origin "*"
"""


def nginx() -> str:
    """nginx rules: an http-level map and a server block to adapt (listen, server_name, root)."""
    media = {f.ext: f.media_type for f in FORMATS}
    return f"""# finkg static site: nginx rules. nginx cannot rank q-values: the first type below that the
# Accept header names wins, browsers (text/html) get HTML, anything else Turtle. Put the map in
# the http block; adapt listen, server_name and root.
map $http_accept $finkg_ext {{
    default ttl;
    "~*text/html" html;
    "~*application/ld\\+json" jsonld;
    "~*application/n-triples" nt;
    "~*application/rdf\\+xml" rdf;
    "~*text/turtle" ttl;
}}

server {{
    listen 8080;
    server_name localhost;
    root /srv/finkg;
    charset utf-8;
    charset_types text/turtle application/ld+json application/n-triples application/rdf+xml text/html text/css;
    types {{
        {media["ttl"]} ttl;
        {media["jsonld"]} jsonld;
        {media["nt"]} nt;
        {media["rdf"]} rdf;
        text/html html;
        text/css css;
        application/gzip gz;
    }}
    add_header Access-Control-Allow-Origin "*" always;
    location = /.well-known/void {{ default_type text/turtle; }}
    # named captures: evaluating the map's regexes would overwrite $1, $2
    location ~ ^/id/(?<finkg_thing>[^/]+/[^/.]+)$ {{
        if (!-f $document_root/doc/$finkg_thing.ttl) {{ return 404; }}
        add_header Vary Accept always;
        return 303 /doc/$finkg_thing;
    }}
    location ~ ^/(?<finkg_doc>doc/[^/]+/[^/.]+|dataset|ontology)$ {{
        add_header Vary Accept always;
        add_header Access-Control-Allow-Origin "*" always;
        try_files /$finkg_doc.$finkg_ext =404;
    }}
}}
"""
