using System.Security.Cryptography;
using System.Text;

namespace NationalRecognition.Contracts.Listings;

/// <summary>
/// A learner's grain key is a pseudonym of their IIN, not the IIN: grain ids appear in Orleans' traces, logs,
/// the dashboard and the storage table's key columns, and an IIN is personal data. The hash keeps one learner
/// on one grain; it is not anonymisation (IINs are few enough to enumerate), so exported traces stay restricted.
/// </summary>
public static class LearnerKeys
{
    public static string For(string iin) =>
        "learner-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"nr-learner\n{iin}")), 0, 16);
}
