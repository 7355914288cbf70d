namespace NationalRecognition.FaultTests.Workload;

/// <summary>
/// A command the platform acknowledged (answered with data): which application, which command, the version and
/// status the answer showed, when (on the <see cref="PhaseLog"/> clock) and after how many attempts.
/// </summary>
public sealed record AcknowledgedCommand(
    Guid ApplicationId,
    string LearnerIin,
    string Command,
    int Version,
    string Status,
    TimeSpan At,
    int Attempts)
{
    public WorkflowStep Step => WorkflowStep.Named(Command);
}
