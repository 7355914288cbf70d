using System.Text;

namespace NationalRecognition.Persistence;

/// <summary>What <see cref="SchemaMigrator.CheckAsync"/> found missing or out of date.</summary>
public sealed record SchemaCheckResult(
    IReadOnlyList<string> MissingTables,
    IReadOnlyList<string> MissingQueryKeys,
    IReadOnlyList<MigrationScript> PendingMigrations,
    IReadOnlyList<MigrationScript> ChangedMigrations)
{
    /// <summary>True when the providers will find everything they need.</summary>
    public bool IsComplete =>
        MissingTables.Count == 0 && MissingQueryKeys.Count == 0 && PendingMigrations.Count == 0 && ChangedMigrations.Count == 0;

    /// <summary>A message an operator can act on.</summary>
    public string Describe()
    {
        if (IsComplete)
        {
            return "The Orleans schema is complete.";
        }

        var message = new StringBuilder("The database schema is not ready for the Orleans providers.");
        if (MissingTables.Count > 0)
        {
            message.Append(" Missing tables: ").AppendJoin(", ", MissingTables).Append('.');
        }

        if (MissingQueryKeys.Count > 0)
        {
            message.Append(" Missing OrleansQuery keys: ").AppendJoin(", ", MissingQueryKeys).Append('.');
        }

        if (PendingMigrations.Count > 0)
        {
            message.Append(" Pending migrations: ").AppendJoin(", ", PendingMigrations.Select(s => $"{s.Version:D4}_{s.Name}")).Append('.');
        }

        if (ChangedMigrations.Count > 0)
        {
            message.Append(" Changed since applied: ").AppendJoin(", ", ChangedMigrations.Select(s => $"{s.Version:D4}_{s.Name}")).Append('.');
        }

        message.Append(" Run 'NationalRecognition.Silo migrate' or start a silo with Recognition:ApplySchemaOnStartup=true.");
        return message.ToString();
    }
}
