namespace NationalRecognition.Domain.Commissions;

/// <summary>A member, named as in the order, and the platform identity an administrative correction records for them (null: none).</summary>
public sealed record IdentityCorrection(string MemberName, string? SubjectId);
