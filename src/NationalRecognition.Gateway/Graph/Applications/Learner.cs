namespace NationalRecognition.Gateway.Graph.Applications;

/// <summary>A learner as the API shows them: their IIN and, through it, their applications.</summary>
public sealed record Learner(string Iin);
