namespace NationalRecognition.Contracts.Common;

/// <summary>Role groups that more than one layer needs (token checks, the gateway's gates, the grains' policy).</summary>
public static class ActorRoles
{
    /// <summary>The roles bound to one institution (BIN): its registrar, head and Commission members.</summary>
    public static IReadOnlyList<ActorRole> InstitutionStaff { get; } =
    [
        ActorRole.Registrar, ActorRole.Head, ActorRole.CommissionChair, ActorRole.CommissionSecretary, ActorRole.CommissionMember,
    ];

    public static bool IsInstitutionStaff(ActorRole role) => InstitutionStaff.Contains(role);

    /// <summary>A role as the event log and audit rows store it (its name); a name this build does not know reads as anonymous.</summary>
    public static ActorRole FromStoredName(string name) => Enum.TryParse<ActorRole>(name, out var role) ? role : ActorRole.Anonymous;
}
