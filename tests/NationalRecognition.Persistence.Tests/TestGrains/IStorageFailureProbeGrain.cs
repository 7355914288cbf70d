namespace NationalRecognition.Persistence.Tests.TestGrains;

/// <summary>Fails the way a grain fails when PostgreSQL does, to see what a client of the silo receives.</summary>
[Alias("NationalRecognition.Persistence.Tests.IStorageFailureProbeGrain")]
public interface IStorageFailureProbeGrain : IGrainWithStringKey
{
    /// <summary>Throws what Orleans' storage bridge throws when PostgreSQL refuses the connection.</summary>
    [Alias("FailUnreachable")]
    Task FailUnreachableAsync();

    /// <summary>Throws what a write throws when the server shuts down under it (SQLSTATE 57P01).</summary>
    [Alias("FailShutdown")]
    Task FailShutdownAsync();

    /// <summary>Throws a PostgreSQL error that retrying cannot fix (a missing table).</summary>
    [Alias("FailPermanently")]
    Task FailPermanentlyAsync();
}
