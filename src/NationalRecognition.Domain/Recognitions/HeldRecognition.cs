namespace NationalRecognition.Domain.Recognitions;

/// <summary>One course recognised for a learner at an institution: for which item of which programme, by which application.</summary>
public sealed record HeldRecognition(string Course, string UnitCode, string ProgrammeCode, decimal Credits, Guid ApplicationId);
