#!/usr/bin/env bash
# The platform alone in several process layouts on one machine (benchmarks/README.md, "Scale-out"): each layout is
# one run of benchmarks/run.sh with a small backlog; the table goes to the top of docs/benchmarks.md's runs.
# Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
# shellcheck source=lib/quiet.sh
source "$ROOT/benchmarks/lib/quiet.sh"   # each run.sh records other work's CPU; the table's verdict reads it
: "${BENCH_SCALE_LAYOUTS:=cohosted:1:0 cohosted:2:0 separate:2:1 separate:2:2 separate:2:3}"  # topology:gateways:silos
: "${BENCH_DURATION:=15s}"
: "${BENCH_REPORT=docs/benchmarks.md}"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
ROOT_RESULTS=artifacts/benchmarks/scale-out-$STAMP
mkdir -p "$ROOT_RESULTS"
if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  dotnet build benchmarks/benchmarks.slnf -c Release -nologo -v:q >"$ROOT_RESULTS/build.log" 2>&1 || { tail -n 30 "$ROOT_RESULTS/build.log"; exit 1; }
fi

rows=()
for layout in $BENCH_SCALE_LAYOUTS; do
  IFS=: read -r topology gateways silos <<<"$layout"
  results=$ROOT_RESULTS/$topology-g$gateways-s$silos
  echo "[$(date -u +%H:%M:%S)] layout $topology, $gateways gateway(s), $silos silo process(es)"
  BENCH_CONTENDERS=platform BENCH_TOPOLOGY=$topology BENCH_GATEWAYS=$gateways BENCH_SILOS=$silos \
    BENCH_DURATION=$BENCH_DURATION BENCH_STATUS_DURATION=${BENCH_STATUS_DURATION:-10s} BENCH_WARMUP=${BENCH_WARMUP:-20s} \
    BENCH_LARGE_BACKLOG=${BENCH_SMALL_BACKLOG:-1000} BENCH_COUNT_SETTLE=11s BENCH_REPORT= BENCH_SKIP_BUILD=1 \
    BENCH_RESULTS=$results bash benchmarks/run.sh >"$results.log" 2>&1 || { tail -n 20 "$results.log"; exit 1; }
  submits=$(jq -r '(.ok / (.duration_us / 1e6)) | floor' "$results/submit-platform-small.json")
  p99=$(jq -r '.p99_us / 1000 | . * 10 | round / 10' "$results/submit-platform-small.json")
  reads=$(jq -r '(.ok / (.duration_us / 1e6)) | floor' "$results/status-platform.json")
  failed=$(jq -s -r 'map(.failed + .socket_errors + .timeouts) | add' "$results"/submit-platform-*.json "$results/status-platform.json")
  cpu=$(jq -r --argjson n "$(jq -r '.ok' "$results/submit-platform-small.json")" \
    '"\(.app_ticks / .ticks_per_second * 1000 / $n * 100 | round / 100) | \(.postgres_ticks / .ticks_per_second * 1000 / $n * 100 | round / 100)"' \
    "$results/cpu-platform-small.json")
  load=$(grep '^submit-platform-small' "$results/loadavg.txt" | cut -d ' ' -f 2)
  other=$(quiet_percent "$results/quiet-submit-platform-small.json")
  rows+=("| $topology | $gateways | $silos | $submits | $p99 | $reads | $cpu | $failed | $load | $other % |")
done

verdict=$(quiet_verdict "$ROOT_RESULTS"/*/quiet-*.json)
worst=$(jq -s -r 'map(.cpu.other_fraction) | max * 1000 | round / 10' "$ROOT_RESULTS"/*/quiet-*.json)
{
  echo "### $(date -u '+%Y-%m-%d %H:%M') UTC — scale-out on one machine (benchmarks/scale-out.sh)"
  echo
  if [[ $verdict == quiet ]]; then
    echo "- Verdict: **quiet**: other work (processes the runs did not start) took at most $worst % of the machine's CPU in any measured run (limit: $BENCH_QUIET_MAX_CORES of a core averaged over a run)."
  else
    echo "- Verdict: **VOID (busy machine)**: other work (processes the runs did not start) took up to $worst % of the machine's CPU in a measured run (limit: $BENCH_QUIET_MAX_CORES of a core averaged over a run); these numbers decide nothing."
  fi
  echo "- Machine: $(nproc) cores (nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(. /etc/os-release; echo "$PRETTY_NAME"); .NET $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}')."
  echo "- Command: \`$(env | { grep -E '^BENCH_(SCALE_LAYOUTS|DURATION|STATUS_DURATION|WARMUP|SMALL_BACKLOG)=' || true; } | sort | sed -E 's/=(.*)/="\1"/' | tr '\n' ' ')bash benchmarks/scale-out.sh\`"
  echo "- Each layout: one run of benchmarks/run.sh (platform only), 32 connections shared out over the gateways, ${BENCH_DURATION} submit run into a period of ${BENCH_SMALL_BACKLOG:-1000} applications after a ${BENCH_WARMUP:-20s} warm-up, ${BENCH_STATUS_DURATION:-10s} status-read run; CPU per submission over the submit run, all platform processes together."
  echo
  echo "| topology | gateways | silo processes besides | submits/s | submit p99 ms | status reads/s | app CPU ms per submission | PostgreSQL CPU ms per submission | failed | load (1 min) | other work, share of CPU |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${rows[@]}"
  echo
} >"$ROOT_RESULTS/report.md"
cat "$ROOT_RESULTS/report.md"
if [[ -n $BENCH_REPORT ]]; then
  marker='<!-- runs: newest first (benchmarks/run.sh inserts here) -->'
  python3 - "$BENCH_REPORT" "$ROOT_RESULTS/report.md" "$marker" <<'PY'
import sys
path, report, marker = sys.argv[1:]
text = open(path, encoding="utf-8").read()
table = open(report, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace(marker, marker + "\n\n" + table.rstrip("\n"), 1))
PY
fi
