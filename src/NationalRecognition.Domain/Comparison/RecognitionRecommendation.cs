namespace NationalRecognition.Domain.Comparison;

public enum RecognitionRecommendation
{
    /// <summary>Content and objectives match, the syllabus is fully covered, the volume is not short, the grade passes.</summary>
    Full,

    /// <summary>Something is missing; the Commission may recognise part of the discipline.</summary>
    Partial,

    /// <summary>Nothing to recognise: no outcome covered, or the certificate's grade is a fail.</summary>
    None,
}
