using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Comparison;

namespace NationalRecognition.Grains.Applications;

/// <summary>
/// What a decision recognises outside the application: the courses for the learner's ledger (stored with the decision,
/// <see cref="ApplicationState.RecognisedCourses"/>) and the appendix entries claimed on their certificates (the entries
/// each recognised unit's recognition rests on, worked out again from the comparisons).
/// </summary>
internal sealed record DecisionRecognitions(IReadOnlyList<CourseRecognition> Courses, IReadOnlyList<(int DocumentIndex, RecognitionClaim Claim)> Claims)
{
    public static DecisionRecognitions Of(Application decided, IEnumerable<string> recognisedUnits, IReadOnlyList<CourseRecognition> courses, string institutionBin)
    {
        var claims = new List<(int, RecognitionClaim)>();
        foreach (var unitCode in recognisedUnits)
        {
            var compared = decided.Comparisons.Where(c => c.IsForUnit(unitCode)).ToList();
            var supporting = UnitComparison.Of(compared.Select(c => c.Result)).Supporting;
            claims.AddRange(compared
                .Where(c => supporting.Contains(c.Result))
                .Select(c => (c.DocumentIndex, new RecognitionClaim(c.Result.CertificateEntryName, institutionBin, unitCode, decided.Id))));
        }

        return new DecisionRecognitions(courses, claims);
    }
}
