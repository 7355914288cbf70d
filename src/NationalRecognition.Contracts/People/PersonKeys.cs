using System.Security.Cryptography;
using System.Text;

namespace NationalRecognition.Contracts.People;

/// <summary>
/// A person's grain key: a hash of their platform identity (issuer and subject), or of their IIN for grants addressed by
/// IIN, never the values themselves: grain ids appear in traces, logs and storage keys. As with <c>LearnerKeys</c>, a
/// pseudonym, not anonymisation.
/// </summary>
public static class PersonKeys
{
    public static string ForIdentity(string issuer, string subject) => "person-" + Hash($"nr-person\n{issuer}\n{subject}");

    public static string ForIin(string iin) => "person-iin-" + Hash($"nr-person-iin\n{iin}");

    /// <summary>The key a reference names: its identity's when it has one, else its IIN's.</summary>
    public static string For(PersonReference person) =>
        person.Issuer is not null && person.Subject is not null ? ForIdentity(person.Issuer, person.Subject)
        : person.Iin is not null ? ForIin(person.Iin)
        : throw new ArgumentException("A person is named by platform identity or by IIN.", nameof(person));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
}
