#!/usr/bin/env bash
# National statistics read latency (issue [7]): the platform's question "applications, decisions, units, credits,
# median and 90th-percentile decision time, by ministry and region" answered (a) from the statistics aggregates, as
# PostgreSqlStatisticsStore.SumAsync asks it, and (b) by the reference's SQL GROUP BY over an equivalent table of
# applications — side by side in one run, at each size given (default 10000 1000000).
#
#   bash benchmarks/statistics.sh [APPLICATIONS ...]      BENCH_STATS_SECONDS=10 (pgbench time per query)
#
# Seeding: straight in SQL. bench_applications holds one row per application (600 institutions in 20 regions, four
# programme levels, twelve months, statuses and decision times drawn with a fixed seed); statistics_counters (the
# platform's table, migration 0005) is filled from it with the GROUP BY the projector's ledger would have produced
# (facet ALL and facet ISSUER_KIND), and statistics_rollup (migration 0006, the national rollup) from them the same way,
# so both sides hold the same facts. The projector itself is not part of the measurement: this measures reads only.
# The platform's question reads the rollup, as SumAsync does for any question the rollup answers; the same question
# over the full rows (what a drill-down into institutions reads) is measured beside it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/quiet.sh
source "$ROOT/benchmarks/lib/quiet.sh"   # the busy-machine guard: other work's CPU while each size is measured
quiet_ensure_harness
RESULTS=$ROOT/artifacts/benchmarks/statistics-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$RESULTS"
PG_BIN=/usr/lib/postgresql/15/bin
SIZES=${*:-10000 1000000}
SECONDS_PER_QUERY=${BENCH_STATS_SECONDS:-10}
BUCKETS=23
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

PG_DIR=$(mktemp -d /tmp/nr-stats-bench.XXXXXX)
[[ $(id -u) -ne 0 ]] || chown postgres:postgres "$PG_DIR"
cleanup() { quiet_stop_all; as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap cleanup EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-instructions >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$PG_DIR" start >/dev/null
PSQL=(psql "host=127.0.0.1 port=$PORT user=postgres dbname=postgres" -XAtq -v ON_ERROR_STOP=1)
"${PSQL[@]}" -f "$ROOT/src/NationalRecognition.Persistence/Migrations/0005_statistics.sql"
"${PSQL[@]}" -f "$ROOT/src/NationalRecognition.Persistence/Migrations/0006_statistics_rollup.sql"
# The cell keys and published sums of the analysts' read (issue [15], ADR 0013); 0008 resets the projection's checkpoint,
# which lives in 0004's table.
"${PSQL[@]}" -f "$ROOT/src/NationalRecognition.Persistence/Migrations/0004_event_log.sql"
"${PSQL[@]}" -f "$ROOT/src/NationalRecognition.Persistence/Migrations/0008_statistics_cell_keys.sql"

hours_sums=$(for ((i = 1; i <= BUCKETS; i++)); do printf '%ssum(decision_hours[%d])::bigint' "$([[ $i -gt 1 ]] && echo ', ')" "$i"; done)
bucket_counts=$(for ((i = 0; i < BUCKETS; i++)); do printf '%scount(*) FILTER (WHERE decided AND bucket = %d)' "$([[ $i -gt 0 ]] && echo ', ')" "$i"; done)
platform_sql() { # table → the statement SumAsync issues for groupBy [MINISTRY, REGION]
  cat <<SQL
SELECT ministry, region, sum(submitted)::bigint, sum(under_review)::bigint, sum(recognised)::bigint, sum(partly_recognised)::bigint,
       sum(not_recognised)::bigint, sum(withdrawn)::bigint, sum(decided_recognised)::bigint, sum(decided_partly)::bigint,
       sum(decided_not)::bigint, sum(units_recognised)::bigint, sum(units_refused)::bigint, sum(credits_recognised),
       ARRAY[$hours_sums], sum(refusals)::bigint
FROM $1 WHERE facet = @facet GROUP BY ministry, region;
SQL
}
platform_sql statistics_rollup | sed 's/@facet/0/' > "$PG_DIR/platform.sql"
platform_sql statistics_counters | sed 's/@facet/0/' > "$PG_DIR/full-rows.sql"

# The analysts' read (PostgreSqlStatisticsStore.PublishedSumAsync): cell keys in CellKeyMeasures order (1-6 statuses,
# 7-9 outcomes, 10-11 units, 12 credits, 13-35 hour buckets, 36 refusals).
COUNT_MEASURES=(submitted:1 under_review:2 recognised:3 partly_recognised:4 not_recognised:5 withdrawn:6 decided_recognised:7
  decided_partly:8 decided_not:9 units_recognised:10 units_refused:11)
published_sql() { # rollup|full → the statement PublishedSumAsync issues for groupBy [MINISTRY, REGION]
  local sums=() hours=() pair column measure
  for pair in "${COUNT_MEASURES[@]}"; do
    column=${pair%%:*} measure=${pair##*:}
    if [[ $1 == rollup ]]; then sums+=("sum(published[$measure])::bigint"); else sums+=("sum($column + statistics_noise($column, cell_keys[$measure]))::bigint"); fi
  done
  for ((i = 1; i <= BUCKETS; i++)); do
    if [[ $1 == rollup ]]; then hours+=("sum(published[$((12 + i))])::bigint")
    else hours+=("sum(decision_hours[$i] + statistics_noise(decision_hours[$i], cell_keys[$((12 + i))]))::bigint"); fi
  done
  local IFS=,
  if [[ $1 == rollup ]]; then
    echo "SELECT ministry, region, ${sums[*]}, sum(published_credits), ARRAY[${hours[*]}], sum(published[36])::bigint FROM statistics_rollup WHERE facet = 0 GROUP BY ministry, region;"
  else
    echo "SELECT ministry, region, ${sums[*]}, sum(CASE WHEN credits_recognised = 0 THEN 0 ELSE GREATEST(0, credits_recognised + 5 * statistics_noise(decided_recognised + decided_partly, cell_keys[12])) END), ARRAY[${hours[*]}], sum(refusals + statistics_noise(refusals, cell_keys[36]))::bigint FROM statistics_counters WHERE facet = 0 GROUP BY ministry, region;"
  fi
}
published_sql rollup > "$PG_DIR/analysts.sql"
published_sql full > "$PG_DIR/analysts-full-rows.sql"
# The full rows' published figures per rollup row, as the projector keeps them (seeded below from random cell keys).
published_rollup_update() {
  local sums=() pair column measure
  for pair in "${COUNT_MEASURES[@]}"; do column=${pair%%:*} measure=${pair##*:}; sums+=("sum($column + statistics_noise($column, cell_keys[$measure]))::bigint"); done
  sums+=("0")
  for ((i = 1; i <= BUCKETS; i++)); do sums+=("sum(decision_hours[$i] + statistics_noise(decision_hours[$i], cell_keys[$((12 + i))]))::bigint"); done
  sums+=("sum(refusals + statistics_noise(refusals, cell_keys[36]))::bigint")
  local IFS=,
  echo "UPDATE statistics_rollup r SET published = p.published, published_credits = p.credits FROM (SELECT facet, facet_value, ministry, region, month, ARRAY[${sums[*]}] AS published, sum(CASE WHEN credits_recognised = 0 THEN 0 ELSE GREATEST(0, credits_recognised + 5 * statistics_noise(decided_recognised + decided_partly, cell_keys[12])) END) AS credits FROM statistics_counters GROUP BY facet, facet_value, ministry, region, month) p WHERE (r.facet, r.facet_value, r.ministry, r.region, r.month) IS NOT DISTINCT FROM (p.facet, p.facet_value, p.ministry, p.region, p.month);"
}
cat > "$PG_DIR/reference.sql" <<'SQL'
SELECT ministry, region, count(*) FILTER (WHERE status = 0), count(*) FILTER (WHERE status = 1), count(*) FILTER (WHERE status = 2),
       count(*) FILTER (WHERE status = 3), count(*) FILTER (WHERE status = 4), count(*) FILTER (WHERE status = 5),
       sum(units_recognised) FILTER (WHERE decided), sum(units_refused) FILTER (WHERE decided), sum(credits) FILTER (WHERE decided),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FILTER (WHERE decided),
       percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) FILTER (WHERE decided)
FROM bench_applications GROUP BY ministry, region;
SQL

cat > "$PG_DIR/counts.sql" <<'SQL'
SELECT ministry, region, count(*) FILTER (WHERE status = 0), count(*) FILTER (WHERE status = 1), count(*) FILTER (WHERE status = 2),
       count(*) FILTER (WHERE status = 3), count(*) FILTER (WHERE status = 4), count(*) FILTER (WHERE status = 5),
       sum(units_recognised) FILTER (WHERE decided), sum(units_refused) FILTER (WHERE decided), sum(credits) FILTER (WHERE decided)
FROM bench_applications GROUP BY ministry, region;
SQL

latency() { # file → average latency in ms
  as_postgres "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PORT" -U postgres -n -T "$SECONDS_PER_QUERY" -c 1 -f "$1" postgres 2>/dev/null \
    | awk '/latency average/ { print $4 }'
}

echo "| applications | rollup rows read | platform: national rollup (all figures) | GROUP BY over applications, all figures (percentiles exact) | ratio | GROUP BY over applications, counts and sums only | ratio | full rows read | platform: full rows, same question | other work, share of CPU |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
PUBLISHED_ROWS=()
for n in $SIZES; do
  "${PSQL[@]}" -q <<SQL 2>/dev/null
DROP TABLE IF EXISTS bench_applications;
TRUNCATE statistics_counters, statistics_rollup;
SELECT setseed(0.42);
CREATE TABLE bench_applications AS
SELECT g AS id, i.bin AS institution_bin, i.region, i.kind AS institution_kind, i.kind AS programme_level,
       CASE WHEN i.kind < 2 THEN 0 ELSE 1 END AS ministry,
       (date '2025-09-01' + (((g / 600) % 12) || ' months')::interval)::date AS month,
       s.status, s.status IN (2, 3, 4) AS decided,
       CASE s.status WHEN 2 THEN 2 WHEN 3 THEN 1 ELSE 0 END AS units_recognised,
       CASE s.status WHEN 3 THEN 1 WHEN 4 THEN 2 ELSE 0 END AS units_refused,
       CASE s.status WHEN 2 THEN 10 WHEN 3 THEN 5 ELSE 0 END::numeric AS credits,
       h.hours, width_bucket(h.hours, ARRAY[1,2,4,8,12,24,48,72,96,120,144,168,240,336,504,720,1080,1440,2160,2880,4320,8760]) AS bucket,
       (g % 4) AS issuer_kind
FROM generate_series(1, $n) g
CROSS JOIN LATERAL (SELECT lpad(((g % 600) + 100000000000)::text, 12, '0') AS bin, (g % 600) % 20 AS region, ((g % 600) / 20) % 4 AS kind) i
CROSS JOIN LATERAL (SELECT floor(random() * 6)::int AS status) s
CROSS JOIN LATERAL (SELECT (random() * random() * 2000)::numeric(10, 2) AS hours) h;
INSERT INTO statistics_counters (facet, facet_value, ministry, region, institution_kind, institution_bin, programme_level, academic_year, period_id, month,
    submitted, under_review, recognised, partly_recognised, not_recognised, withdrawn, decided_recognised, decided_partly, decided_not,
    units_recognised, units_refused, credits_recognised, decision_hours, refusals)
SELECT f.facet, CASE f.facet WHEN 0 THEN '' ELSE a.issuer_kind::text END, a.ministry, a.region, a.institution_kind, a.institution_bin, a.programme_level,
       2025, '2025-autumn', a.month,
       count(*) FILTER (WHERE status = 0), count(*) FILTER (WHERE status = 1), count(*) FILTER (WHERE status = 2),
       count(*) FILTER (WHERE status = 3), count(*) FILTER (WHERE status = 4), count(*) FILTER (WHERE status = 5),
       count(*) FILTER (WHERE status = 2), count(*) FILTER (WHERE status = 3), count(*) FILTER (WHERE status = 4),
       sum(units_recognised), sum(units_refused), sum(credits), ARRAY[$bucket_counts], 0
FROM bench_applications a CROSS JOIN (VALUES (0), (1)) AS f(facet)
GROUP BY f.facet, CASE f.facet WHEN 0 THEN '' ELSE a.issuer_kind::text END, a.ministry, a.region, a.institution_kind, a.institution_bin, a.programme_level, a.month;
INSERT INTO statistics_rollup (facet, facet_value, ministry, region, month, submitted, under_review, recognised, partly_recognised,
    not_recognised, withdrawn, decided_recognised, decided_partly, decided_not, units_recognised, units_refused, credits_recognised,
    decision_hours, refusals)
SELECT f.facet, CASE f.facet WHEN 0 THEN '' ELSE a.issuer_kind::text END, a.ministry, a.region, a.month,
       count(*) FILTER (WHERE status = 0), count(*) FILTER (WHERE status = 1), count(*) FILTER (WHERE status = 2),
       count(*) FILTER (WHERE status = 3), count(*) FILTER (WHERE status = 4), count(*) FILTER (WHERE status = 5),
       count(*) FILTER (WHERE status = 2), count(*) FILTER (WHERE status = 3), count(*) FILTER (WHERE status = 4),
       sum(units_recognised), sum(units_refused), sum(credits), ARRAY[$bucket_counts], 0
FROM bench_applications a CROSS JOIN (VALUES (0), (1)) AS f(facet)
GROUP BY f.facet, CASE f.facet WHEN 0 THEN '' ELSE a.issuer_kind::text END, a.ministry, a.region, a.month;
UPDATE statistics_counters SET cell_keys = ARRAY(SELECT floor(random() * 256 * 1000 + 0 * length(facet_value))::bigint FROM generate_series(1, 36));
$(published_rollup_update)
ANALYZE bench_applications; ANALYZE statistics_counters; ANALYZE statistics_rollup;
SQL
  rows=$("${PSQL[@]}" -c "SELECT count(*) FROM statistics_rollup WHERE facet = 0")
  full_rows=$("${PSQL[@]}" -c "SELECT count(*) FROM statistics_counters WHERE facet = 0")
  quiet_start "statistics-$n" "$RESULTS" "$$" "$(head -n 1 "$PG_DIR/data/postmaster.pid")" >&2
  platform=$(latency "$PG_DIR/platform.sql")
  full=$(latency "$PG_DIR/full-rows.sql")
  reference=$(latency "$PG_DIR/reference.sql")
  counts=$(latency "$PG_DIR/counts.sql")
  analysts=$(latency "$PG_DIR/analysts.sql")
  analysts_full=$(latency "$PG_DIR/analysts-full-rows.sql")
  quiet_stop "statistics-$n" "$RESULTS" >&2
  other=$(quiet_percent "$RESULTS/quiet-statistics-$n.json")
  ratio=$(awk -v r="$reference" -v p="$platform" 'BEGIN { printf "%.0f×", r / p }')
  counts_ratio=$(awk -v r="$counts" -v p="$platform" 'BEGIN { printf "%.0f×", r / p }')
  printf '| %s | %s | %s ms | %s ms | %s | %s ms | %s | %s | %s ms | %s %% |\n' "$(printf "%'d" "$n")" "$rows" "$platform" "$reference" "$ratio" "$counts" "$counts_ratio" "$full_rows" "$full" "$other"
  analysts_ratio=$(awk -v r="$reference" -v p="$analysts" 'BEGIN { printf "%.0f×", r / p }')
  analysts_counts_ratio=$(awk -v r="$counts" -v p="$analysts" 'BEGIN { printf "%.0f×", r / p }')
  PUBLISHED_ROWS+=("$(printf '| %s | %s ms | %s | %s | %s ms |' "$(printf "%'d" "$n")" "$analysts" "$analysts_ratio" "$analysts_counts_ratio" "$analysts_full")")
done
echo
echo "Analysts' read (cell-key published figures, ADR 0013), same question:"
echo
echo "| applications | national rollup, published | ratio to GROUP BY, all figures | ratio to GROUP BY, counts and sums only | full rows, published (statistics_noise per measure and row) |"
echo "| ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${PUBLISHED_ROWS[@]}"
echo
echo "Verdict: **$(quiet_verdict "$RESULTS"/quiet-*.json)** (other work's share of the machine's CPU while each size was measured, in the last column; limit: $BENCH_QUIET_MAX_CORES of a core averaged)."
