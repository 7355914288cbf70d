using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Grading;
using Xunit;

namespace NationalRecognition.Domain.Tests.Comparison;

public sealed class RecommendationAdvisorTests
{
    private static Recommendation Recommend(ComparisonInput input) => RecommendationAdvisor.Recommend(DisciplineComparison.Create(input));

    [Fact]
    public void Full_recognition_is_recommended_when_content_objectives_coverage_and_volume_all_hold() =>
        Assert.Equal(RecognitionRecommendation.Full, Recommend(DisciplineComparisonTests.Input()).Kind);

    [Fact]
    public void Volume_above_the_discipline_still_allows_full_recognition() =>
        Assert.Equal(RecognitionRecommendation.Full, Recommend(DisciplineComparisonTests.Input(volume: Volume.OfCredits(8))).Kind);

    [Fact]
    public void Content_mismatch_gives_partial_with_the_reason()
    {
        var recommendation = Recommend(DisciplineComparisonTests.Input(content: false));

        Assert.Equal(RecognitionRecommendation.Partial, recommendation.Kind);
        Assert.Contains(recommendation.Reasons, r => r.Contains("content", StringComparison.Ordinal));
    }

    [Fact]
    public void Objectives_mismatch_gives_partial() =>
        Assert.Equal(RecognitionRecommendation.Partial, Recommend(DisciplineComparisonTests.Input(objectives: false)).Kind);

    [Fact]
    public void Incomplete_coverage_gives_partial_naming_the_missing_outcomes() =>
        Assert.Contains("LO4", Assert.Single(Recommend(DisciplineComparisonTests.Input(covered: ["LO1", "LO2", "LO3"])).Reasons), StringComparison.Ordinal);

    [Fact]
    public void Short_volume_gives_partial() =>
        Assert.Equal(RecognitionRecommendation.Partial, Recommend(DisciplineComparisonTests.Input(volume: Volume.OfHours(60))).Kind);

    [Fact]
    public void No_outcome_covered_gives_nothing_to_recognise() =>
        Assert.Equal(RecognitionRecommendation.None, Recommend(DisciplineComparisonTests.Input(covered: [])).Kind);

    [Fact]
    public void Failing_certificate_grade_gives_nothing_to_recognise() =>
        Assert.Equal(RecognitionRecommendation.None, Recommend(DisciplineComparisonTests.Input(grade: new PassFailGrade(false))).Kind);

    [Fact]
    public void Passing_pass_fail_grade_allows_full_recognition() =>
        Assert.Equal(RecognitionRecommendation.Full, Recommend(DisciplineComparisonTests.Input(grade: new PassFailGrade(true))).Kind);
}
