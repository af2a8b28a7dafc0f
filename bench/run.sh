#!/usr/bin/env bash
# Runs Kaiku's benchmarks: `bench/run.sh` (measure, 1M tickets) or `bench/run.sh crash`.
# The loaded database is kept in bench/data, so later runs skip the load.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd backend && ./mvnw -B -q -ntp package -DskipTests)
backend/mvnw -B -q -ntp -f bench/pom.xml package
java -cp "bench/target/classes:bench/target/lib/*" io.kaiku.bench.Benchmark "${1:-measure}" "${@:2}"
