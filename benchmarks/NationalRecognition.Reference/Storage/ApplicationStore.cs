using System.Text.Json;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Reference.Submissions;
using Npgsql;
using NpgsqlTypes;

namespace NationalRecognition.Reference.Storage;

/// <summary>
/// The reference's writes and reads. A new submission is one statement — insert the application unless (learner,
/// key) exists, and its "Submitted" event with it — so one round trip and one transaction; a retry reads the stored
/// row and compares fingerprints.
/// </summary>
public sealed class ApplicationStore(NpgsqlDataSource dataSource)
{
    private const string Submitted = "SUBMITTED";

    private const string InsertSql = """
        WITH inserted AS (
            INSERT INTO reference_applications (id, learner_iin, idempotency_key, fingerprint, institution_bin, commission_id,
                period_id, status, version, rule_version, submitted_at, updated_at, submission)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $10, $10, $11)
            ON CONFLICT (learner_iin, idempotency_key) DO NOTHING
            RETURNING id
        ), event AS (
            INSERT INTO reference_application_events (application_id, sequence, action, at, actor, details)
            SELECT id, 1, 'Submitted', $10, $12, $13 FROM inserted
        )
        SELECT id FROM inserted
        """;

    private const string ExistingSql =
        "SELECT id, status, fingerprint FROM reference_applications WHERE learner_iin = $1 AND idempotency_key = $2";

    private const string StatusSql = "SELECT id, status FROM reference_applications WHERE id = $1";

    public async Task<StoredApplication> Submit(ValidatedSubmission submission, SubmitInput input, byte[] fingerprint, DateTimeOffset now)
    {
        await using (var insert = dataSource.CreateCommand(InsertSql))
        {
            insert.Parameters.AddWithValue(Guid.CreateVersion7(now));
            insert.Parameters.AddWithValue(submission.LearnerIin);
            insert.Parameters.AddWithValue(submission.IdempotencyKey);
            insert.Parameters.AddWithValue(fingerprint);
            insert.Parameters.AddWithValue(submission.InstitutionBin);
            insert.Parameters.AddWithValue(submission.CommissionId);
            insert.Parameters.AddWithValue(submission.PeriodId);
            insert.Parameters.AddWithValue(Submitted);
            insert.Parameters.AddWithValue(submission.RuleVersionId);
            insert.Parameters.AddWithValue(now);
            insert.Parameters.AddWithValue(NpgsqlDbType.Jsonb, JsonSerializer.Serialize(input));
            insert.Parameters.AddWithValue("learner");
            insert.Parameters.AddWithValue(submission.Details);
            if (await insert.ExecuteScalarAsync() is Guid id)
            {
                return new StoredApplication(id, Submitted);
            }
        }

        // The key was used before: the same application again, or a different one under a reused key.
        await using var existing = dataSource.CreateCommand(ExistingSql);
        existing.Parameters.AddWithValue(submission.LearnerIin);
        existing.Parameters.AddWithValue(submission.IdempotencyKey);
        await using var reader = await existing.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("The application conflicted on its key but is not there.");
        }

        return ((byte[])reader[2]).AsSpan().SequenceEqual(fingerprint)
            ? new StoredApplication(reader.GetGuid(0), reader.GetString(1))
            : throw new ReferenceRefusalException(DomainErrorCode.Conflict, "This idempotency key was already used for a different application.", "idempotencyKey");
    }

    public async Task<StoredApplication?> Status(Guid id)
    {
        await using var command = dataSource.CreateCommand(StatusSql);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new StoredApplication(reader.GetGuid(0), reader.GetString(1)) : null;
    }
}
