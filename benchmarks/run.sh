#!/usr/bin/env bash
# The submission benchmark, in one command (benchmarks/README.md): the platform in PostgreSQL mode against the
# reference implementation, on one machine, with wrk; prints the table and adds it to docs/benchmarks.md.
# Not part of the test suite: .ci/run never calls this.
#
# Everything it starts listens on 127.0.0.1 only and is stopped when it exits (even on failure or Ctrl+C).
set -euo pipefail
trap 'echo "benchmark failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
ROOT=$(pwd)
# shellcheck source=lib/quiet.sh
source "$ROOT/benchmarks/lib/quiet.sh"   # the busy-machine guard: other work's CPU during each measured run

# ---- parameters (environment) ---------------------------------------------------------------------------------
: "${BENCH_WARMUP:=5s}"                 # an unmeasured submit run first (JIT, pools, activations); 0 to skip
: "${BENCH_WARMUP_PERIOD:=2031-spring}" # … into another period of the same institution (payloads/seed), not the backlog
: "${BENCH_DURATION:=30s}"              # each measured submit run
: "${BENCH_STATUS_DURATION:=15s}"       # the status-read run
: "${BENCH_CONNECTIONS:=32}"
: "${BENCH_THREADS:=2}"                 # wrk threads
: "${BENCH_SMALL_BACKLOG:=1000}"        # applications already in the period at the first submit run
: "${BENCH_LARGE_BACKLOG:=10000}"       # … at the second (the question is 100000: see README for the time it takes)
: "${BENCH_PRELOAD_MAX:=180}"           # seconds the preload towards BENCH_LARGE_BACKLOG may take; 0: no limit
: "${BENCH_PRELOAD_CONCURRENCY:=64}"
: "${BENCH_COUNT_SUBMISSIONS:=200}"     # the batch whose SQL statements and transactions are counted (part of the backlog)
: "${BENCH_COUNT_SETTLE:=65s}"          # wait after it for deferred work (the projector's read-model writes; 65 s as in earlier runs)
: "${BENCH_LEARNERS:=2000}"             # distinct learners (valid IINs, one token each for the platform)
: "${BENCH_CONTENDERS:=reference platform}"
: "${BENCH_LABEL:=benchmark run}"
: "${BENCH_REPORT=docs/benchmarks.md}"  # set it empty to keep the table in the results folder only
: "${BENCH_SKIP_BUILD:=0}"
: "${BENCH_TOPOLOGY:=cohosted}"         # cohosted: each gateway hosts a silo; separate: silo processes and gateway clients
: "${BENCH_GATEWAYS:=1}"                # gateway processes (wrk's connections are shared out between them)
: "${BENCH_SILOS:=$([[ $BENCH_TOPOLOGY == separate ]] && echo 1 || echo 0)}"  # silo processes besides the gateways
: "${BENCH_BASELINE:=}"                 # results folder of an earlier run: the report compares this one with it (within 5 %)
: "${BENCH_TRACE:=0}"                   # 1: CPU-sample each contender process over the first submit run (perf)
: "${BENCH_RESULTS:=artifacts/benchmarks/$(date -u +%Y%m%dT%H%M%SZ)}"

COMMAND_LINE="$(env | { grep -E '^BENCH_(WARMUP|DURATION|STATUS_DURATION|CONNECTIONS|THREADS|SMALL_BACKLOG|LARGE_BACKLOG|PRELOAD_CONCURRENCY|PRELOAD_MAX|COUNT_SUBMISSIONS|COUNT_SETTLE|LEARNERS|CONTENDERS|TOPOLOGY|GATEWAYS|SILOS|CONNECTION_OPTIONS)=' || true; } | sort | sed -E 's/=(.*)/="\1"/' | tr '\n' ' ')bash benchmarks/run.sh"
PG_BIN=/usr/lib/postgresql/15/bin
PAYLOADS=$ROOT/benchmarks/payloads
SEED=$PAYLOADS/seed
RESULTS=$ROOT/$BENCH_RESULTS
LOGS=$RESULTS/logs
mkdir -p "$RESULTS" "$LOGS"
BIN=$(jq -r '.variables.bin' "$SEED/1-register-institution.json")

# Same settings for both contenders: a developer's server with durable commits (fsync and synchronous_commit on).
PG_SETTINGS="max_connections=300 shared_buffers=1GB effective_cache_size=4GB work_mem=16MB maintenance_work_mem=256MB wal_buffers=16MB max_wal_size=4GB checkpoint_timeout=15min random_page_cost=1.1 fsync=on synchronous_commit=on"

log() { printf '\n[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { echo "benchmark failed: $*" >&2; exit 1; }

# ---- tools ------------------------------------------------------------------------------------------------------
ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v jq >/dev/null || missing+=(jq)
  command -v curl >/dev/null || missing+=(curl)
  command -v psql >/dev/null || missing+=(postgresql-client-15)
  [[ -x $PG_BIN/pg_ctl ]] || missing+=(postgresql-15)
  if ((${#missing[@]})); then
    log "installing ${missing[*]} (Debian packages)"
    [[ $(id -u) -eq 0 ]] || die "run as root or install: apt-get install -y ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >"$LOGS/apt.log" 2>&1 || {
      apt-get update -qq >>"$LOGS/apt.log" 2>&1
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >>"$LOGS/apt.log" 2>&1 || die "apt-get install ${missing[*]} (see $LOGS/apt.log)"
    }
  fi
  [[ $BENCH_TRACE != 1 ]] || command -v perf >/dev/null || die "BENCH_TRACE=1 needs perf (Debian: linux-perf)"
}

# ---- processes we start, and only those, are stopped on exit -----------------------------------------------------
PIDS=()
PG_DIR=
stop_pid() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}
stop_all() {
  local pid
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do stop_pid "${PIDS[i]}"; done
  PIDS=()
}
cleanup() {
  quiet_stop_all
  stop_all
  if [[ -n $PG_DIR && -d $PG_DIR ]]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    cp "$PG_DIR/server.log" "$LOGS/postgresql.log" 2>/dev/null || true
    rm -rf "$PG_DIR"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

HARNESS_DLL=$ROOT/benchmarks/NationalRecognition.Benchmarks/bin/Release/net10.0/NationalRecognition.Benchmarks.dll
harness() { dotnet "$HARNESS_DLL" "$@"; }

wait_http() { # url seconds [pid]
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    [[ -z ${3:-} ]] || kill -0 "$3" 2>/dev/null || die "the process for $1 exited (see $LOGS)"
    ((SECONDS < deadline)) || die "$1 did not answer within $2 s (see $LOGS)"
    sleep 0.5
  done
}

# ---- PostgreSQL -------------------------------------------------------------------------------------------------
start_postgres() {
  PG_DIR=$(mktemp -d /tmp/nr-bench-pg.XXXXXX)
  [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$PG_DIR"
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-instructions >"$LOGS/initdb.log" 2>&1
  PG_PORT=$(harness free-port)
  local options="-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DIR -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.max=5000"
  for setting in $PG_SETTINGS; do options+=" -c $setting"; done
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -o "$options" start >/dev/null
  psql_admin "CREATE EXTENSION pg_stat_statements" >/dev/null
  for db in reference recognition; do psql_admin "CREATE DATABASE $db" >/dev/null; done
  log "PostgreSQL 15 on 127.0.0.1:$PG_PORT ($PG_SETTINGS)"
}
psql_admin() { psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres" -XAtq -v ON_ERROR_STOP=1 -F $'\t' -c "$1"; }
connection_string() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$1;Maximum Pool Size=100${BENCH_CONNECTION_OPTIONS:+;$BENCH_CONNECTION_OPTIONS}"; }

# Statement and transaction counts of one database over a counted batch of submissions, every one answered, and
# the settle time after it. Statement counts are exact at once; transaction counts reach pg_stat_database when idle
# backends flush (within ~10 s), hence the wait before the first snapshot (and a settle time of at least 11 s).
XACT_BEFORE=0
sql_counts_start() {
  sleep 11
  XACT_BEFORE=$(psql_admin "SELECT xact_commit FROM pg_stat_database WHERE datname = '$1'")
  psql_admin "SELECT pg_stat_statements_reset()" >/dev/null
}
# DISCARD ALL is Npgsql resetting a pooled connection; it travels with the next command (no round trip of its
# own) but is a statement and a transaction of its own, so it is counted apart.
sql_counts_end() { # database contender submissions
  local statements resets xact_after where="FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '$1'"
  statements=$(psql_admin "SELECT coalesce(sum(s.calls), 0) $where AND s.query <> 'DISCARD ALL'")
  resets=$(psql_admin "SELECT coalesce(sum(s.calls), 0) $where AND s.query = 'DISCARD ALL'")
  psql_admin "SELECT s.calls, left(regexp_replace(s.query, '\s+', ' ', 'g'), 220) $where ORDER BY s.calls DESC LIMIT 12" >"$RESULTS/sql-$2-top.tsv"
  xact_after=$(psql_admin "SELECT xact_commit FROM pg_stat_database WHERE datname = '$1'")
  printf '{"submissions":%s,"statements":%s,"resets":%s,"transactions":%s}\n' \
    "$3" "$statements" "$resets" "$((xact_after - XACT_BEFORE - resets))" >"$RESULTS/sql-$2.json"
}

# CPU time (clock ticks) of the contender's processes and of the whole PostgreSQL server over one measured run.
CLK_TCK=$(getconf CLK_TCK)
CONTENDER_PIDS=()
ticks_of() { # pid [with-reaped-children]
  [[ -r /proc/$1/stat ]] || { echo 0; return; }
  sed 's/^.*) //' "/proc/$1/stat" | awk -v children="${2:-0}" '{ print $12 + $13 + (children ? $14 + $15 : 0) }'
}
postmaster_pid() { head -n 1 "$PG_DIR/data/postmaster.pid"; }
postgres_ticks() {
  local postmaster total child
  postmaster=$(postmaster_pid)
  total=$(ticks_of "$postmaster" 1)
  for child in $(ps -o pid= --ppid "$postmaster"); do total=$((total + $(ticks_of "$child"))); done
  echo "$total"
}
app_ticks() { local total=0 pid; for pid in "${CONTENDER_PIDS[@]}"; do total=$((total + $(ticks_of "$pid"))); done; echo "$total"; }
CPU_APP_BEFORE=0
CPU_PG_BEFORE=0
declare -A CPU_PROCESS_BEFORE=()
cpu_start() {
  CPU_APP_BEFORE=$(app_ticks); CPU_PG_BEFORE=$(postgres_ticks)
  local pid; for pid in "${CONTENDER_PIDS[@]}"; do CPU_PROCESS_BEFORE[$pid]=$(ticks_of "$pid"); done
}
cpu_end() { # contender
  printf '{"app_ticks":%s,"postgres_ticks":%s,"ticks_per_second":%s}\n' \
    "$(($(app_ticks) - CPU_APP_BEFORE))" "$(($(postgres_ticks) - CPU_PG_BEFORE))" "$CLK_TCK" >"$RESULTS/cpu-$1-small.json"
  local pid  # per process, for finding where the time goes (not in the table)
  for pid in "${CONTENDER_PIDS[@]}"; do
    echo "$(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -oE '[A-Za-z.]+\.dll' | head -n 1) $(($(ticks_of "$pid") - ${CPU_PROCESS_BEFORE[$pid]:-0})) ticks"
  done >"$RESULTS/cpu-$1-small-by-process.txt"
}

# BENCH_TRACE=1: CPU samples (perf, with the runtime's perf maps for JIT-compiled code) of each contender process
# over the first submit run, and the functions most often on CPU: for finding where the time goes.
TRACE_PIDS=()
trace_start() { # contender
  [[ $BENCH_TRACE == 1 ]] || return 0
  local pid
  for pid in "${CONTENDER_PIDS[@]}"; do
    perf record -F 499 -g -p "$pid" -o "$RESULTS/perf-$1-$pid.data" >"$LOGS/perf-$1-$pid.log" 2>&1 &
    TRACE_PIDS+=("$!")
  done
}
trace_end() { # contender
  [[ $BENCH_TRACE == 1 ]] || return 0
  local pid
  for pid in "${TRACE_PIDS[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
  for pid in "${TRACE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  TRACE_PIDS=()
  for pid in "${CONTENDER_PIDS[@]}"; do
    perf report -i "$RESULTS/perf-$1-$pid.data" --no-children --sort dso,symbol --stdio 2>/dev/null | grep -v '^$' | head -n 400 >"$RESULTS/perf-$1-$pid-self.txt" || true
    perf report -i "$RESULTS/perf-$1-$pid.data" --children --sort symbol --stdio -g none 2>/dev/null | grep -v '^$' | head -n 400 >"$RESULTS/perf-$1-$pid-children.txt" || true
  done
}

# ---- wrk ----------------------------------------------------------------------------------------------------------
run_wrk() { # name script url(s, space-separated: one wrk per gateway, connections shared out) duration [VAR=value…]
  local name=$1 script=$2 urls=($3) duration=$4
  shift 4
  local count=${#urls[@]} connections threads i
  connections=$((BENCH_CONNECTIONS / count))
  threads=$((BENCH_THREADS < connections ? BENCH_THREADS : connections))
  ((count == 1)) || threads=1
  log "wrk $name: $BENCH_CONNECTIONS connections over $count gateway(s), $duration"
  echo "$name $(cut -d ' ' -f 1-3 /proc/loadavg)" >>"$RESULTS/loadavg.txt"  # the machine may be shared: say how busy
  # Measured runs (not the warm-up): the CPU of processes this script did not start, from the run's start to its end.
  local measured=1
  [[ $name != warmup-* ]] || measured=0
  ((measured == 0)) || quiet_start "$name" "$RESULTS" "$$" "$(postmaster_pid)"
  local wrk_pids=()
  for i in "${!urls[@]}"; do
    local part=$name
    ((count == 1)) || part=$name.part$i
    env "$@" BENCH_LUA_DIR="$ROOT/benchmarks/wrk" BENCH_RESULT="$RESULTS/$part.json" \
      wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency \
      -s "$ROOT/benchmarks/wrk/$script" "${urls[$i]}" >"$LOGS/wrk-$part.log" 2>&1 &
    wrk_pids+=("$!")
  done
  for i in "${!wrk_pids[@]}"; do wait "${wrk_pids[$i]}" || die "wrk $name (see $LOGS/wrk-$name*.log)"; done
  ((measured == 0)) || quiet_stop "$name" "$RESULTS"
  if ((count > 1)); then
    # One result for the run: counts add up, the duration is the longest, latency percentiles are the worst part's.
    jq -s '{requests: (map(.requests) | add), duration_us: (map(.duration_us) | max), ok: (map(.ok) | add),
      failed: (map(.failed) | add), socket_errors: (map(.socket_errors) | add), timeouts: (map(.timeouts) | add),
      mean_us: ((map(.mean_us * .requests) | add) / ([(map(.requests) | add), 1] | max)),
      p50_us: (map(.p50_us) | max), p90_us: (map(.p90_us) | max), p99_us: (map(.p99_us) | max), max_us: (map(.max_us) | max)}' \
      "$RESULTS/$name".part*.json >"$RESULTS/$name.json"
    cat "$RESULTS/$name".part*.json.failure.txt >"$RESULTS/$name.json.failure.txt" 2>/dev/null || rm -f "$RESULTS/$name.json.failure.txt"
  fi
  for i in "${!urls[@]}"; do tail -n 1 "$LOGS/wrk-$name$( ((count == 1)) || echo ".part$i").log"; done
  [[ ! -s $RESULTS/$name.json.failure.txt ]] || echo "  first failure: $(head -c 400 "$RESULTS/$name.json.failure.txt")"
}
ok_of() { jq -r '.ok' "$RESULTS/$1.json"; }

preload() { # contender url size-name count learners [concurrency] [max-seconds]
  local count=$4 concurrency=${6:-$BENCH_PRELOAD_CONCURRENCY} limit=${7:-0}
  ((count > 0)) || { echo '{"count":0,"stored":0,"failed":0,"seconds":0,"concurrency":0}' >"$RESULTS/preload-$1-$3.json"; return 0; }
  log "preload $1 ($3): $count submissions at concurrency $concurrency"
  harness preload --target "$1" --url "${2%% *}" --payloads "$PAYLOADS" --learners "$5" --count "$count" \
    --concurrency "$concurrency" --key-prefix "preload-$3" --ids "$RESULTS/ids-$1.txt" \
    --result "$RESULTS/preload-$1-$3.json" --max-seconds "$limit" || die "preload $1 $3"
}

# The common sequence: a counted batch (SQL statements and transactions, while nothing else runs) → warm-up (into
# another period) → the rest of the backlog → submit run (with CPU counts) → status run → bigger backlog → submit
# run. Every submission into the measured period counts towards its backlog, the counted batch's too.
measure() { # contender url database learners submit-path [platform-only VAR=value…]
  local contender=$1 url=$2 database=$3 learners=$4 path=$5
  shift 5
  local extra=("$@")
  local template=$RESULTS/templates/submit-$contender.json
  local counted=$((BENCH_COUNT_SUBMISSIONS < BENCH_SMALL_BACKLOG ? BENCH_COUNT_SUBMISSIONS : BENCH_SMALL_BACKLOG))
  sql_counts_start "$database"
  preload "$contender" "$url" counted "$counted" "$learners" "$BENCH_CONNECTIONS"
  log "settling $BENCH_COUNT_SETTLE: deferred work of the counted batch reaches PostgreSQL"
  sleep "$BENCH_COUNT_SETTLE"
  sql_counts_end "$database" "$contender" "$counted"
  if [[ $BENCH_WARMUP != 0 ]]; then
    run_wrk "warmup-$contender" submit.lua "$url" "$BENCH_WARMUP" BENCH_TEMPLATE="$RESULTS/templates/submit-$contender-warmup.json" \
      BENCH_LEARNERS="$learners" BENCH_KEY_PREFIX=warmup BENCH_PATH="$path" "${extra[@]}"
  fi
  preload "$contender" "$url" small "$((BENCH_SMALL_BACKLOG - counted))" "$learners"
  [[ -s $RESULTS/ids-$contender.txt ]] || die "no application ids to read (BENCH_SMALL_BACKLOG must be at least 1)"
  cpu_start
  trace_start "$contender"
  run_wrk "submit-$contender-small" submit.lua "$url" "$BENCH_DURATION" BENCH_TEMPLATE="$template" \
    BENCH_LEARNERS="$learners" BENCH_KEY_PREFIX=run-small BENCH_PATH="$path" "${extra[@]}"
  trace_end "$contender"
  cpu_end "$contender"
  run_wrk "status-$contender" status.lua "$url" "$BENCH_STATUS_DURATION" BENCH_IDS="$RESULTS/ids-$contender.txt" \
    BENCH_TARGET="$contender" BENCH_TEMPLATE="$RESULTS/templates/status-platform.json" "${extra[@]}"
  local stored=$((BENCH_SMALL_BACKLOG + $(ok_of "submit-$contender-small")))
  preload "$contender" "$url" large "$((BENCH_LARGE_BACKLOG - stored))" "$learners" "$BENCH_PRELOAD_CONCURRENCY" "$BENCH_PRELOAD_MAX"
  run_wrk "submit-$contender-large" submit.lua "$url" "$BENCH_DURATION" BENCH_TEMPLATE="$template" \
    BENCH_LEARNERS="$learners" BENCH_KEY_PREFIX=run-large BENCH_PATH="$path" "${extra[@]}"
}

# ---- contenders -------------------------------------------------------------------------------------------------
run_reference() {
  log "reference implementation"
  local port pid
  port=$(harness free-port)
  Reference__ConnectionString="$(connection_string reference)" Reference__SeedDirectory="$SEED" \
    Logging__LogLevel__Default=Warning \
    dotnet benchmarks/NationalRecognition.Reference/bin/Release/net10.0/NationalRecognition.Reference.dll \
    --urls "http://127.0.0.1:$port" >"$LOGS/reference.log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  CONTENDER_PIDS=("$pid")
  wait_http "http://127.0.0.1:$port/health" 60 "$pid"
  harness learners --count "$BENCH_LEARNERS" --out "$RESULTS/learners-reference.tsv"
  measure reference "http://127.0.0.1:$port" reference "$RESULTS/learners-reference.tsv" /submit
  stop_all
}

run_platform() {
  log "platform (PostgreSQL mode): stand-in identity provider, silo, gateway"
  local idp_port http_port cluster pid token
  idp_port=$(harness free-port)
  Logging__LogLevel__Default=Warning \
    dotnet tools/NationalRecognition.StandInIdentity/bin/Release/net10.0/NationalRecognition.StandInIdentity.dll \
    --urls "http://127.0.0.1:$idp_port" >"$LOGS/stand-in-identity.log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  wait_http "http://127.0.0.1:$idp_port/.well-known/openid-configuration" 60 "$pid"

  # Our own ClusterId and free ports: nothing else on this machine can join or answer for this cluster.
  cluster="bench-$$-$RANDOM"
  local cluster_env=(DOTNET_PerfMapEnabled="$BENCH_TRACE" DOTNET_EnableWriteXorExecute="$((1 - BENCH_TRACE))" Recognition__Mode=PostgreSql
    "Recognition__ClusterId=$cluster" Logging__LogLevel__Default=Warning)
  # Silos (and gateways that host one) keep the cluster in PostgreSQL; the client-only gateway reads no database.
  local database_env=("Recognition__ConnectionString=$(connection_string recognition)")
  # BENCH_TOPOLOGY=separate: BENCH_SILOS silo processes and BENCH_GATEWAYS gateways calling them as clients;
  # cohosted: BENCH_GATEWAYS gateways each hosting a silo, and BENCH_SILOS more silo processes beside them.
  local silos=$BENCH_SILOS gateways=$BENCH_GATEWAYS i http_urls=() gateway_pids=() silo_pids=() silo_gateways=() silo_gateway_port
  [[ $BENCH_TOPOLOGY == separate || $BENCH_TOPOLOGY == cohosted ]] || die "BENCH_TOPOLOGY is cohosted or separate, not $BENCH_TOPOLOGY"
  [[ $BENCH_TOPOLOGY == cohosted || $silos -ge 1 ]] || die "BENCH_TOPOLOGY=separate needs BENCH_SILOS of at least 1"
  for ((i = 0; i < silos; i++)); do
    silo_gateway_port=$(harness free-port)
    silo_gateways+=("Recognition__Gateways__$i=127.0.0.1:$silo_gateway_port")
    env "${cluster_env[@]}" "${database_env[@]}" Recognition__SiloPort="$(harness free-port)" Recognition__GatewayPort="$silo_gateway_port" \
      dotnet src/NationalRecognition.Silo/bin/Release/net10.0/NationalRecognition.Silo.dll >"$LOGS/silo-$i.log" 2>&1 &
    silo_pids+=("$!")
    PIDS+=("$!")
  done
  for ((i = 0; i < gateways; i++)); do
    # separate: the client-only gateway, given every silo's gateway endpoint (ADR 0011); cohosted: the gateway that
    # hosts a silo of the cluster (ADR 0008), which joins through the membership table.
    local gateway_env=("${silo_gateways[@]}") gateway_program=NationalRecognition.Gateway
    [[ $BENCH_TOPOLOGY == separate ]] || { gateway_program=NationalRecognition.Gateway.CoHosted
      gateway_env=("${database_env[@]}" Recognition__SiloPort="$(harness free-port)" Recognition__GatewayPort="$(harness free-port)"); }
    http_port=$(harness free-port)
    env "${cluster_env[@]}" "${gateway_env[@]}" \
      Authentication__Jwt__Authority="http://127.0.0.1:$idp_port" Authentication__Jwt__RequireHttpsMetadata=false \
      Authentication__Jwt__RoleClaimIssuers__0="http://127.0.0.1:$idp_port" \
      RateLimiting__Identity__PermitLimit=1000000000 RateLimiting__Anonymous__PermitLimit=1000000000 \
      RateLimiting__Feed__PermitLimit=1000000000 \
      dotnet "src/$gateway_program/bin/Release/net10.0/$gateway_program.dll" \
      --urls "http://127.0.0.1:$http_port" >"$LOGS/gateway-$i.log" 2>&1 &
    gateway_pids+=("$!")
    PIDS+=("$!")
    http_urls+=("http://127.0.0.1:$http_port")
  done
  CONTENDER_PIDS=("${silo_pids[@]}" "${gateway_pids[@]}")
  for i in "${!http_urls[@]}"; do wait_http "${http_urls[$i]}/health/ready" 180 "${gateway_pids[$i]}"; done
  for pid in "${silo_pids[@]}"; do kill -0 "$pid" 2>/dev/null || die "a silo exited (see $LOGS/silo-*.log)"; done
  http_port=${http_urls[0]##*:}

  log "seeding through the API"
  harness seed --graphql "http://127.0.0.1:$http_port/graphql" --token-url "http://127.0.0.1:$idp_port/token" \
    --seed "$SEED" --operations "$ROOT/docs/examples"
  log "minting $BENCH_LEARNERS learner tokens"
  harness learners --count "$BENCH_LEARNERS" --out "$RESULTS/learners-platform.tsv" --token-url "http://127.0.0.1:$idp_port/token"
  token=$(harness token --token-url "http://127.0.0.1:$idp_port/token" --role CommissionChair --bin "$BIN")
  measure platform "${http_urls[*]}" recognition "$RESULTS/learners-platform.tsv" /graphql BENCH_TOKEN="$token"
  stop_all
}

# ---- main -------------------------------------------------------------------------------------------------------
ensure_tools
if [[ $BENCH_SKIP_BUILD != 1 ]]; then
  log "building (Release)"
  dotnet build benchmarks/benchmarks.slnf -c Release -nologo -v:q >"$LOGS/build.log" 2>&1 || { tail -n 30 "$LOGS/build.log"; die "build"; }
fi
harness templates --payloads "$PAYLOADS" --out "$RESULTS/templates" --warmup-period "$BENCH_WARMUP_PERIOD"
start_postgres
for contender in $BENCH_CONTENDERS; do "run_$contender"; done

log "report"
report_out=$BENCH_REPORT
baseline=$BENCH_BASELINE
[[ -z $baseline || $baseline == /* ]] || baseline=$ROOT/$baseline
[[ -n $report_out ]] || report_out=$RESULTS/report.md
harness report --results "$RESULTS" --out "$report_out" --introduction "$ROOT/benchmarks/report-introduction.md" \
  --label "$BENCH_LABEL" --command "$COMMAND_LINE" --small "$BENCH_SMALL_BACKLOG" --large "$BENCH_LARGE_BACKLOG" \
  --connections "$BENCH_CONNECTIONS" --threads "$BENCH_THREADS" --warmup "$BENCH_WARMUP" --duration "$BENCH_DURATION" \
  --status-duration "$BENCH_STATUS_DURATION" --pg-settings "$PG_SETTINGS" \
  --count "$BENCH_COUNT_SUBMISSIONS at concurrency $BENCH_CONNECTIONS, settled $BENCH_COUNT_SETTLE" \
  --preload-max-seconds "$BENCH_PRELOAD_MAX" --baseline "$baseline"
log "results in $BENCH_RESULTS; table added to $report_out"
log "machine during the measured runs: $(quiet_verdict "$RESULTS"/quiet-*.json)"
