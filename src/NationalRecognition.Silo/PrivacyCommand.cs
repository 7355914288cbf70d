using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Grains.Privacy;
using NationalRecognition.Persistence.Privacy;
using NationalRecognition.ServiceDefaults.Cluster;
using Npgsql;

namespace NationalRecognition.Silo;

/// <summary>
/// <c>NationalRecognition.Silo privacy retention|erase</c> (docs/privacy.md): <c>retention</c> deletes read records and
/// shreds learners' data keys past their retention periods (<c>Privacy:Retention</c>; run it daily from a scheduled
/// job — it is idempotent); <c>erase --learner-iin</c> shreds one learner's data keys at once (lawful erasure).
/// </summary>
public static class PrivacyCommand
{
    private const string ConnectionStringKey = PlatformClusterOptions.SectionName + ":ConnectionString";

    public static Command Create()
    {
        var connectionString = new Option<string?>("--connection-string") { Description = "Npgsql connection string; defaults to Recognition__ConnectionString." };

        var retention = new Command("retention", "Delete read records and shred data keys whose retention period has passed.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        retention.Options.Add(connectionString);
        retention.SetAction((result, token) => RetentionAsync(result, connectionString, token));

        var iin = new Option<string>("--learner-iin") { Description = "The learner's IIN (12 digits).", Required = true };
        var erase = new Command("erase", "Shred one learner's data keys now: their sealed personal fields read as erased from then on.");
        erase.Options.Add(connectionString);
        erase.Options.Add(iin);
        erase.SetAction((result, token) => EraseAsync(result, connectionString, iin, token));

        return new Command("privacy", "Personal data's retention and erasure.") { retention, erase };
    }

    private static async Task<int> RetentionAsync(ParseResult result, Option<string?> connectionOption, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine([.. result.UnmatchedTokens]).Build();
        var options = configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>() ?? new RetentionOptions();
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            await result.InvocationConfiguration.Error.WriteLineAsync(string.Join(Environment.NewLine, errors));
            return 2;
        }

        return await WithDataSourceAsync(result, connectionOption, configuration, async dataSource =>
        {
            var run = await RetentionRun.RunAsync(
                options, new PostgreSqlPersonalDataReadStore(dataSource), new PostgreSqlLearnerKeyStore(dataSource), DateTimeOffset.UtcNow, cancellationToken);
            await result.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Deleted {run.ReadRecordsDeleted} read record(s) older than {options.ReadRecords.TotalDays:0} day(s); shredded {run.KeysShredded} data key(s) unused for {options.SealedPersonalFields.TotalDays:0} day(s)."));
            return 0;
        });
    }

    private static async Task<int> EraseAsync(ParseResult result, Option<string?> connectionOption, Option<string> iinOption, CancellationToken cancellationToken)
    {
        var iin = result.GetValue(iinOption)!;
        if (!Iin.TryParse(iin, out _, out var problem))
        {
            await result.InvocationConfiguration.Error.WriteLineAsync($"--learner-iin: {problem}");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return await WithDataSourceAsync(result, connectionOption, configuration, async dataSource =>
        {
            var shredded = await new PostgreSqlLearnerKeyStore(dataSource).ShredLearnerAsync(LearnerKeys.For(iin), DateTimeOffset.UtcNow, cancellationToken);
            await result.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Shredded {shredded} data key(s) of the learner."));
            return 0;
        });
    }

    private static async Task<int> WithDataSourceAsync(
        ParseResult result, Option<string?> connectionOption, IConfiguration configuration, Func<NpgsqlDataSource, Task<int>> run)
    {
        var connectionString = result.GetValue(connectionOption) ?? configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await result.InvocationConfiguration.Error.WriteLineAsync(
                $"{ConnectionStringKey} isn't configured: pass --connection-string or set Recognition__ConnectionString.");
            return 2;
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            return await run(dataSource);
        }
        catch (NpgsqlException exception)
        {
            await result.InvocationConfiguration.Error.WriteLineAsync($"Could not reach PostgreSQL: {exception.Message}");
            return 1;
        }
    }
}
