using System.Collections;

namespace NationalRecognition.ServiceDefaults.Logging;

/// <summary>
/// A log entry's structured values and rendered message with IINs masked, handed to the real provider in place
/// of the original state, so that structured sinks (JSON, OpenTelemetry) see only masked values too.
/// </summary>
internal sealed class RedactedLogState(IReadOnlyList<KeyValuePair<string, object?>> values, string message)
    : IReadOnlyList<KeyValuePair<string, object?>>
{
    public string Message { get; } = message;

    public int Count => values.Count;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public static RedactedLogState From<TState>(TState state, string message)
    {
        var redacted = new List<KeyValuePair<string, object?>>();
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var pair in pairs)
            {
                redacted.Add(new(pair.Key, RedactValue(pair.Value)));
            }
        }

        return new RedactedLogState(redacted, PersonalDataRedactor.Redact(message));
    }

    /// <summary>Strings and anything whose text carries an IIN are replaced by masked text; other values pass.</summary>
    public static object? RedactValue(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return PersonalDataRedactor.Redact(text);
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                // A plain dictionary renders as its type name: show its pairs instead, masked like the rest.
                var rendering = pairs.ToString();
                return From(pairs, rendering is null || rendering == pairs.GetType().ToString()
                    ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
                    : rendering);
            default:
                var rendered = value.ToString();
                return PersonalDataRedactor.ContainsIin(rendered) ? PersonalDataRedactor.Redact(rendered!) : value;
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Message;
}
