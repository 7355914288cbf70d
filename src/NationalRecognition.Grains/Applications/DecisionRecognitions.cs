using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Applications.Events;
using NationalRecognition.Domain.Comparison;

namespace NationalRecognition.Grains.Applications;

/// <summary>
/// What a decision recognises outside the application: the courses for the learner's ledger and the appendix entries
/// claimed on their certificates. Stored with the decision and written after it commits, so that a decision that
/// fails leaves nothing behind; a retry of the decision writes them again (both writes are idempotent).
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.DecisionRecognitions")]
public sealed record DecisionRecognitions(
    [property: Id(0)] IReadOnlyList<CourseRecognition> Courses,
    [property: Id(1)] IReadOnlyList<EntryClaim> Claims)
{
    /// <summary>The courses of the decision and, for each recognised unit, the entries its recognition rests on.</summary>
    public static DecisionRecognitions Of(Application decided, Decided @event, string institutionBin)
    {
        var courses = @event.Recognitions.Select(r => new CourseRecognition(r.Course, r.UnitCode, r.Credits)).ToList();
        var claims = new List<EntryClaim>();
        foreach (var unit in @event.Decision.Decisions.OfType<RecognisedDiscipline>())
        {
            var compared = decided.Comparisons.Where(c => c.IsForUnit(unit.Item.Code)).ToList();
            var supporting = UnitComparison.Of(compared.Select(c => c.Result)).Supporting;
            claims.AddRange(compared
                .Where(c => supporting.Contains(c.Result))
                .Select(c => new EntryClaim(c.DocumentIndex, new RecognitionClaim(c.Result.CertificateEntryName, institutionBin, unit.Item.Code, decided.Id))));
        }

        return new DecisionRecognitions(courses, claims);
    }
}
