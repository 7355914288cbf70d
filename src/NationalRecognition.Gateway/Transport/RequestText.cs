using GraphQL;
using GraphQL.Transport;

namespace NationalRecognition.Gateway.Transport;

/// <summary>
/// Refuses text that no field of the platform may hold: NUL characters and unpaired surrogates, anywhere in the
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
