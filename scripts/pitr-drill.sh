#!/usr/bin/env bash
# Point-in-time restore drill of the platform's PostgreSQL (docs/operations.md, "Point-in-time restore").
#
# On a throw-away PostgreSQL 15 server: WAL archiving on, the schema applied (Silo migrate), a base backup taken, then
# events written in many small transactions (phase A), the instant to restore to noted, more events written (phase B),
# and the server crashed (immediate stop). The base backup is then restored with the WAL archive up to the noted
# instant, the read models rebuilt (Silo projections rebuild) and the statistics reconciled with the log
# (Silo projections reconcile). It prints the recovery point (what of phase A and B came back, and how far the last
# restored commit is from the instant asked for) and the recovery time (restore start to reconcile clean), and exits 0
# only when every phase-A event and no phase-B event is back and the reconcile is clean.
#
#   bash scripts/pitr-drill.sh            # builds the silo if needed; PITR_EVENTS=300 per phase by default
#
# PostgreSQL refuses to run as root: as root, the server runs as the postgres user (as the tests do).
set -euo pipefail
cd "$(dirname "$0")/.."

config=${CONFIGURATION:-Release}
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
events=${PITR_EVENTS:-300}
silo_dll=src/NationalRecognition.Silo/bin/$config/net10.0/NationalRecognition.Silo.dll
golden=tests/NationalRecognition.Grains.Tests/Golden/Events

[[ -f $silo_dll ]] || dotnet build src/NationalRecognition.Silo -c "$config" -nologo -v:q

as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

work=$(mktemp -d -t nr-pitr-XXXXXX)
[[ $(id -u) -eq 0 ]] && chown postgres:postgres "$work"
primary=$work/primary restored=$work/restored archive=$work/wal base=$work/base
as_postgres mkdir -p "$archive"
port=$(free_port)
restored_port=$(free_port)

cleanup() {
  for data in "$primary" "$restored"; do
    [[ -f $data/postmaster.pid ]] && as_postgres "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
  done
  if [[ -z ${PITR_KEEP:-} ]]; then rm -rf "$work"; else echo "Kept $work"; fi
}
trap cleanup EXIT

psql_db() { as_postgres "$bin/psql" -h 127.0.0.1 -p "$1" -U postgres -d "$2" -v ON_ERROR_STOP=1 -qAt "${@:3}"; }
psql_at() { psql_db "$1" recognition "${@:2}"; }
connection() { echo "Host=127.0.0.1;Port=$1;Username=postgres;Database=recognition;Pooling=false"; }

echo "== primary: initdb, WAL archiving, schema"
as_postgres "$bin/initdb" -D "$primary" -U postgres --auth=trust --encoding=UTF8 --no-instructions >/dev/null
cat <<CONF | as_postgres tee -a "$primary/postgresql.conf" >/dev/null
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$work'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $archive/%f && cp %p $archive/%f'
archive_timeout = 60
CONF
as_postgres "$bin/pg_ctl" -D "$primary" -l "$work/primary.log" -w start >/dev/null
psql_db "$port" postgres -c "CREATE DATABASE recognition"
dotnet "$silo_dll" migrate --connection-string "$(connection "$port")" >/dev/null

# The activity: InstitutionRegistered once, then one ApplicationSubmitted per transaction, each a new application,
# in the stored form of today's events (the golden files), tagged by phase in subject_id.
institution=$(<"$golden/InstitutionRegistered.v1.json")
submitted=$(<"$golden/ApplicationSubmitted.v2.json")
psql_at "$port" <<SQL
INSERT INTO recognition_events (stream_id, stream_version, event_type, schema_version, payload, occurred_at, subject_id, role, institution_bin)
VALUES ('institution/010140001234', 1, 'InstitutionRegistered', 1, \$json\$$institution\$json\$::jsonb, now(), 'drill', 'Registrar', '010140001234');
CREATE PROCEDURE pitr_drill_write(how_many integer, phase text) LANGUAGE plpgsql AS \$\$
DECLARE id uuid; at jsonb;
BEGIN
  FOR i IN 1..how_many LOOP
    id := gen_random_uuid();
    -- The platform stores instants in UTC (TimeProvider.StoredNow); the golden sample's are +05:00.
    at := to_jsonb(to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'));
    INSERT INTO recognition_events (stream_id, stream_version, event_type, schema_version, payload, occurred_at, subject_id, role, institution_bin)
    VALUES ('application/' || id, 1, 'ApplicationSubmitted', 2,
            jsonb_set(jsonb_set(jsonb_set(\$json\$$submitted\$json\$::jsonb, '{summary,id}', to_jsonb(id::text)),
              '{summary,submittedAt}', at), '{summary,updatedAt}', at), clock_timestamp(), 'drill-' || phase, 'Learner', '010140001234');
    COMMIT;
    PERFORM pg_sleep(0.005);
  END LOOP;
END \$\$;
SQL

echo "== base backup"
as_postgres "$bin/pg_basebackup" -h 127.0.0.1 -p "$port" -U postgres -D "$base" -X stream -c fast

echo "== phase A: $events transactions"
psql_at "$port" -c "CALL pitr_drill_write($events, 'A')"
sleep 1
target=$(psql_at "$port" -c "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")
sleep 1
echo "   restore target: $target"
echo "== phase B: $events transactions after the target"
psql_at "$port" -c "CALL pitr_drill_write($events, 'B')"
# Continuous archiving has shipped phase B's segment by the time of a disaster: switch and wait until it is archived.
last_segment=$(psql_at "$port" -c "SELECT pg_walfile_name(pg_switch_wal())")
for _ in $(seq 1 100); do [[ -f $archive/$last_segment ]] && break; sleep 0.1; done
[[ -f $archive/$last_segment ]] || { echo "WAL segment $last_segment was not archived; see $work/primary.log" >&2; exit 1; }
echo "== disaster: the primary stops immediately (last archived segment $last_segment)"
as_postgres "$bin/pg_ctl" -D "$primary" -m immediate stop >/dev/null

started=$(now_ms)
echo "== restore: base backup + WAL archive up to $target"
as_postgres cp -a "$base" "$restored"
cat <<CONF | as_postgres tee -a "$restored/postgresql.auto.conf" >/dev/null
port = $restored_port
archive_mode = off
restore_command = 'cp $archive/%f %p'
recovery_target_time = '$target'
recovery_target_action = 'promote'
CONF
as_postgres touch "$restored/recovery.signal"
as_postgres "$bin/pg_ctl" -D "$restored" -l "$work/restored.log" -w -t 120 start >/dev/null
until [[ $(psql_at "$restored_port" -c "SELECT pg_is_in_recovery()") == f ]]; do sleep 0.1; done
recovered=$(now_ms)

echo "== read models rebuilt and reconciled"
dotnet "$silo_dll" projections rebuild --connection-string "$(connection "$restored_port")"
reconcile_status=0
dotnet "$silo_dll" projections reconcile --connection-string "$(connection "$restored_port")" || reconcile_status=$?
finished=$(now_ms)

phase_a=$(psql_at "$restored_port" -c "SELECT count(*) FROM recognition_events WHERE subject_id = 'drill-A'")
phase_b=$(psql_at "$restored_port" -c "SELECT count(*) FROM recognition_events WHERE subject_id = 'drill-B'")
listed=$(psql_at "$restored_port" -c "SELECT count(*) FROM application_listing")
gap=$(psql_at "$restored_port" -c "SELECT round(extract(epoch FROM (timestamptz '$target' - max(occurred_at))) * 1000) FROM recognition_events WHERE subject_id = 'drill-A'")

echo
echo "Recovery point: restored to $target; phase A $phase_a of $events events back, phase B $phase_b of $events (after the target: none expected);"
echo "                the last restored commit was ${gap} ms before the target (the drill paused 1 s there: nothing committed in between)."
echo "Recovery time:  $(( recovered - started )) ms to a promoted server, $(( finished - started )) ms to rebuilt read models ($listed listing rows) and a clean reconcile (exit $reconcile_status)."

[[ $phase_a -eq $events && $phase_b -eq 0 && $listed -eq $events && $reconcile_status -eq 0 ]]
