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
}
