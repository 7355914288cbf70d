namespace NationalRecognition.Contracts.Common;

/// <summary>One page of a listing kept by a grain.</summary>
[GenerateSerializer, Immutable, Alias("nr.Page`1")]
public sealed record Page<T>(
    [property: Id(0)] IReadOnlyList<T> Items,
    [property: Id(1)] IReadOnlyList<string> Cursors,
    [property: Id(2)] bool HasNextPage,
    [property: Id(3)] int TotalCount);
