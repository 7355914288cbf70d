namespace NationalRecognition.Contracts.Common;

/// <summary>The roles a caller can hold; [4/8] derives them from token claims.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum ActorRole
{
    /// <summary>No (valid) identity: may read only what is public.</summary>
    Anonymous = 0,
    Learner = 1,
    Registrar = 2,
    Head = 3,
    CommissionChair = 4,
    CommissionSecretary = 5,
    CommissionMember = 6,
    MinistryAnalyst = 7,
    ExchangeFeed = 8,
    PlatformAdministrator = 9,
    System = 10,
}
