namespace NationalRecognition.Importer;

/// <summary>One record's result as the platform answers it (<c>FeedRecordResult</c>).</summary>
public sealed record FeedResult(int Index, string Outcome, string? Number, string? RegistryKey, int? Version, string? Code, string? Field, string? Clause, string? Reason);
