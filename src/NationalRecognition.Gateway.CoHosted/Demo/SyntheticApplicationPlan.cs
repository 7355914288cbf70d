namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// One application of the synthetic activity: what the learner submits and the Commission does (<see cref="Plan"/>),
/// and when — submitted at <see cref="SubmittedAt"/>, taken into review and compared at <see cref="ReviewedAt"/>, decided
/// or withdrawn at <see cref="ClosedAt"/>.
/// </summary>
internal sealed record SyntheticApplicationPlan(
    DemoApplicationPlan Plan,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReviewedAt,
    DateTimeOffset? ClosedAt);
