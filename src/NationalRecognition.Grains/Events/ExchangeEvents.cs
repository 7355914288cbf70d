using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Grains.Events;

[PlatformEvent("InDemandProfessionsPublished", 1)]
public sealed record InDemandProfessionsPublished(int Year, int Version, IReadOnlyList<string> ProfessionCodes) : IPlatformEvent
{
    public string Describe() => $"in-demand professions for {Year}: version {Version}, {ProfessionCodes.Count} profession(s)";
}

[PlatformEvent("CertificateUpdated", 1)]
public sealed record CertificateUpdated(
    string RegistryKey,
    int Version,
    CertificateSource Source,
    DateOnly IssueDate,
    string? ProfessionCode,
    int? ProfessionListVersion) : IPlatformEvent
{
    public string Describe() => $"certificate {RegistryKey} recorded as version {Version} ({Source})";
}

[PlatformEvent("CertificateFeedBatchReceived", 1)]
public sealed record CertificateFeedBatchReceived(
    string IdempotencyKey,
    int Records,
    int Accepted,
    int Unchanged,
    int Updated,
    int Rejected) : IPlatformEvent
{
    public string Describe() =>
        $"feed batch {IdempotencyKey}: {Records} record(s), {Accepted} accepted, {Unchanged} unchanged, {Updated} updated, {Rejected} rejected";
}
