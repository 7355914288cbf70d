namespace NationalRecognition.Domain.Identity;

/// <summary>The sex encoded in the 7th digit of an IIN (odd = male, even = female).</summary>
public enum Sex
{
    Male,
    Female,
}
