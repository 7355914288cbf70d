namespace NationalRecognition.Domain.Comparison;

/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum RecognitionRecommendation
{
    /// <summary>Content and objectives match, the syllabus is fully covered, the volume is not short, the grade passes.</summary>
    Full = 0,

    /// <summary>Something is missing; the Commission may recognise part of the discipline.</summary>
    Partial = 1,

    /// <summary>Nothing to recognise: no outcome covered, or the certificate's grade is a fail.</summary>
    None = 2,
}
