using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Testing;

namespace NationalRecognition.Grains.Tests;

/// <summary>Feed records and batches for tests: valid by default, one field changed per case.</summary>
internal static class Feed
{
    public static CertificateFeedRecord Record(string? iin = null, string? number = null, string? profession = Certificates.DataAnalyst, string? issued = "2025-06-20") =>
        new(number ?? $"ENB-{Guid.NewGuid():N}"[..16], iin ?? TestIdentities.NewIin(), profession, "Data analysis with SQL and Python",
            72m, null, "87%", issued, "Astana IT training centre", "Aigerim Sultanova");

    public static ICertificateFeedGrain Batch(IGrainFactory grains, string key) =>
        grains.GetGrain<ICertificateFeedGrain>(CertificateFeedKeys.Batch(Actors.Exchange.SubjectId, key));

    public static Task<CertificateFeedBatch> Send(IGrainFactory grains, params CertificateFeedRecord[] records) =>
        Send(grains, Guid.NewGuid().ToString("N"), records);

    public static Task<CertificateFeedBatch> Send(IGrainFactory grains, string key, params CertificateFeedRecord[] records) =>
        Batch(grains, key).Submit(key, records, Actors.Exchange);

    public static string KeyOf(CertificateFeedRecord record) => CertificateKeys.Exchange(record.Number!);
}
