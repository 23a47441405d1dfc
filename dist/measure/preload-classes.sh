#!/usr/bin/env bash
# Writes src/main/resources/dev/superlevel/app/preload-classes.txt, the classes ClassPreloader loads in
# the background at start-up (issue 11 item 19): every class a launch of the app loads from a jar, a
# class directory or the JDK's modules (not those mapped from the JDK's CDS archive, nor generated
# ones), in load order, until the side columns are laid out (LaunchTime's side-panels marker: the first
# frame's classes come first, then those of the columns built right after it; cut at the main window
# instead, the list brought the main window no sooner and the columns 0.15-0.25 s later, 7 alternating
# rounds at load 3.5-5). Needs a display (xvfb-run is fine).
# Run from the project root after `mvn -B -o test-compile dependency:build-classpath
# -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test`: dist/measure/preload-classes.sh
set -euo pipefail
OUT=src/main/resources/dev/superlevel/app/preload-classes.txt
LOG=$(mktemp)
java -Dsuperlevel.preload=false -Xlog:class+load=info:stdout \
    -cp target/test-classes:target/classes:"$(cat cp.txt)" dev.superlevel.bench.LaunchTime app 2>/dev/null \
    | sed '/^app side-panels /q' > "$LOG" || true
{
    echo "# written by dist/measure/preload-classes.sh from -Xlog:class+load of a launch; one class a line"
    grep -E ' source: (jrt:/|file:)' "$LOG" | awk '{print $2}' \
        | grep -vE '^dev\.superlevel\.(bench|app)\.|\$\$Lambda|/0x' | awk '!seen[$0]++'
} > "$OUT"
rm -f "$LOG"
echo "$(grep -vc '^#' "$OUT") classes in $OUT"
