using NationalRecognition.Contracts.Applications;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// An application is judged by its submission day, however much later the Commission compares and decides: the
/// professional qualification's validity and the version of the Rules are those of that day (clause 13; issue [14]).
/// The Commission here sits weeks after the submission, on a cluster whose clock the test moves.
/// </summary>
[Collection(MovedClockClusterCollection.Name)]
public sealed class SubmissionDayJudgementTests
{
    private const int WeeksLater = 42;

    private readonly MovedClockClusterFixture _fixture;

    public SubmissionDayJudgementTests(MovedClockClusterFixture fixture)
    {
        _fixture = fixture;
        _fixture.Clock.Reset();
    }

    /// <summary>Valid until a week after the test day, the submission day: expired when the Commission sits.</summary>
    private static DateOnly QualificationValidUntil => TestClock.Today.AddDays(7);

    [Fact]
    public async Task Qualification_valid_on_the_submission_day_is_recognised_by_a_decision_taken_after_it_expired()
    {
        var (campus, application) = await SubmittedQualification();
        await application.StartReview(Actors.Chair(campus.Bin));
        await application.RecordComparison(campus.FullMatch(Campus.SoftwareModule, "Software developer"), Actors.Chair(campus.Bin));

        _fixture.Clock.MoveForward(WeeksLater);
        var decided = await application.Decide(RecogniseToday(Campus.SoftwareModule), Actors.Chair(campus.Bin));

        Assert.True(_fixture.Clock.Today > QualificationValidUntil);
        Assert.Equal(ApplicationStatus.Recognised, decided.Status);
    }

    [Fact]
    public async Task Qualification_valid_on_the_submission_day_is_compared_after_it_expired()
    {
        var (campus, application) = await SubmittedQualification();

        _fixture.Clock.MoveForward(WeeksLater);
        await application.StartReview(Actors.Chair(campus.Bin));
        var compared = await application.RecordComparison(campus.FullMatch(Campus.SoftwareModule, "Software developer"), Actors.Chair(campus.Bin));

        Assert.True(_fixture.Clock.Today > QualificationValidUntil);
        Assert.True(compared.Comparisons.Single().CoverageComplete);
    }

    [Fact]
    public async Task Decision_taken_after_a_later_version_entered_into_force_is_judged_by_the_version_of_the_submission_day()
    {
        var campus = await Campus.Open(_fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        var application = campus.ApplicationOf(command);
        var submitted = await campus.Submit(command);
        await application.StartReview(Actors.Chair(campus.Bin));
        await application.RecordComparison(campus.FullMatch(), Actors.Chair(campus.Bin));

        _fixture.Clock.MoveForward(WeeksLater);
        var decided = await application.Decide(RecogniseToday(Campus.MachineLearning), Actors.Chair(campus.Bin));

        Assert.True(_fixture.Clock.Today >= MovedClockClusterFixture.LaterVersionFrom);
        Assert.NotEqual(MovedClockClusterFixture.LaterVersionId, submitted.RuleVersionId);
        Assert.Equal(submitted.RuleVersionId, decided.RuleVersionId);
    }

    private async Task<(Campus Campus, IApplicationGrain Application)> SubmittedQualification()
    {
        var campus = await Campus.Open(_fixture.Grains, kind: InstitutionKind.Tvet);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.ProfessionalQualification(iin, validUntil: QualificationValidUntil), units: Campus.SoftwareModule);
        await campus.Submit(command);
        return (campus, campus.ApplicationOf(command));
    }

    /// <summary>The protocol of the meeting on the day the clock now shows, chair and secretary present.</summary>
    private DecideApplication RecogniseToday(params string[] units) =>
        new(Campus.Protocol() with { Date = _fixture.Clock.Today }, units.Select(u => new UnitDecisionInput(u, true)).ToList());
}
