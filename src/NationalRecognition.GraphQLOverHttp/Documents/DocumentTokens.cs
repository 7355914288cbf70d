namespace NationalRecognition.GraphQLOverHttp.Documents;

/// <summary>
/// Counts the lexical tokens of a GraphQL document (names, numbers, strings, punctuators; whitespace, commas and
/// comments are free) in one pass, without building anything, and stops as soon as the count passes the limit. The
/// parser has no token limit of its own, and what parsing and validation cost grows with the tokens.
/// </summary>
internal static class DocumentTokens
{
    /// <summary>True when <paramref name="document"/> has more than <paramref name="maxTokens"/> tokens.</summary>
    public static bool Exceed(string document, int maxTokens)
    {
        var count = 0;
        var i = 0;
        var text = document.AsSpan();
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\n' or '\r' or ',' or '\uFEFF')
            {
                i++;
                continue;
            }

            if (c == '#')
            {
                while (i < text.Length && text[i] is not ('\n' or '\r'))
                {
                    i++;
                }

                continue;
            }

            if (++count > maxTokens)
            {
                return true;
            }

            i = c switch
            {
                '"' => SkipString(text, i),
                '.' when i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.' => i + 3,
                '-' or (>= '0' and <= '9') => SkipNumber(text, i),
                '_' or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') => SkipName(text, i),
                _ => i + 1,
            };
        }

        return false;
    }

    private static int SkipName(ReadOnlySpan<char> text, int i)
    {
        i++;
        while (i < text.Length && (text[i] is '_' or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9')))
        {
            i++;
        }

        return i;
    }

    private static int SkipNumber(ReadOnlySpan<char> text, int i)
    {
        i++;
        while (i < text.Length && (text[i] is (>= '0' and <= '9') or '.' or 'e' or 'E' or '+' or '-'))
        {
            i++;
        }

        return i;
    }

    private static int SkipString(ReadOnlySpan<char> text, int i)
    {
        if (i + 2 < text.Length && text[i + 1] == '"' && text[i + 2] == '"')
        {
            // Block string: ends at the next unescaped """.
            i += 3;
            while (i < text.Length)
            {
                if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == '"' && text[i + 2] == '"' && text[i + 3] == '"')
                {
                    i += 4;
                }
                else if (text[i] == '"' && i + 2 < text.Length && text[i + 1] == '"' && text[i + 2] == '"')
                {
                    return i + 3;
                }
                else
                {
                    i++;
                }
            }

            return i;
        }

        i++;
        while (i < text.Length && text[i] is not ('"' or '\n' or '\r'))
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(text.Length, i + 1);
    }
}
