using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Recognitions;

namespace NationalRecognition.Contracts.Privacy;

/// <summary>
/// What the platform holds about one learner (subject access, docs/privacy.md): their applications with documents,
/// comparisons and decisions; the certificates they submitted; the courses recognised for them at each institution (the
/// ledger); and who read their data. <see cref="ReadsTotal"/> says how many reads there are when
/// <see cref="Reads"/> holds only the newest <see cref="PersonalDataExportLimits.Reads"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.PersonalDataExport")]
public sealed record PersonalDataExport(
    [property: Id(0)] DateTimeOffset GeneratedAt,
    [property: Id(1)] IReadOnlyList<ApplicationInfo> Applications,
    [property: Id(2)] IReadOnlyList<CertificateInfo> Certificates,
    [property: Id(3)] IReadOnlyList<HeldCourseRecognitionAt> Recognitions,
    [property: Id(4)] IReadOnlyList<PersonalDataRead> Reads,
    [property: Id(5)] int ReadsTotal);

/// <summary>A course recognised for the learner, with the institution whose ledger holds it.</summary>
[GenerateSerializer, Immutable, Alias("nr.HeldCourseRecognitionAt")]
public sealed record HeldCourseRecognitionAt(
    [property: Id(0)] string InstitutionBin,
    [property: Id(1)] HeldCourseRecognition Held);

/// <summary>How much one export holds at most (older reads are paged with <c>dataReads</c>).</summary>
public static class PersonalDataExportLimits
{
    /// <summary>Applications in one export: far above what one learner files.</summary>
    public const int Applications = 1000;

    /// <summary>The newest reads in one export.</summary>
    public const int Reads = 1000;
}
