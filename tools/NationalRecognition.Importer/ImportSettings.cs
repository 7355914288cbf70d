namespace NationalRecognition.Importer;

/// <summary>What <c>recognition import</c> was asked to do.</summary>
public sealed record ImportSettings
{
    public required FileInfo File { get; init; }

    public FeedFormat Format { get; init; } = FeedFormat.Auto;

    /// <summary>The platform's gateway, e.g. http://localhost:5080 (GraphQL at /graphql).</summary>
    public Uri? Gateway { get; init; }

    /// <summary>A bearer token for the feed, when given directly (or by RECOGNITION_TOKEN).</summary>
    public string? Token { get; init; }

    /// <summary>The identity provider's token endpoint base (the stand-in's <c>POST /token</c>) and the feed's subject.</summary>
    public Uri? IdentityProvider { get; init; }

    public string Subject { get; init; } = "exchange-feed";

    public int BatchSize { get; init; } = 1000;

    public int Parallel { get; init; } = 4;

    public required FileInfo Checkpoint { get; init; }

    public required FileInfo Report { get; init; }

    public bool DryRun { get; init; }

    public bool Progress { get; init; } = true;

    public int MaxAttempts { get; init; } = 8;

    public FeedFormat EffectiveFormat => Format != FeedFormat.Auto
        ? Format
        : File.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? FeedFormat.Csv : FeedFormat.Ndjson;
}
