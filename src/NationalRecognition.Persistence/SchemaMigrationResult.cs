namespace NationalRecognition.Persistence;

/// <summary>What one run of <see cref="SchemaMigrator.MigrateAsync"/> did.</summary>
/// <param name="Applied">Scripts applied by this run, in order; empty when the schema was current.</param>
/// <param name="AlreadyApplied">Scripts that an earlier run had applied.</param>
public sealed record SchemaMigrationResult(IReadOnlyList<MigrationScript> Applied, IReadOnlyList<MigrationScript> AlreadyApplied);
