# Busy-machine guard, sourced by the benchmark scripts (benchmarks/README.md, "Busy machine"). Around each measured
# run: quiet_start samples /proc (the harness's `quiet` command) and attributes the machine's CPU to the processes
# the benchmark started — descendants of the given roots: the script itself (contenders, wrk, pgbench, the
# harness) and PostgreSQL's postmaster — or to other work; quiet_stop prints "other work took X % of the
# machine's CPU during the run" and the verdict, quiet or VOID (busy machine), and leaves it in <dir>/quiet-<name>.json.
#
# The script that sources it sets ROOT (the repository) and may set:
: "${BENCH_QUIET_MAX_CORES:=0.10}"   # other work allowed, in cores averaged over a run (README: why 0.10)
: "${BENCH_QUIET_INTERVAL_MS:=1000}" # how often /proc is sampled

QUIET_HARNESS=$ROOT/benchmarks/NationalRecognition.Benchmarks/bin/Release/net10.0/NationalRecognition.Benchmarks.dll
declare -A QUIET_SAMPLERS=()

quiet_ensure_harness() {
  [[ -f $QUIET_HARNESS ]] || dotnet build "$ROOT/benchmarks/NationalRecognition.Benchmarks" -c Release -nologo -v:q >/dev/null
}

quiet_start() { # name dir root-pid...
  local name=$1 dir=$2
  shift 2
  rm -f "$dir/quiet-$name.stop" "$dir/quiet-$name.ready"
  dotnet "$QUIET_HARNESS" quiet --run "$name" --roots "$*" --stop "$dir/quiet-$name.stop" --ready "$dir/quiet-$name.ready" \
    --out "$dir/quiet-$name.json" --interval-ms "$BENCH_QUIET_INTERVAL_MS" --max-other-cores "$BENCH_QUIET_MAX_CORES" \
    >"$dir/quiet-$name.log" 2>&1 &
  QUIET_SAMPLERS[$name]=$!
  # The window opens with the sampler's first sample: start the run only then.
  local deadline=$((SECONDS + 60))
  until [[ -e $dir/quiet-$name.ready ]]; do
    kill -0 "${QUIET_SAMPLERS[$name]}" 2>/dev/null || { cat "$dir/quiet-$name.log" >&2; return 1; }
    ((SECONDS < deadline)) || { echo "the CPU sampler for $name did not start within 60 s" >&2; return 1; }
    sleep 0.1
  done
}

quiet_stop() { # name dir (not in a pipeline or $(…): it waits for its own child)
  local name=$1 dir=$2
  touch "$dir/quiet-$name.stop"
  wait "${QUIET_SAMPLERS[$name]}" || { cat "$dir/quiet-$name.log" >&2; return 1; }
  unset "QUIET_SAMPLERS[$name]"
  rm -f "$dir/quiet-$name.stop" "$dir/quiet-$name.ready"
  sed 's/^/  /' "$dir/quiet-$name.log"
}

# Samplers still running when the script ends (failure, Ctrl+C): stop them (each also stops once its roots are gone).
quiet_stop_all() {
  local name
  for name in "${!QUIET_SAMPLERS[@]}"; do kill -TERM "${QUIET_SAMPLERS[$name]}" 2>/dev/null || true; done
  QUIET_SAMPLERS=()
}

# "quiet" when every given run was, else "VOID (busy machine)" (a run without its file is not quiet either).
quiet_verdict() { # quiet-*.json...
  (($# > 0)) || { echo "VOID (busy machine)"; return; }
  local file
  for file in "$@"; do
    [[ -f $file && $(jq -r '.quiet' "$file") == true ]] || { echo "VOID (busy machine)"; return; }
  done
  echo quiet
}

# Other work's share of the machine's CPU in one run, as a percentage with one decimal.
quiet_percent() { jq -r '.cpu.other_fraction * 1000 | round / 10' "$1"; }
