using System.Globalization;
using System.Text;
using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Domain.Recognitions;

/// <summary>
/// What makes two recognised outcomes the same course, whatever was typed: for a MOOC the platform (as clause 10.4 names
/// it) and the course's name; for any other certificate its issuer, number and appendix entry; for a professional
/// qualification its number and profession. "Coursera Inc" and "Coursera", or "Machine  learning" and "machine
/// learning", are one course.
/// </summary>
public static class CourseIdentity
{
    private static readonly HashSet<string> IssuerNoise = ["inc", "llc", "ltd", "too", "тоо", "ао", "llp", "jsc"];

    /// <summary>
    /// The identity of one appendix entry's course: for a MOOC the platform and the course identifier (id or URL) where
    /// the entry gives one, else the platform and the title; for the labour exchange the registry number and the
    /// course code (else the title); for any other issuer the issuer and the title, so that the same course on a second
    /// certificate is the same course; for a professional qualification its number and profession.
    /// </summary>
    public static string Of(ConfirmingDocument document, AppendixEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var identifier = string.IsNullOrWhiteSpace(entry.CourseIdentifier) ? null : CourseIdentifierKey(entry.CourseIdentifier);
        return document switch
        {
            NonFormalEducationCertificate { IssuerKind: IssuerKind.MoocPlatform, Platform: { } platform } =>
                $"mooc/{platform.ToString().ToLowerInvariant()}/" + (identifier is null ? Key(entry.Name) : $"id/{identifier}"),
            NonFormalEducationCertificate { IssuerKind: IssuerKind.ElectronicLabourExchange } exchange =>
                $"exchange/{Key(exchange.Number)}/" + (identifier is null ? Key(entry.Name) : $"code/{identifier}"),
            NonFormalEducationCertificate certificate => $"course/{Key(certificate.IssuerName, IssuerNoise)}/{Key(entry.Name)}",
            ProfessionalQualificationCertificate qualification => $"pq/{Key(qualification.Number)}/{Key(qualification.ProfessionCode)}",
            _ => throw new ArgumentOutOfRangeException(nameof(document), document, "Unknown kind of confirming document."),
        };
    }

    /// <summary>
    /// A course identifier as written: a URL without its scheme, "www.", query, fragment and trailing slash, then
    /// letters and digits only ("https://www.coursera.org/learn/ml?utm=x" and "coursera.org/learn/ml/" are one).
    /// </summary>
    public static string CourseIdentifierKey(string identifier)
    {
        var text = identifier.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        var end = text.IndexOfAny(['?', '#']);
        if (end >= 0)
        {
            text = text[..end];
        }

        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        return Key(text);
    }

    /// <summary>The identity used before course identifiers (issue [14]): issuer, number and entry for a non-MOOC certificate. Kept for the ledgers stored with it.</summary>
    public static string Of(ConfirmingDocument document, string entryName) => document switch
    {
        NonFormalEducationCertificate { IssuerKind: IssuerKind.MoocPlatform, Platform: { } platform } =>
            $"mooc/{platform.ToString().ToLowerInvariant()}/{Key(entryName)}",
        NonFormalEducationCertificate certificate => $"cert/{Key(certificate.IssuerName, IssuerNoise)}/{Key(certificate.Number)}/{Key(entryName)}",
        ProfessionalQualificationCertificate qualification => $"pq/{Key(qualification.Number)}/{Key(qualification.ProfessionCode)}",
        _ => throw new ArgumentOutOfRangeException(nameof(document), document, "Unknown kind of confirming document."),
    };

    /// <summary>Letters and digits, lower case, compatibility-normalised; the given noise words dropped.</summary>
    public static string Key(string value, IReadOnlySet<string>? noise = null)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in value.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return string.Concat(words.Where(w => noise is null || !noise.Contains(w)));
    }
}
