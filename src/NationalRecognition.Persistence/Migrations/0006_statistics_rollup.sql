-- The national rollup of the statistics (ADR 0006, StatisticsRollup): statistics_counters summed over everything but
-- ministry, region, month and facet value. The projector adds the same deltas to both tables in one transaction; the
-- questions of the top of the drill-down read this table, whose size does not grow with institutions or applications.
-- Same columns and key as statistics_counters, so one statement shape writes both; the dropped dimensions stay NULL.
CREATE TABLE IF NOT EXISTS statistics_rollup
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
    submitted          bigint      NOT NULL DEFAULT 0,
    under_review       bigint      NOT NULL DEFAULT 0,
    recognised         bigint      NOT NULL DEFAULT 0,
    partly_recognised  bigint      NOT NULL DEFAULT 0,
    not_recognised     bigint      NOT NULL DEFAULT 0,
    withdrawn          bigint      NOT NULL DEFAULT 0,
    decided_recognised bigint      NOT NULL DEFAULT 0,
    decided_partly     bigint      NOT NULL DEFAULT 0,
    decided_not        bigint      NOT NULL DEFAULT 0,
    units_recognised   bigint      NOT NULL DEFAULT 0,
    units_refused      bigint      NOT NULL DEFAULT 0,
    credits_recognised numeric     NOT NULL DEFAULT 0,
    decision_hours     bigint[]    NOT NULL,
    refusals           bigint      NOT NULL DEFAULT 0,
    CONSTRAINT uq_statistics_rollup UNIQUE NULLS NOT DISTINCT
        (facet, facet_value, ministry, region, institution_kind, institution_bin, programme_level, academic_year, period_id, month)
);

-- A database that already holds statistics gets its rollup from them once, in this migration's transaction (the silos
-- and their projectors start after the migrator). The histogram is summed bucket by bucket.
INSERT INTO statistics_rollup (facet, facet_value, ministry, region, month, submitted, under_review, recognised, partly_recognised,
    not_recognised, withdrawn, decided_recognised, decided_partly, decided_not, units_recognised, units_refused, credits_recognised,
    decision_hours, refusals)
SELECT c.facet, c.facet_value, c.ministry, c.region, c.month, sum(c.submitted), sum(c.under_review), sum(c.recognised),
       sum(c.partly_recognised), sum(c.not_recognised), sum(c.withdrawn), sum(c.decided_recognised), sum(c.decided_partly),
       sum(c.decided_not), sum(c.units_recognised), sum(c.units_refused), sum(c.credits_recognised),
       (SELECT array_agg(h.total ORDER BY h.bucket)
        FROM (SELECT b.bucket, sum(x.decision_hours[b.bucket])::bigint AS total
              FROM statistics_counters x
              CROSS JOIN generate_series(1, cardinality(x.decision_hours)) AS b(bucket)
              WHERE x.facet = c.facet AND x.facet_value = c.facet_value AND x.ministry IS NOT DISTINCT FROM c.ministry
                AND x.region IS NOT DISTINCT FROM c.region AND x.month IS NOT DISTINCT FROM c.month
              GROUP BY b.bucket) h),
       sum(c.refusals)
FROM statistics_counters c
WHERE NOT EXISTS (SELECT 1 FROM statistics_rollup)
GROUP BY c.facet, c.facet_value, c.ministry, c.region, c.month;
