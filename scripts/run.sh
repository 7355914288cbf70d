#!/usr/bin/env bash
# Runs the platform all-in-one in local mode: the co-hosted gateway (NationalRecognition.Gateway.CoHosted: the
# GraphQL gateway with a silo in the same process; localhost clustering, in-memory storage, demo data), on
# http://localhost:5080 unless ASPNETCORE_URLS or --urls says otherwise. Extra arguments go to the gateway.
# --no-launch-profile: the project's Properties/launchSettings.json (for IDEs, the same address) would set
# ASPNETCORE_URLS itself and override the caller's.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project src/NationalRecognition.Gateway.CoHosted -c Release --no-launch-profile -- "$@"
