namespace NationalRecognition.Contracts.Common;

/// <summary>The roles a caller can hold; [4/8] derives them from token claims.</summary>
public enum ActorRole
{
    /// <summary>No (valid) identity: may read only what is public.</summary>
    Anonymous,
    Learner,
    Registrar,
    Head,
    CommissionChair,
    CommissionSecretary,
    CommissionMember,
    MinistryAnalyst,
    ExchangeFeed,
    PlatformAdministrator,
    System,
}
