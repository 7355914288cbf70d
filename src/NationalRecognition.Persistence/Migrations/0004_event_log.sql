-- The platform's record: an append-only event log, the aggregate state rows written in the same
-- transaction as their events, and the read models (projections) the projector feeds from the log.
-- See ADR 0005.

-- One row per aggregate (grain): its latest state, written with its events in one transaction.
-- version is the optimistic-concurrency token (the Orleans ETag); last_event_version numbers the
-- stream's events.
CREATE TABLE IF NOT EXISTS recognition_state
(
    service_id         text        NOT NULL,
    grain_type         text        NOT NULL,
    grain_key          text        NOT NULL,
    version            integer     NOT NULL,
    last_event_version integer     NOT NULL DEFAULT 0,
    payload            bytea       NOT NULL,
    modified_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, grain_type, grain_key)
);

-- Global order is (transaction_id, position): a reader takes only transactions older than every
-- transaction still running (pg_snapshot_xmin), so an event committed late is never skipped.
CREATE TABLE IF NOT EXISTS recognition_events
(
    position              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id        xid8        NOT NULL DEFAULT pg_current_xact_id(),
    stream_id             text        NOT NULL,
    -- NULL for records that are not part of the aggregate's history (refusals at the door).
    stream_version        integer     NULL,
    event_type            text        NOT NULL,
    schema_version        integer     NOT NULL,
    payload               jsonb       NOT NULL,
    occurred_at           timestamptz NOT NULL,
    subject_id            text        NOT NULL,
    role                  text        NOT NULL,
    actor_institution_bin text        NULL,
    -- The tenant the event belongs to (an institution's BIN), or NULL for the platform's own.
    institution_bin       text        NULL,
    CONSTRAINT uq_recognition_events_stream UNIQUE (stream_id, stream_version)
);

CREATE INDEX IF NOT EXISTS ix_recognition_events_order ON recognition_events (transaction_id, position);

-- How far each projection has applied the log; advanced in the same transaction as its rows.
CREATE TABLE IF NOT EXISTS projection_checkpoints
(
    projection     text        PRIMARY KEY,
    transaction_id xid8        NOT NULL DEFAULT '0',
    position       bigint      NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Listings: one row per application, the newest summary (highest version) wins.
CREATE TABLE IF NOT EXISTS application_listing
(
    application_id    uuid          PRIMARY KEY,
    version           integer       NOT NULL,
    status            smallint      NOT NULL,
    learner_iin       text          NOT NULL,
    -- The learner's pseudonym (LearnerKeys): the learner view is keyed by it, as the learner grain is.
    learner_key       text          NOT NULL,
    institution_bin   text          NOT NULL,
    commission_id     text          NOT NULL,
    programme_code    text          NOT NULL,
    period_id         text          NOT NULL,
    submitted_at      timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    issuer_kinds      smallint[]    NOT NULL,
    units_requested   integer       NOT NULL,
    units_recognised  integer       NOT NULL,
    credits_recognised numeric      NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_listing_commission_queue
    ON application_listing (commission_id, period_id, submitted_at DESC, application_id);
CREATE INDEX IF NOT EXISTS ix_listing_commission_queue_status
    ON application_listing (commission_id, period_id, status, submitted_at DESC, application_id);
CREATE INDEX IF NOT EXISTS ix_listing_institution_period
    ON application_listing (institution_bin, period_id, status, submitted_at DESC, application_id);
CREATE INDEX IF NOT EXISTS ix_listing_learner
    ON application_listing (learner_key, submitted_at DESC, application_id);

-- The audit log: one row per event (mutation or refusal), append-only, per institution (scope).
CREATE TABLE IF NOT EXISTS audit_log
(
    position              bigint      PRIMARY KEY,
    scope                 text        NOT NULL,
    at                    timestamptz NOT NULL,
    subject_id            text        NOT NULL,
    role                  text        NOT NULL,
    actor_institution_bin text        NULL,
    action                text        NOT NULL,
    target                text        NOT NULL,
    outcome               smallint    NOT NULL,
    detail                text        NULL
);

CREATE INDEX IF NOT EXISTS ix_audit_log_scope_time ON audit_log (scope, at DESC, position DESC);
