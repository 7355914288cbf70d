using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Contracts.Common;

/// <summary>
/// A <see cref="NationalRecognition.Domain.Messages.Message"/> as it crosses grain calls and stays in stored results: the key and the arguments' names and
/// invariant values, so that the gateway can put it into each caller's language.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.PlatformMessage")]
public sealed record PlatformMessage(
    [property: Id(0)] string Key,
    [property: Id(1)] IReadOnlyList<string> Names,
    [property: Id(2)] IReadOnlyList<string> Values)
{
    public static PlatformMessage From(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(message.Key, message.Arguments.Select(a => a.Name).ToArray(), message.Arguments.Select(a => a.Value).ToArray());
    }

    public Message ToMessage() =>
        new(Key, Names.Zip(Values, (name, value) => new MessageArgument(name, value)).ToArray());

    // By value, arguments included: a result read back from storage (a replayed feed batch) equals the one first answered.
    public bool Equals(PlatformMessage? other) =>
        other is not null
        && string.Equals(Key, other.Key, StringComparison.Ordinal)
        && Names.SequenceEqual(other.Names, StringComparer.Ordinal)
        && Values.SequenceEqual(other.Values, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Key, StringComparer.Ordinal);
        foreach (var value in Names.Concat(Values))
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
