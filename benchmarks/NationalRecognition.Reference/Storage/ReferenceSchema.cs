using Npgsql;

namespace NationalRecognition.Reference.Storage;

/// <summary>
/// The reference's tables: the seeded institutions, one row per application (idempotent by learner and key, indexed
/// for the Commission's queue) and its events. Created at start-up if missing.
/// </summary>
public static class ReferenceSchema
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS reference_institutions (
            bin          char(12) PRIMARY KEY,
            seed         jsonb    NOT NULL
        );
        CREATE TABLE IF NOT EXISTS reference_applications (
            id               uuid        PRIMARY KEY,
            learner_iin      char(12)    NOT NULL,
            idempotency_key  text        NOT NULL,
            fingerprint      bytea       NOT NULL,
            institution_bin  char(12)    NOT NULL,
            commission_id    text        NOT NULL,
            period_id        text        NOT NULL,
            status           text        NOT NULL,
            version          integer     NOT NULL,
            rule_version     text        NOT NULL,
            submitted_at     timestamptz NOT NULL,
            updated_at       timestamptz NOT NULL,
            submission       jsonb       NOT NULL,
            CONSTRAINT reference_applications_learner_key UNIQUE (learner_iin, idempotency_key)
        );
        CREATE INDEX IF NOT EXISTS reference_applications_queue
            ON reference_applications (commission_id, period_id, status, submitted_at);
        CREATE TABLE IF NOT EXISTS reference_application_events (
            application_id  uuid        NOT NULL REFERENCES reference_applications (id),
            sequence        integer     NOT NULL,
            action          text        NOT NULL,
            at              timestamptz NOT NULL,
            actor           text        NOT NULL,
            details         text        NOT NULL,
            PRIMARY KEY (application_id, sequence)
        );
        """;

    public static async Task ApplyAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(Ddl);
        await command.ExecuteNonQueryAsync();
    }
}
