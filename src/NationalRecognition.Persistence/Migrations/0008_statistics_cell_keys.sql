-- Cell-key protection of the statistics (issue [15], ADR 0013, docs/security.md "Statistics"). Every aggregate row keeps,
-- per measure, the sum of the record keys of what it counts (cell_keys, in CellKeyMeasures order); a row's published
-- figure is its count plus statistics_noise(count, cell key); the rollup keeps the sums of the full rows' published
-- figures, so an answer read from either table is a sum of the same published rows.

-- Projectors may be running (a rolling upgrade migrates while the previous release serves). Each of their batches locks
-- its checkpoint row first and then its tables; this migration alters and truncates the statistics tables and resets a
-- checkpoint. Taking every lock up front, the checkpoints first, waits for the batches in flight and holds the next
-- ones at their first step, so neither side holds what the other waits for (no deadlock); it lasts this migration only.
-- (In a DO block so that the script, run again by hand outside a transaction, still runs: there it locks for nothing.)
DO $$
BEGIN
    LOCK TABLE projection_checkpoints, statistics_applications, statistics_institutions, statistics_periods,
        statistics_counters, statistics_rollup IN ACCESS EXCLUSIVE MODE;
END
$$;

-- The secret the record keys are drawn from (HMAC-SHA256): 32 bytes from the server's random source, made once. It lives
-- with the exact figures it protects; whoever may read this table may read statistics_counters anyway.
CREATE TABLE IF NOT EXISTS statistics_cell_key_secret
(
    id     smallint PRIMARY KEY CHECK (id = 1),
    secret bytea    NOT NULL CHECK (length(secret) >= 32)
);

INSERT INTO statistics_cell_key_secret (id, secret)
VALUES (1, decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex'))
ON CONFLICT (id) DO NOTHING;

ALTER TABLE statistics_counters ADD COLUMN IF NOT EXISTS cell_keys bigint[] NOT NULL DEFAULT '{}';
ALTER TABLE statistics_rollup ADD COLUMN IF NOT EXISTS published bigint[] NOT NULL DEFAULT '{}';
ALTER TABLE statistics_rollup ADD COLUMN IF NOT EXISTS published_credits numeric NOT NULL DEFAULT 0;

-- A release before this one adds to these rows without their keys (ON CONFLICT ON CONSTRAINT uq_statistics_counters):
-- in a rolling upgrade its projector, still running beside the new one, would leave counts whose keys do not add up.
-- The unique constraints take new names, so the previous release's statistics batches fail and roll back (it retries
-- and logs a warning until its silo is replaced) and only this release's projector writes the statistics.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'uq_statistics_counters') THEN
        ALTER TABLE statistics_counters RENAME CONSTRAINT uq_statistics_counters TO uq_statistics_counters_keyed;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'uq_statistics_rollup') THEN
        ALTER TABLE statistics_rollup RENAME CONSTRAINT uq_statistics_rollup TO uq_statistics_rollup_keyed;
    END IF;
END
$$;

-- The perturbation table of CellKeyPerturbation.Noise, the same in C# (a test compares both over every value class and key).
CREATE OR REPLACE FUNCTION statistics_noise(value bigint, cell_key bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE
    WHEN value <= 0 THEN 0
    WHEN value = 1 THEN CASE WHEN ((cell_key % 256) + 256) % 256 < 77 THEN -1
                             WHEN ((cell_key % 256) + 256) % 256 < 179 THEN 0
                             ELSE 1 END
    ELSE CASE WHEN ((cell_key % 256) + 256) % 256 < 26 THEN -2
              WHEN ((cell_key % 256) + 256) % 256 < 77 THEN -1
              WHEN ((cell_key % 256) + 256) % 256 < 179 THEN 0
              WHEN ((cell_key % 256) + 256) % 256 < 230 THEN 1
              ELSE 2 END
END
$$;

-- Rows written before this migration have no keys: the statistics are rebuilt from the log (the projector starts from
-- the beginning on the next batch; ADR 0005). The applications' facts are rebuilt with them.
TRUNCATE statistics_counters, statistics_rollup, statistics_applications, statistics_institutions, statistics_periods;
UPDATE projection_checkpoints SET transaction_id = '0', position = 0, updated_at = now() WHERE projection = 'statistics';
