#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: locked restore, build, every test project.
# Tests that need PostgreSQL start a throw-away server themselves (PostgreSQL 15 binaries), or use
# RECOGNITION_TEST_POSTGRES=<connection string> when you have your own server.
set -euo pipefail
cd "$(dirname "$0")/.."

config=${CONFIGURATION:-Release}

# The dashboard's browser test drives Debian's Chromium, which a fresh machine does not have until it is installed.
if [[ -z ${CHROMIUM_PATH:-} ]] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the dashboard's browser test..."
  sudo_if_needed() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi; }
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

# Restore exactly the packages the committed packages.lock.json files name: a changed dependency that was not
# locked fails here (NU1004) instead of building something else than what was reviewed.
dotnet restore --locked-mode NationalRecognition.sln -nologo -v:q
# Locked mode quietly writes a lock file for a project that has none: every project must have one committed.
if unlocked=$(git ls-files --others --exclude-standard -- '*packages.lock.json' 2>/dev/null) && [[ -n $unlocked ]]; then
  echo "No committed packages.lock.json for: $unlocked" >&2
  echo "Run 'dotnet restore NationalRecognition.sln --force-evaluate' and commit the lock files." >&2
  exit 1
fi
# Formatting as .editorconfig says (whitespace), checked on the files alone before anything is built:
# a drift fails here with its fix. Naming, unused usings and the rest of the style rules are the build's own errors.
if ! dotnet format whitespace . --folder --include 'src/**/*.cs' 'tests/**/*.cs' 'tools/**/*.cs' 'benchmarks/**/*.cs' --verify-no-changes -v:q; then
  echo "Formatting drifted from .editorconfig. Fix it with: dotnet format whitespace . --folder --include 'src/**/*.cs' 'tests/**/*.cs' 'tools/**/*.cs' 'benchmarks/**/*.cs' (then commit)" >&2
  exit 1
fi
dotnet build NationalRecognition.sln -c "$config" --no-restore -nologo -clp:NoSummary -v:q

set +e
dotnet test tests/parallel-tests.slnf -c "$config" --no-build -nologo \
  --results-directory "$results" --blame-hang-timeout 10m \
  2>&1 | tee "$results/console.log"
code=${PIPESTATUS[0]}

# The fault tests start whole clusters as processes and bound failover gaps in seconds: they run alone, after the
# other test assemblies (which run in parallel with each other), so that those do not take the 2 cores from them.
# The upgrade test first builds the previous release (a few minutes on 2 cores, more on a busy machine): a longer
# hang timeout than the other assemblies'.
dotnet test tests/NationalRecognition.FaultTests -c "$config" --no-build -nologo \
  --results-directory "$results" --blame-hang-timeout 25m \
  2>&1 | tee -a "$results/console.log"
fault_code=${PIPESTATUS[0]}
[[ $fault_code -ne 0 && $code -eq 0 ]] && code=$fault_code

# The deployment (k8s/, helm/, docker/), offline: renders, Kubernetes API schemas, chart values, Dockerfile lint.
bash tools/deploy-check/run.sh "$results/deploy-check.tap"
deploy_code=$?
set -e
[[ $deploy_code -ne 0 && $code -eq 0 ]] && code=$deploy_code
tap_count() { awk -v key="# $1" '$1 " " $2 == key { n = $3 } END { print n + 0 }' "$results/deploy-check.tap" 2>/dev/null || echo 0; }
deploy_failed=$(tap_count fail)
# A run that failed before its tests reported (an install, a crash) still counts as a failure.
[[ $deploy_code -ne 0 && $deploy_failed -eq 0 ]] && deploy_failed=1

# The failed tests' names near the end, where a CI log's tail shows them (each assembly reports its own far above).
if failed_names=$(grep -E '^[[:space:]]+Failed [A-Za-z_]' "$results/console.log" | sort -u) && [[ -n $failed_names ]]; then
  echo "failed tests:"
  echo "$failed_names"
fi
grep -E '^not ok ' "$results/deploy-check.tap" 2>/dev/null | sed 's/^/failed deployment check: /' || true
# One closing line for CI: sum what each test assembly and the deployment checks reported.
awk -v dp="$(tap_count pass)" -v df="$deploy_failed" -v ds="$(tap_count skipped)" \
    '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  { f += $(i+1) + 0 }
         if ($i == "Passed:")  { p += $(i+1) + 0 }
         if ($i == "Skipped:") { s += $(i+1) + 0 }
       }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p + dp, f + df, s + ds }' "$results/console.log"
exit "$code"
