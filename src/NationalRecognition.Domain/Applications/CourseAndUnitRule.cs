using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Domain.Recognitions;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// One course is put before the Commission once for one unit: an application for a course and unit that an earlier
/// application at the institution still has pending, or had recognised, is refused at the door citing it. After a
/// refusal or a withdrawal the learner may apply again.
/// </summary>
public static class CourseAndUnitRule
{
    /// <summary>Every course of the attached documents, each for every requested unit.</summary>
    public static IReadOnlyList<CourseForUnit> PutForward(IReadOnlyList<ConfirmingDocument> documents, IReadOnlyList<ApplicationUnit> units) =>
        documents
            .SelectMany(CoursesOf)
            .Distinct(StringComparer.Ordinal)
            .SelectMany(course => units.Select(u => new CourseForUnit(course, u.Code)))
            .ToArray();

    public static void EnsureNotPendingOrRecognised(IReadOnlyList<ConfirmingDocument> documents, IReadOnlyList<ApplicationUnit> units, IReadOnlyList<EarlierApplication> earlier) =>
        EnsureFree(PutForward(documents, units), earlier);

    /// <summary>
    /// Refuses course-and-unit pairs that an earlier application still holds (<see cref="EarlierApplication.Holds"/>),
    /// naming it; the learner's ledger checks the same again when it records the submission's claim.
    /// </summary>
    public static void EnsureFree(IReadOnlyList<CourseForUnit> wanted, IReadOnlyList<EarlierApplication> earlier)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        foreach (var application in earlier ?? [])
        {
            if (application.Holds.FirstOrDefault(wanted.Contains) is { } held)
            {
                var state = application.Status is ApplicationStatus.Submitted or ApplicationStatus.UnderReview ? "still pending" : "already recognised";
                throw new DomainException(
                    DomainErrorCode.Conflict,
                    Message.Of("courseAndUnitRule.courseStateUnitCode", ("state", state), ("unitCode", held.UnitCode), ("id", application.Id)),
                    "Documents",
                    "13");
            }
        }
    }

    private static IEnumerable<string> CoursesOf(ConfirmingDocument document) => document switch
    {
        NonFormalEducationCertificate certificate => certificate.Appendix.Select(e => CourseIdentity.Of(certificate, e)),
        _ => [CourseIdentity.Of(document, new AppendixEntry(string.Empty, null, null))],
    };
}
