using NationalRecognition.Testing;

namespace NationalRecognition.Persistence.Tests;

/// <summary>One 2-silo PostgreSQL cluster shared by the cluster tests (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlClusterCollection : ICollectionFixture<PostgreSqlClusterFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "PostgreSQL cluster";
}
