#!/usr/bin/env bash
# Builds the installable app from target/superlevel.jar (run by `mvn -Pdist package`, or by hand after
# `mvn package`): target/dist/superlevel, a jpackage application image with a jlink'd runtime holding
# only the modules the app needs, the launcher and the icon, plus a class-data-sharing (CDS) archive
# made here and used by the launcher; on Linux with dpkg-deb and fakeroot also a .deb.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${1:-1.0.0}"
OUT=target/dist
APP="$OUT/superlevel"
# jdeps --print-module-deps on the shaded jar gives java.base,java.prefs,java.sql,jdk.jfr,jdk.unsupported,
# jdk.unsupported.desktop; java.desktop, java.logging and java.xml come with them and are named for clarity.
MODULES=java.base,java.desktop,java.logging,java.prefs,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop
rm -rf "$OUT"
mkdir -p "$OUT/input"
cp target/superlevel.jar "$OUT/input/"
jpackage --type app-image --name superlevel --app-version "$VERSION" --vendor "Superlevel" \
    --input "$OUT/input" --main-jar superlevel.jar --main-class dev.superlevel.app.Main \
    --add-modules "$MODULES" \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
    --java-options '-XX:SharedArchiveFile=$APPDIR/superlevel.jsa' --java-options '-Xshare:auto' \
    --icon dist/superlevel.png --dest "$OUT"
# The CDS archive: the classes a few CLI commands load, dumped by the image's own runtime with the
# launcher's class path (lib/app/superlevel.jar), so the launcher maps them instead of parsing them.
"$APP/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$APP/lib/app/superlevel.jsa" \
    -cp "$(cd "$APP/lib/app" && pwd)/superlevel.jar" dev.superlevel.app.Main \
    persistence --function "sin(3*x)*cos(2*y) + 0.1*x^2" --grid 64 > /dev/null
if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
    jpackage --type deb --app-image "$APP" --name superlevel --app-version "$VERSION" --vendor "Superlevel" \
        --linux-shortcut --linux-menu-group Science --dest "$OUT"
fi
ls -la "$OUT"
