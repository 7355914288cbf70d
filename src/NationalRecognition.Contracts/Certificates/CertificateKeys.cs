using System.Globalization;
using System.Text;

namespace NationalRecognition.Contracts.Certificates;

/// <summary>
/// A certificate's registry key: issuer and number, normalised, so that the same paper submitted twice
/// (spaced or cased differently) reaches the same grain and cannot be recognised twice.
/// </summary>
public static class CertificateKeys
{
    /// <summary>The issuer named on every certificate of the electronic labour exchange (clause 10.3).</summary>
    public const string ExchangeIssuer = "Enbek.kz electronic labour exchange";

    /// <summary>The registry key of the exchange's certificate with this number: what a learner attaches.</summary>
    public static string Exchange(string number) => For(ExchangeIssuer, number);

    public static string For(CertificateInfo certificate) => For(certificate.IssuerName, certificate.Number);

    public static string For(string issuer, string number) => $"{Normalise(issuer)}/{Normalise(number)}";

    private static string Normalise(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
