#!/usr/bin/env bash
# Whole-process timings side by side in one hyperfine run: `java -jar` against the jpackage launcher
# (jlink'd runtime + CDS archive; build it first with `mvn -Pdist package`), and GUDHI / scipy on the
# same 2048x2048 grid. Run from the project root: dist/measure/startup.sh [RUNS]
set -euo pipefail
RUNS="${1:-5}"
JAR="java -jar target/superlevel.jar"
APP="target/dist/superlevel/bin/superlevel"
F="sin(3*x)*cos(2*y) + 0.1*x^2"
hyperfine --runs "$RUNS" --warmup 1 --export-markdown target/startup.md \
    -n "eval, java -jar" "$JAR eval --function 'x^2 + y' --at 1,2" \
    -n "eval, launcher" "$APP eval --function 'x^2 + y' --at 1,2" \
    -n "persistence 2048², java -jar" "$JAR persistence --function '$F' --grid 2048 > /dev/null" \
    -n "persistence 2048², launcher" "$APP persistence --function '$F' --grid 2048 > /dev/null" \
    -n "persistence 2048², GUDHI 3.7.1 cubical" "/usr/bin/python3 dist/measure/gudhi_persistence.py" \
    -n "betti 200 levels 2048², java -jar" "$JAR betti --function '$F' --grid 2048 --levels -1,3,200 --connectivity 4 > /dev/null" \
    -n "betti 200 levels 2048², launcher" "$APP betti --function '$F' --grid 2048 --levels -1,3,200 --connectivity 4 > /dev/null" \
    -n "betti 200 levels 2048², scipy.ndimage.label" "/usr/bin/python3 dist/measure/scipy_betti.py > /dev/null"
