using NationalRecognition.Domain.Grading;

namespace NationalRecognition.Domain.Certificates;

/// <summary>
/// One course / discipline / module in a certificate's appendix. Volume and grade may be missing as read from
/// the paper; <see cref="CertificateRules"/> then reports the certificate as incomplete (clause 10).
/// </summary>
public sealed record AppendixEntry(string Name, Volume? Volume, Grade? Grade)
{
    /// <summary>
    /// The course's own identifier where the certificate gives one: the platform's course id or the course page's URL
    /// (a MOOC), or the course code (the labour exchange). Two courses of one title are then two courses.
    /// </summary>
    public string? CourseIdentifier { get; init; }
}
