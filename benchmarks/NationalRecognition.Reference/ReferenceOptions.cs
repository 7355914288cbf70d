namespace NationalRecognition.Reference;

/// <summary>Bound from "Reference" (e.g. <c>Reference__ConnectionString=…</c>, <c>Reference__SeedDirectory=…</c>).</summary>
public sealed class ReferenceOptions
{
    public const string SectionName = "Reference";

    /// <summary>Npgsql connection string of the reference's own database.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The benchmark's seed steps (benchmarks/payloads/seed): the same institution the platform is given.</summary>
    public string? SeedDirectory { get; set; }
}
