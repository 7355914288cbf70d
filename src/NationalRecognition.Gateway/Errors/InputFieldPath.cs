namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// A refusal's field as the caller wrote it: the GraphQL input names (<c>protocol.membersPresent</c>,
/// <c>appendix[2].grade</c>), not the code's (<c>Protocol.MembersPresent</c>). Each segment starts lower-case; indexes stay.
/// </summary>
public static class InputFieldPath
{
    public static string? Of(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return field;
        }

        var segments = field.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var name = segment.Split('[')[0];
            if (name.Length > 1 && name.All(char.IsUpper))
            {
                // An abbreviation (IIN, BIN) is written in lower case as a whole.
                segments[i] = name.ToLowerInvariant() + segment[name.Length..];
            }
            else if (segment.Length > 0 && char.IsUpper(segment[0]))
            {
                segments[i] = char.ToLowerInvariant(segment[0]) + segment[1..];
            }
        }

        return string.Join('.', segments);
    }
}
