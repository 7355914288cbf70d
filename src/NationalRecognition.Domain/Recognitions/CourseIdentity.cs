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
