namespace NationalRecognition.Domain.Applications;

/// <summary>Recognition may replace a whole discipline (module) or only part of it.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum RecognitionExtent
{
    Whole = 0,
    Part = 1,
}
