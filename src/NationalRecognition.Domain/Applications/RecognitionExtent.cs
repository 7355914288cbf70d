namespace NationalRecognition.Domain.Applications;

/// <summary>Recognition may replace a whole discipline (module) or only part of it.</summary>
public enum RecognitionExtent
{
    Whole,
    Part,
}
