-- National statistics (issue [7], ADR 0006): exact counters per combination of the breakdown dimensions, kept by
-- the projector from the event log in the same transaction as its checkpoint. Reading any figure sums rows of
-- statistics_counters; no query reads applications.

-- One row per facet and combination of dimensions. NULL means "not known" (a refusal names no programme level);
-- NULLS NOT DISTINCT makes such rows one row, not one per event.
CREATE TABLE IF NOT EXISTS statistics_counters
(
    facet              smallint    NOT NULL,
    facet_value        text        NOT NULL,
    ministry           smallint    NULL,
    region             smallint    NULL,
    institution_kind   smallint    NULL,
    institution_bin    text        NULL,
    programme_level    smallint    NULL,
    academic_year      integer     NULL,
    period_id          text        NULL,
    month              date        NULL,
    -- Applications by current status (ApplicationStatus order), counted in the month of submission.
    submitted          bigint      NOT NULL DEFAULT 0,
    under_review       bigint      NOT NULL DEFAULT 0,
    recognised         bigint      NOT NULL DEFAULT 0,
    partly_recognised  bigint      NOT NULL DEFAULT 0,
    not_recognised     bigint      NOT NULL DEFAULT 0,
    withdrawn          bigint      NOT NULL DEFAULT 0,
    -- Decisions and what they decided, counted in the month of the decision.
    decided_recognised bigint      NOT NULL DEFAULT 0,
    decided_partly     bigint      NOT NULL DEFAULT 0,
    decided_not        bigint      NOT NULL DEFAULT 0,
    units_recognised   bigint      NOT NULL DEFAULT 0,
    units_refused      bigint      NOT NULL DEFAULT 0,
    credits_recognised numeric     NOT NULL DEFAULT 0,
    -- Hours from submission to decision in the fixed buckets of DecisionTimeBuckets (mergeable by addition).
    decision_hours     bigint[]    NOT NULL,
    -- Submissions refused at the door (facet 4, by clause), in the month of the refusal.
    refusals           bigint      NOT NULL DEFAULT 0,
    CONSTRAINT uq_statistics_counters UNIQUE NULLS NOT DISTINCT
        (facet, facet_value, ministry, region, institution_kind, institution_bin, programme_level, academic_year, period_id, month)
);

CREATE INDEX IF NOT EXISTS ix_statistics_counters_sector ON statistics_counters (facet, ministry, region);

-- What the projector remembers of each application: the dimensions it was counted under at submission, its facet
-- values, and its current status and version. Read by the projector only (no query reads it).
CREATE TABLE IF NOT EXISTS statistics_applications
(
    application_id   uuid        PRIMARY KEY,
    version          integer     NOT NULL,
    status           smallint    NOT NULL,
    submitted_at     timestamptz NOT NULL,
    ministry         smallint    NULL,
    region           smallint    NULL,
    institution_kind smallint    NULL,
    institution_bin  text        NULL,
    programme_level  smallint    NULL,
    academic_year    integer     NULL,
    period_id        text        NULL,
    month            date        NULL,
    -- [[facet, value], ...]: the rows of each facet the application is counted in.
    facets           jsonb       NOT NULL
);

-- The institutions' kinds, region and ministries, and their periods' starts, as the log last described them.
CREATE TABLE IF NOT EXISTS statistics_institutions
(
    institution_bin text       PRIMARY KEY,
    kinds           smallint[] NOT NULL,
    region          smallint   NOT NULL,
    ministries      smallint[] NOT NULL
);

CREATE TABLE IF NOT EXISTS statistics_periods
(
    institution_bin text NOT NULL,
    period_id       text NOT NULL,
    start_date      date NOT NULL,
    PRIMARY KEY (institution_bin, period_id)
);
