namespace NationalRecognition.Domain.Commissions;

/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum CommissionRole
{
    Chair = 0,
    Secretary = 1,
    Member = 2,
}
