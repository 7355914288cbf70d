#!/usr/bin/env bash
# The import benchmark (issue [8]), in one command: the platform in PostgreSQL mode (stand-in identity provider, one
# silo, the gateway) on a throw-away PostgreSQL with the submission benchmark's settings; a generated NDJSON file of
# IMPORT_RECORDS exchange certificates imported by `recognition import`; prints records/s and adds a section to
# docs/benchmarks.md under "Import". Not part of the test suite.
#
#   IMPORT_RECORDS=100000 IMPORT_PARALLEL=4 bash benchmarks/import.sh
#
# Everything it starts listens on 127.0.0.1 and is stopped when it exits.
set -euo pipefail
trap 'echo "import benchmark failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
ROOT=$(pwd)
# shellcheck source=lib/quiet.sh
source "$ROOT/benchmarks/lib/quiet.sh"   # the busy-machine guard: other work's CPU during the import

: "${IMPORT_RECORDS:=100000}"
: "${IMPORT_PARALLEL:=4}"      # batches in flight (recognition import --parallel)
: "${IMPORT_BATCH_SIZE:=1000}"
: "${IMPORT_REPORT=docs/benchmarks.md}"
: "${IMPORT_SKIP_BUILD:=0}"
: "${IMPORT_REFERENCE:=1273-1581}"  # the reference's submits/s in docs/benchmarks.md (lowest-highest of recent runs)
RESULTS=$ROOT/artifacts/benchmarks/import-$(date -u +%Y%m%dT%H%M%SZ)
LOGS=$RESULTS/logs
mkdir -p "$LOGS"
PG_BIN=/usr/lib/postgresql/15/bin
PG_SETTINGS="max_connections=300 shared_buffers=1GB effective_cache_size=4GB work_mem=16MB maintenance_work_mem=256MB wal_buffers=16MB max_wal_size=4GB checkpoint_timeout=15min random_page_cost=1.1 fsync=on synchronous_commit=on"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { echo "import benchmark failed: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
wait_http() { local deadline=$((SECONDS + $2)); until curl -fsS -o /dev/null "$1" 2>/dev/null; do ((SECONDS < deadline)) || die "$1 did not answer (see $LOGS)"; sleep 0.5; done; }

PIDS=()
PG_DIR=
cleanup() {
  local pid
  quiet_stop_all
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n $PG_DIR && -d $PG_DIR ]]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ $IMPORT_SKIP_BUILD != 1 ]]; then
  log "building (Release)"
  dotnet build NationalRecognition.sln -c Release -nologo -v:q >"$LOGS/build.log" 2>&1 || die "build (see $LOGS/build.log)"
fi

PG_DIR=$(mktemp -d /tmp/nr-import-pg.XXXXXX)
[[ $(id -u) -ne 0 ]] || chown postgres:postgres "$PG_DIR"
as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-instructions >"$LOGS/initdb.log" 2>&1
PG_PORT=$(free_port)
options="-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DIR"
for setting in $PG_SETTINGS; do options+=" -c $setting"; done
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -o "$options" start >/dev/null
psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres" -XAtq -c "CREATE DATABASE recognition" >/dev/null
CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=recognition;Maximum Pool Size=100"
log "PostgreSQL 15 on 127.0.0.1:$PG_PORT ($PG_SETTINGS)"

IDP_PORT=$(free_port)
Logging__LogLevel__Default=Warning dotnet tools/NationalRecognition.StandInIdentity/bin/Release/net10.0/NationalRecognition.StandInIdentity.dll \
  --urls "http://127.0.0.1:$IDP_PORT" >"$LOGS/identity.log" 2>&1 &
PIDS+=("$!")
wait_http "http://127.0.0.1:$IDP_PORT/.well-known/openid-configuration" 60

CLUSTER_ENV=(Recognition__Mode=PostgreSql "Recognition__ClusterId=import-$$-$RANDOM" Logging__LogLevel__Default=Warning)
SILO_GATEWAY_PORT=$(free_port)
env "${CLUSTER_ENV[@]}" "Recognition__ConnectionString=$CONNECTION" Recognition__SiloPort="$(free_port)" Recognition__GatewayPort="$SILO_GATEWAY_PORT" \
  dotnet src/NationalRecognition.Silo/bin/Release/net10.0/NationalRecognition.Silo.dll >"$LOGS/silo.log" 2>&1 &
PIDS+=("$!")
HTTP_PORT=$(free_port)
# The client-only gateway finds the silo through its gateway endpoint (ADR 0011); it reads no database.
env "${CLUSTER_ENV[@]}" "Recognition__Gateways__0=127.0.0.1:$SILO_GATEWAY_PORT" \
  Authentication__Jwt__Authority="http://127.0.0.1:$IDP_PORT" Authentication__Jwt__RequireHttpsMetadata=false \
  Authentication__Jwt__RoleClaimIssuers__0="http://127.0.0.1:$IDP_PORT" \
  RateLimiting__Feed__PermitLimit=1000000000 \
  dotnet src/NationalRecognition.Gateway/bin/Release/net10.0/NationalRecognition.Gateway.dll --urls "http://127.0.0.1:$HTTP_PORT" >"$LOGS/gateway.log" 2>&1 &
PIDS+=("$!")
wait_http "http://127.0.0.1:$HTTP_PORT/health/ready" 180
log "platform at http://127.0.0.1:$HTTP_PORT"

TOKEN=$(curl -fsS -X POST "http://127.0.0.1:$IDP_PORT/token" -H 'content-type: application/json' -d '{"sub":"exchange-feed","role":"ExchangeFeed"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
curl -fsS -X POST "http://127.0.0.1:$HTTP_PORT/graphql" -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \
  -d '{"query":"mutation { publishInDemandProfessions(year: 2025, professions: [{code: \"2511-0-07\", nameKk: \"Деректер талдаушысы\", nameRu: \"Аналитик данных\"}]) { version } }"}' >"$LOGS/professions.json"

FILE=$RESULTS/certificates.ndjson
log "generating $IMPORT_RECORDS certificates"
python3 - "$IMPORT_RECORDS" "$FILE" <<'PY'
import json, random, sys
def iin(rng):
    # A valid synthetic IIN: YYMMDD, century/sex 3-6, serial, check digit (RULES.md); numbers whose both passes give 10 are skipped.
    while True:
        d = [*f"{rng.randint(70, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}", str(rng.choice([3, 4])), *f"{rng.randint(0, 9999):04d}"]
        d = [int(x) for x in d]
        c = sum(w * x for w, x in zip(range(1, 12), d)) % 11
        if c == 10:
            c = sum(w * x for w, x in zip([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], d)) % 11
        if c != 10:
            return "".join(map(str, d)) + str(c)
rng = random.Random(8)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(int(sys.argv[1])):
        out.write(json.dumps({"number": f"ENB-BENCH-{i:07d}", "learnerIin": iin(rng), "professionCode": "2511-0-07",
                              "courseName": "Data analysis with SQL", "hours": 72, "grade": "87%", "issueDate": "2025-06-20",
                              "trainingProvider": "Astana IT training centre"}, ensure_ascii=False) + "\n")
PY

LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)
log "importing (batch $IMPORT_BATCH_SIZE, $IMPORT_PARALLEL in flight); load average $LOAD_BEFORE"
quiet_ensure_harness
quiet_start import "$RESULTS" "$$" "$(head -n 1 "$PG_DIR/data/postmaster.pid")"
dotnet tools/NationalRecognition.Importer/bin/Release/net10.0/recognition.dll import "$FILE" --gateway "http://127.0.0.1:$HTTP_PORT" \
  --identity "http://127.0.0.1:$IDP_PORT" --batch-size "$IMPORT_BATCH_SIZE" --parallel "$IMPORT_PARALLEL" --no-progress | tee "$RESULTS/import.log"
quiet_stop import "$RESULTS"
OTHER=$(quiet_percent "$RESULTS/quiet-import.json")
if [[ $(quiet_verdict "$RESULTS/quiet-import.json") == quiet ]]; then
  MACHINE="**quiet**: other work (processes this script did not start) took $OTHER % of the machine's CPU during the import (limit: $BENCH_QUIET_MAX_CORES of a core averaged)."
else
  MACHINE="**VOID (busy machine)**: other work (processes this script did not start) took $OTHER % of the machine's CPU during the import (limit: $BENCH_QUIET_MAX_CORES of a core averaged); these numbers decide nothing."
fi
LINE=$(grep -E 'records in .* s this run' "$RESULTS/import.log" | tail -n 1)
RATE=$(sed -E 's/.*\(([0-9,]+) records\/s\).*/\1/' <<<"$LINE" | tr -d ,)
SECONDS_TAKEN=$(sed -E 's/.* records in ([0-9.,]+) s .*/\1/' <<<"$LINE" | tr -d ,)
STORED=$(psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=recognition" -XAtq -c "SELECT count(*) FROM recognition_state WHERE grain_type = 'certificate'")
log "$RATE records/s; $STORED certificates stored"

SECTION=$(cat <<MD

### $(date -u '+%Y-%m-%d %H:%M') UTC — recognition import, $IMPORT_RECORDS certificates

- Verdict: $MACHINE
- Command: \`IMPORT_RECORDS=$IMPORT_RECORDS IMPORT_PARALLEL=$IMPORT_PARALLEL IMPORT_BATCH_SIZE=$IMPORT_BATCH_SIZE bash benchmarks/import.sh\`
- Machine: $(nproc) cores, load average (1, 5, 15 min) at the start of the import: $LOAD_BEFORE.
- Platform: PostgreSQL mode, one silo, the gateway, the stand-in identity provider; PostgreSQL 15 with the submission benchmark's settings (fsync and synchronous_commit on).

| measure | value |
| --- | --- |
| certificates imported (new) | $IMPORT_RECORDS |
| certificates stored afterwards | $STORED |
| seconds | $SECONDS_TAKEN |
| import records/s | $RATE |
| reference submits/s (IMPORT_REFERENCE, from the submission runs above) | $IMPORT_REFERENCE |
| import / reference submits | $(python3 -c "lo, hi = [float(x) for x in '$IMPORT_REFERENCE'.replace(',', '').split('-')]; print(f'{$RATE/hi:.2f}–{$RATE/lo:.2f}')") |
MD
)
echo "$SECTION" >"$RESULTS/section.md"
if [[ -n $IMPORT_REPORT ]]; then
  python3 - "$IMPORT_REPORT" "$RESULTS/section.md" <<'PY'
import sys
path, section = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(path, encoding="utf-8").read()
heading = "\n## Import (issue [8])\n"
if heading not in text:
    text = text.rstrip("\n") + "\n" + heading + "\nRecords/s of `recognition import` into the platform (PostgreSQL mode), beside the reference's submits/s of the runs above; target at least 0.5× the reference. Newest run first.\n"
i = text.index(heading) + len(heading)
intro_end = text.index("Newest run first.\n", i) + len("Newest run first.\n")
text = text[:intro_end] + section + "\n" + text[intro_end:]
open(path, "w", encoding="utf-8").write(text)
PY
  log "added to $IMPORT_REPORT"
fi
