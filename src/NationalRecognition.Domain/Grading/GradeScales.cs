using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Grading;

/// <summary>The grade scales an institution may choose, by id.</summary>
public static class GradeScales
{
    public static IReadOnlyList<GradeScale> Known { get; } = [GradeScale.PointRatingWithFx, GradeScale.PointRatingWithoutFx];

    public static GradeScale Find(string? id, string field = "GradeScaleId") =>
        Known.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal))
        ?? throw new DomainException(
            DomainErrorCode.Validation,
            Message.Of("gradeScales.unknownGradeScale", ("id", id), ("known", string.Join(", ", Known.Select(s => s.Id)))),
            field);
}
