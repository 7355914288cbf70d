using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// submitted → under review → recognised / partly recognised / not recognised; withdrawn from submitted or under
/// review. Decided and withdrawn applications are final (an appeal is a new procedure, not a transition).
/// </summary>
public static class ApplicationLifecycle
{
    public static bool IsFinal(ApplicationStatus status) => status is
        ApplicationStatus.Recognised or ApplicationStatus.PartlyRecognised or ApplicationStatus.NotRecognised or ApplicationStatus.Withdrawn;

    public static bool IsDecision(ApplicationStatus status) => status is
        ApplicationStatus.Recognised or ApplicationStatus.PartlyRecognised or ApplicationStatus.NotRecognised;

    public static bool CanMove(ApplicationStatus from, ApplicationStatus to) => (from, to) switch
    {
        (ApplicationStatus.Submitted, ApplicationStatus.UnderReview) => true,
        (ApplicationStatus.Submitted or ApplicationStatus.UnderReview, ApplicationStatus.Withdrawn) => true,
        (ApplicationStatus.UnderReview, _) when IsDecision(to) => true,
        _ => false,
    };

    /// <summary>The new status, or InvalidTransition explaining why it is not allowed.</summary>
    public static ApplicationStatus Move(ApplicationStatus from, ApplicationStatus to)
    {
        if (CanMove(from, to))
        {
            return to;
        }

        var why = IsFinal(from)
            ? $"the application is already {Describe(from)}, which is final"
            : to switch
            {
                ApplicationStatus.Submitted => "an application cannot return to submitted",
                _ when IsDecision(to) => "the Commission decides only after taking the application under review",
                _ => $"only {Allowed(from)} can follow {Describe(from)}",
            };
        throw new DomainException(
            DomainErrorCode.InvalidTransition,
            Message.Of("applicationLifecycle.applicationCannotMove", ("from", Describe(from)), ("to", Describe(to)), ("why", why)),
            "Status");
    }

    public static ApplicationStatus StartReview(ApplicationStatus current) => Move(current, ApplicationStatus.UnderReview);

    public static ApplicationStatus Withdraw(ApplicationStatus current) => Move(current, ApplicationStatus.Withdrawn);

    public static ApplicationStatus Decide(ApplicationStatus current, ApplicationDecision decision) => Move(current, decision.Outcome);

    private static string Allowed(ApplicationStatus from) =>
        string.Join(" or ", Enum.GetValues<ApplicationStatus>().Where(s => CanMove(from, s)).Select(Describe));

    private static string Describe(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "submitted",
        ApplicationStatus.UnderReview => "under review",
        ApplicationStatus.Recognised => "recognised",
        ApplicationStatus.PartlyRecognised => "partly recognised",
        ApplicationStatus.NotRecognised => "not recognised",
        ApplicationStatus.Withdrawn => "withdrawn",
        _ => status.ToString(),
    };
}
