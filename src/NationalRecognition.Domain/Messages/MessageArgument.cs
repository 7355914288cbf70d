using System.Globalization;

namespace NationalRecognition.Domain.Messages;

/// <summary>
/// One named value of a <see cref="Message"/>, kept as invariant text so that it crosses grain calls and stored
/// results unchanged: numbers with a dot, days as yyyy-MM-dd. The catalogue formats numbers for the reader.
/// </summary>
public sealed record MessageArgument(string Name, string Value)
{
    /// <summary>The argument <paramref name="name"/> with <paramref name="value"/> written invariantly.</summary>
    public static MessageArgument Of(string name, object? value) => new(name, value switch
    {
        null => string.Empty,
        string text => text,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
        Enum member => member.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    });
}
