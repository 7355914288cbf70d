namespace NationalRecognition.Reference.Submissions;

/// <summary>One appendix entry of a certificate: name, volume, grade.</summary>
public sealed record AppendixEntryInput(string? Name, decimal? Credits, decimal? Hours, GradeInput? Grade);
