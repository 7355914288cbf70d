namespace NationalRecognition.Reference.Submissions;

/// <summary>A grade as the platform's <c>GradeInput</c> carries it.</summary>
public sealed record GradeInput(GradeKind Kind, decimal? Value = null, decimal? ScaleMax = null, string? Letter = null, bool? Passed = null);
