using NationalRecognition.Contracts.Audit;

namespace NationalRecognition.Grains.Events;

/// <summary>
/// A command the platform refused (by the access policy, a rule or validation) or that failed: not part of any
/// aggregate's history, but part of the record, so the audit log shows every refusal. Schema 2 adds the clause the
/// refusal cites and the institution a refused submission was addressed to, for the statistics of refusals at the
/// door (both as the caller stated them: the BIN is not checked, so readers trust it only for known institutions).
/// </summary>
[PlatformEvent("CommandRefused", 2)]
public sealed record CommandRefused(string Action, string Target, AuditOutcome Outcome, string Code, string? Clause, string? AddressedInstitutionBin)
    : IPlatformEvent
{
    public string Describe() => Code;
}

/// <summary>The reader of schema 1, which the log keeps: no clause, no addressed institution.</summary>
[PlatformEvent("CommandRefused", 1)]
public sealed record CommandRefusedV1(string Action, string Target, AuditOutcome Outcome, string Code) : IPlatformEvent
{
    public string Describe() => Code;
}
