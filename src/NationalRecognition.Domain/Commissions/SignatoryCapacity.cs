namespace NationalRecognition.Domain.Commissions;

/// <summary>Clause 11: the order is signed by the first head of the organisation or by the person acting for them.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum SignatoryCapacity
{
    FirstHead = 0,
    ActingHead = 1,
}
