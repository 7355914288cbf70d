using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Grains.Privacy;
using Npgsql;

namespace NationalRecognition.Persistence.Privacy;

/// <summary>Read records on PostgreSQL (<c>personal_data_reads</c>): a batch per statement, keyset pages per learner.</summary>
public sealed class PostgreSqlPersonalDataReadStore(NpgsqlDataSource dataSource) : IPersonalDataReadStore
{
    public async Task AppendAsync(IReadOnlyList<LearnerRead> reads, CancellationToken cancellationToken)
    {
        if (reads.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand("""
            INSERT INTO personal_data_reads (learner, at, reader_subject_id, reader_role, reader_institution_bin, what, target)
            SELECT * FROM unnest(@learners, @ats, @subjects, @roles, @bins, @whats, @targets)
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]>("learners", reads.Select(r => r.Learner).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("ats", reads.Select(r => r.At).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("subjects", reads.Select(r => r.ReaderSubjectId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("roles", reads.Select(r => r.ReaderRole.ToString()).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string?[]>("bins", reads.Select(r => r.ReaderInstitutionBin).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("whats", reads.Select(r => r.What).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("targets", reads.Select(r => r.Target).ToArray()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Page<PersonalDataRead>> PageAsync(string learner, PageRequest page, CancellationToken cancellationToken)
    {
        await using var count = dataSource.CreateCommand("SELECT count(*) FROM personal_data_reads WHERE learner = @learner");
        count.Parameters.Add(new NpgsqlParameter<string>("learner", learner));
        await using var select = dataSource.CreateCommand();
        select.Parameters.Add(new NpgsqlParameter<string>("learner", learner));
        var keyset = string.Empty;
        if (page.After is not null)
        {
            var cursor = ReadCursor.Decode(page.After);
            keyset = " AND (at < @afterAt OR (at = @afterAt AND sequence < @afterSequence))";
            select.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("afterAt", cursor.At));
            select.Parameters.Add(new NpgsqlParameter<long>("afterSequence", cursor.Sequence));
        }

        select.CommandText = $"""
            SELECT sequence, at, reader_subject_id, reader_role, reader_institution_bin, what, target FROM personal_data_reads
            WHERE learner = @learner{keyset} ORDER BY at DESC, sequence DESC LIMIT @limit
            """;
        select.Parameters.Add(new NpgsqlParameter<int>("limit", page.First + 1));
        var rows = new List<PersonalDataRead>();
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new PersonalDataRead(
                    reader.GetInt64(0),
                    reader.GetFieldValue<DateTimeOffset>(1),
                    reader.GetString(2),
                    ActorRoles.FromStoredName(reader.GetString(3)),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.GetString(5),
                    reader.GetString(6)));
            }
        }

        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        var slice = rows.Take(page.First).ToList();
        return new Page<PersonalDataRead>(slice, slice.Select(r => ReadCursor.Of(r).Encode()).ToList(), rows.Count > page.First, (int)total);
    }

    public async Task<long> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM personal_data_reads WHERE at < @cutoff");
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
