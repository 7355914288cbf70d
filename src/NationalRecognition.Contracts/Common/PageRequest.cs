namespace NationalRecognition.Contracts.Common;

/// <summary>Relay-style forward paging: at most <see cref="First"/> items after the opaque cursor.</summary>
[GenerateSerializer, Immutable, Alias("nr.PageRequest")]
public sealed record PageRequest(
    [property: Id(0)] int First = 20,
    [property: Id(1)] string? After = null)
{
    public const int MaxPageSize = 100;
}
