-- Personal data's life cycle (issue [15], docs/privacy.md, ADR 0013).

-- Who read whose personal data: appended in batches by the silos, read per learner newest first, deleted past retention.
-- The learner is their pseudonym (LearnerKeys), never the IIN.
CREATE TABLE IF NOT EXISTS personal_data_reads (
    sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    learner text NOT NULL,
    at timestamptz NOT NULL,
    reader_subject_id text NOT NULL,
    reader_role text NOT NULL,
    reader_institution_bin text NULL,
    what text NOT NULL,
    target text NOT NULL
);
CREATE INDEX IF NOT EXISTS personal_data_reads_learner ON personal_data_reads (learner, at DESC, sequence DESC);
CREATE INDEX IF NOT EXISTS personal_data_reads_at ON personal_data_reads (at);

-- The learners' data keys (crypto-shredding). Shredding sets data_key and learner to NULL and keeps the row, so that a
-- sealed field of a shredded key reads as erased, not as unknown. At most one live key per learner.
CREATE TABLE IF NOT EXISTS learner_data_keys (
    key_id uuid PRIMARY KEY,
    learner text NULL,
    data_key bytea NULL,
    created_at timestamptz NOT NULL,
    last_used_at timestamptz NOT NULL,
    shredded_at timestamptz NULL,
    CONSTRAINT learner_data_keys_live CHECK ((data_key IS NULL) = (shredded_at IS NOT NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS learner_data_keys_learner ON learner_data_keys (learner) WHERE learner IS NOT NULL;
CREATE INDEX IF NOT EXISTS learner_data_keys_last_used ON learner_data_keys (last_used_at) WHERE data_key IS NOT NULL;
