using NationalRecognition.Contracts.Audit;

namespace NationalRecognition.Grains.Events;

/// <summary>
/// A command the platform refused (by the access policy, a rule or validation) or that failed: not part of any
/// aggregate's history, but part of the record, so the audit log shows every refusal.
/// </summary>
[RecognitionEvent("CommandRefused", 1)]
public sealed record CommandRefused(string Action, string Target, AuditOutcome Outcome, string Code) : IRecognitionEvent
{
    public string Describe() => Code;
}
