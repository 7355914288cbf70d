namespace NationalRecognition.Domain.People;

/// <summary>
/// A role the platform grants to a person (not a claim of their token). Learners are not granted: whoever the identity
/// provider confirms by IIN may act as the learner of that IIN. Machine clients keep the roles of their own tokens.
/// </summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum PersonRole
{
    PlatformAdministrator = 0,
    Head = 1,
    Registrar = 2,
    CommissionChair = 3,
    CommissionSecretary = 4,
    CommissionMember = 5,
    MinistryAnalyst = 6,
}
