using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// Takes a demo application through the platform's commands, each at its own instant of the demo's history
/// (<see cref="DemoClock"/>): submitted unless already there, then moved forward until it reaches its target status —
/// so running it again changes nothing.
/// </summary>
internal static class DemoApplicationSteps
{
    /// <returns>The application as it stands, and whether this run changed it.</returns>
    public static async Task<(ApplicationInfo Application, bool Changed)> AdvanceAsync(
        IGrainFactory grains, DemoApplicationPlan plan, DateTimeOffset submittedAt, DateTimeOffset reviewedAt, DateTimeOffset closedAt)
    {
        var grain = grains.GetGrain<IApplicationGrain>(plan.Id);
        var chair = DemoActors.Chair(plan.Institution.Bin);
        var learner = DemoActors.Learner(plan.Command.LearnerIin);
        var application = await grain.Get(Actor.System);
        var initialVersion = application?.Version;
        if (application is null)
        {
            using (DemoClock.At(submittedAt))
            {
                application = await grain.Submit(plan.Command, learner);
            }
        }

        if (application.Status == ApplicationStatus.Submitted && plan.Target == ApplicationStatus.Withdrawn)
        {
            using (DemoClock.At(closedAt))
            {
                application = await grain.Withdraw(plan.WithdrawalReason!, learner);
            }
        }
        else if (application.Status == ApplicationStatus.Submitted && plan.Target != ApplicationStatus.Submitted)
        {
            using (DemoClock.At(reviewedAt))
            {
                application = await grain.StartReview(chair);
            }
        }

        if (application.Status == ApplicationStatus.UnderReview)
        {
            using (DemoClock.At(reviewedAt))
            {
                foreach (var comparison in plan.Comparisons.Where(c => application.Comparisons.All(r => r.Input.UnitCode != c.UnitCode)))
                {
                    application = await grain.RecordComparison(comparison, chair);
                }
            }

            if (ApplicationLifecycle.IsDecision(plan.Target))
            {
                // The protocol is dated on the day the Commission meets and decides.
                var protocol = new ProtocolInfo(plan.ProtocolNumber!, KazakhstanTime.DateOf(closedAt), plan.Institution.MeetingAttendees);
                using (DemoClock.At(closedAt))
                {
                    application = await grain.Decide(new DecideApplication(protocol, plan.Decisions), chair);
                }
            }
        }

        return (application, application.Version != initialVersion);
    }
}
