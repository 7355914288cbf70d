using System.Text;

namespace NationalRecognition.Domain.Errors;

/// <summary>Compares people's and items' names as people write them: case and spacing do not matter.</summary>
internal static class NameText
{
    public static string Normalise(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    public static bool Same(string? left, string? right) =>
        left is not null && right is not null && Normalise(left) == Normalise(right);
}
