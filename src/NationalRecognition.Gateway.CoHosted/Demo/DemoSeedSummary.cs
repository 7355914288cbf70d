using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>What a seeding run found or made; <see cref="ApplicationsAdvanced"/> is 0 when everything was already there.</summary>
public sealed record DemoSeedSummary(
    int Institutions,
    int RegistryCertificates,
    IReadOnlyDictionary<ApplicationStatus, int> ApplicationsByStatus,
    int ApplicationsAdvanced,
    DateOnly AutumnStart);
