using NationalRecognition.Contracts.Listings;

namespace NationalRecognition.Contracts.Recognitions;

/// <summary>The key of a learner's recognitions at one institution: the institution's BIN and the learner's pseudonym (never the IIN).</summary>
public static class LearnerRecognitionKeys
{
    public static string For(string institutionBin, string learnerIin) => $"{institutionBin}/{LearnerKeys.For(learnerIin)}";

    public static string InstitutionOf(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? key[..slash] : throw new ArgumentException($"'{key}' is not a learner-recognitions key (BIN/learner).", nameof(key));
    }
}
