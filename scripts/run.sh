#!/usr/bin/env bash
# Runs the platform in all-in-one local mode: localhost clustering, in-memory storage.
# Extra arguments go to the host (e.g. --urls http://localhost:5081).
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project src/NationalRecognition.Silo -c Release -- "$@"
