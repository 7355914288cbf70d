namespace NationalRecognition.Domain.Identity;

/// <summary>The sex encoded in the 7th digit of an IIN (odd = male, even = female).</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum Sex
{
    Male = 0,
    Female = 1,
}
