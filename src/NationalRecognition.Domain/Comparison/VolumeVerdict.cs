namespace NationalRecognition.Domain.Comparison;

/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum VolumeVerdict
{
    Equal = 0,
    Exceeds = 1,
    Short = 2,
}
