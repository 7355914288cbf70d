using GraphQL;
using GraphQL.Transport;

namespace NationalRecognition.GraphQLOverHttp.Documents;

/// <summary>
/// Refuses text that no field should hold: NUL characters and unpaired surrogates, anywhere in the
/// document, the operation name or the variables. Stored, they break exports, logs and other systems that read them.
/// </summary>
internal static class RequestText
{
    /// <summary>Null when every string of the request is clean text; else why not.</summary>
    public static string? Problem(GraphQLRequest request)
    {
        if (!IsClean(request.Query) || !IsClean(request.OperationName))
        {
            return "The document holds a NUL character or an unpaired surrogate.";
        }

        return request.Variables is { } variables && !IsClean(variables, depth: 0)
            ? "A variable holds a NUL character or an unpaired surrogate."
            : null;
    }

    /// <summary>
    /// Whether JSON text escapes an unpaired surrogate (<c>"\ud800"</c>): System.Text.Json refuses to read such a
    /// string, and the client must hear that its text is not valid rather than that its JSON is.
    /// </summary>
    public static bool EscapesUnpairedSurrogate(string json)
    {
        for (var i = json.IndexOf("\\u", StringComparison.Ordinal); i >= 0 && i + 6 <= json.Length; i = json.IndexOf("\\u", i + 2, StringComparison.Ordinal))
        {
            if (!ushort.TryParse(json.AsSpan(i + 2, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var unit))
            {
                continue;
            }

            var c = (char)unit;
            if (char.IsLowSurrogate(c))
            {
                return true;
            }

            if (char.IsHighSurrogate(c))
            {
                var next = i + 6;
                if (next + 6 > json.Length || json[next] != '\\' || json[next + 1] != 'u'
                    || !ushort.TryParse(json.AsSpan(next + 2, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var low)
                    || !char.IsLowSurrogate((char)low))
                {
                    return true;
                }

                i = next;
            }
        }

        return false;
    }

    private static bool IsClean(object? value, int depth) => value switch
    {
        // The body limit bounds the nesting; the depth guard only keeps the walk off the stack's edge.
        _ when depth > 64 => true,
        string text => IsClean(text),
        Inputs inputs => inputs.All(pair => IsClean(pair.Key) && IsClean(pair.Value, depth + 1)),
        IDictionary<string, object?> map => map.All(pair => IsClean(pair.Key) && IsClean(pair.Value, depth + 1)),
        IEnumerable<object?> items => items.All(item => IsClean(item, depth + 1)),
        _ => true,
    };

    private static bool IsClean(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
