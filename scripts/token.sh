#!/usr/bin/env bash
# Mints a local-mode token (see README, "Roles and local tokens") with the Release build that scripts/run.sh made:
# no second (Debug) build. Builds Release first only when it is missing. Arguments go to the `token` command, e.g.
#   bash scripts/token.sh --role CommissionChair --bin 990840000347
# `bash scripts/token.sh --help` lists the options and roles.
set -euo pipefail
cd "$(dirname "$0")/.."
dll=src/NationalRecognition.Gateway.CoHosted/bin/Release/net10.0/NationalRecognition.Gateway.CoHosted.dll
if [[ ! -f "$dll" ]]; then
  dotnet build src/NationalRecognition.Gateway.CoHosted -c Release -nologo -v:q >&2
fi
exec dotnet "$dll" token "$@"
