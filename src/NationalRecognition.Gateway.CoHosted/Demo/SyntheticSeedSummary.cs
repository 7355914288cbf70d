using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>What a synthetic seeding run found or made; <see cref="ApplicationsAdvanced"/> is 0 when everything was already there.</summary>
public sealed record SyntheticSeedSummary(
    int Institutions,
    int Months,
    IReadOnlyDictionary<ApplicationStatus, int> ApplicationsByStatus,
    int ApplicationsAdvanced,
    int Failed);
