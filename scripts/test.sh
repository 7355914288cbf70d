#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: restore, build, every test project.
# Tests that need PostgreSQL start a throw-away server themselves (PostgreSQL 15 binaries), or use
# RECOGNITION_TEST_POSTGRES=<connection string> when you have your own server.
set -euo pipefail
cd "$(dirname "$0")/.."

config=${CONFIGURATION:-Release}
results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

dotnet build NationalRecognition.sln -c "$config" -nologo -clp:NoSummary -v:q

set +e
dotnet test NationalRecognition.sln -c "$config" --no-build -nologo \
  --results-directory "$results" --blame-hang-timeout 10m \
  2>&1 | tee "$results/console.log"
code=${PIPESTATUS[0]}
set -e

# One closing line for CI: sum what each test assembly reported.
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  { f += $(i+1) + 0 }
         if ($i == "Passed:")  { p += $(i+1) + 0 }
         if ($i == "Skipped:") { s += $(i+1) + 0 }
       }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$results/console.log"
exit "$code"
