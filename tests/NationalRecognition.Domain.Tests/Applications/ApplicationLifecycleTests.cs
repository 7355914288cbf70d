using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Applications;

public sealed class ApplicationLifecycleTests
{
    [Fact]
    public void Submitted_application_goes_under_review() =>
        Assert.Equal(ApplicationStatus.UnderReview, ApplicationLifecycle.StartReview(ApplicationStatus.Submitted));

    [Theory]
    [InlineData(ApplicationStatus.Recognised)]
    [InlineData(ApplicationStatus.PartlyRecognised)]
    [InlineData(ApplicationStatus.NotRecognised)]
    public void Application_under_review_can_be_decided(ApplicationStatus decision) =>
        Assert.Equal(decision, ApplicationLifecycle.Move(ApplicationStatus.UnderReview, decision));

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.UnderReview)]
    public void Application_can_be_withdrawn_before_the_decision(ApplicationStatus from) =>
        Assert.Equal(ApplicationStatus.Withdrawn, ApplicationLifecycle.Withdraw(from));

    [Fact]
    public void Submitted_application_cannot_be_decided_before_review()
    {
        var ex = Assert.Throws<DomainException>(() => ApplicationLifecycle.Move(ApplicationStatus.Submitted, ApplicationStatus.Recognised));

        Assert.Equal(DomainErrorCode.InvalidTransition, ex.Code);
        Assert.Contains("under review", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApplicationStatus.Recognised)]
    [InlineData(ApplicationStatus.PartlyRecognised)]
    [InlineData(ApplicationStatus.NotRecognised)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void Decided_or_withdrawn_application_is_final(ApplicationStatus final)
    {
        Assert.True(ApplicationLifecycle.IsFinal(final));
        foreach (var to in Enum.GetValues<ApplicationStatus>())
        {
            var ex = Assert.Throws<DomainException>(() => ApplicationLifecycle.Move(final, to));
            Assert.Contains("final", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Decided_application_cannot_be_withdrawn() =>
        Assert.Equal(DomainErrorCode.InvalidTransition, Assert.Throws<DomainException>(() => ApplicationLifecycle.Withdraw(ApplicationStatus.Recognised)).Code);

    [Fact]
    public void Application_under_review_cannot_return_to_submitted() =>
        Assert.Contains(
            "cannot return to submitted",
            Assert.Throws<DomainException>(() => ApplicationLifecycle.Move(ApplicationStatus.UnderReview, ApplicationStatus.Submitted)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Exactly_six_transitions_are_allowed()
    {
        var statuses = Enum.GetValues<ApplicationStatus>();

        var allowed = statuses.SelectMany(from => statuses.Where(to => ApplicationLifecycle.CanMove(from, to)).Select(to => (from, to))).ToArray();

        Assert.Equal(6, allowed.Length);
    }
}
