#!/bin/sh
# Source: copied from the finkg team's shared tool scripts (2026-11), unchanged below this note; the tests
# that check kg/ files with Apache Jena run it, and skip when Jena is not installed.
# Run an Apache Jena command-line class from Debian's libapache-jena-java (4.5).
#   usage: jena.sh CLASS ARGS...   e.g. jena.sh riotcmd.riot --validate file.ttl
#          jena.sh arq.rsparql --results=csv --service=http://127.0.0.1:7878/query 'SELECT ...'
#          jena.sh shacl.shacl validate --text --shapes shapes.ttl --data data.ttl   (always exits 0:
#          check that the output is the single line "Conforms")
# Debian's package needs two mends: `java -cp '/usr/share/java/*'` picks up conflicting SLF4J
# bindings, and Jena's relocated Xerces classes lack their message files, so every command dies
# at start. This builds an explicit classpath and a small jar with those message files.
# Needs: apt-get install -y libapache-jena-java zip unzip (Java 17 is on the machine).
set -e
FIX=${JENA_FIX_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/jena-fix}
if [ ! -f "$FIX/jena-xerces-resources.jar" ]; then
  rm -rf "$FIX/x"; mkdir -p "$FIX/x"
  ( cd "$FIX/x"
    unzip -q /usr/share/java/jena-core.jar 'org/apache/jena/ext/xerces/*.properties'
    mkdir -p xerces && cp -r org/apache/jena/ext/xerces/impl xerces/ && rm -rf org
    zip -qr ../jena-xerces-resources.jar . )
fi
pkgs="libapache-jena-java $(apt-cache depends libapache-jena-java | awk '/Depends:/{print $2}' | grep -v slf4j)"
CP=$( { for p in $pkgs; do dpkg -L "$p" | grep -E '^/usr/share/java/[^/]*\.jar$' | grep -v -E -- '-[0-9][0-9.]*[^/]*\.jar$'; done
        echo /usr/share/java/slf4j-api.jar; echo /usr/share/java/slf4j-simple.jar; } | sort -u | paste -sd: - )
exec java -cp "$CP:$FIX/jena-xerces-resources.jar" "$@"
