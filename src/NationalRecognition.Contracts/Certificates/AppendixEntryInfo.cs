using System.Text.Json.Serialization;

namespace NationalRecognition.Contracts.Certificates;

/// <summary>A course, discipline or module of the certificate's appendix (clause 10): volume and grade.</summary>
/// <param name="CourseIdentifier">
/// The course's own identifier where the certificate gives one: the platform's course id or the course page's URL (a
/// MOOC), the course code (the labour exchange). Two courses of one title are then two courses (CourseIdentity).
/// Left out of JSON when absent, so that a command's fingerprint and a stored event read as before.
/// </param>
[GenerateSerializer, Immutable, Alias("nr.AppendixEntryInfo")]
public sealed record AppendixEntryInfo(
    [property: Id(0)] string Name,
    [property: Id(1)] decimal? Credits,
    [property: Id(2)] decimal? Hours,
    [property: Id(3)] GradeInfo? Grade,
    [property: Id(4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CourseIdentifier = null);
