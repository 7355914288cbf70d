namespace NationalRecognition.Domain.Applications;

/// <summary>A course (its <see cref="Recognitions.CourseIdentity"/>) put forward for, or recognised as, one unit of the curriculum.</summary>
public sealed record CourseForUnit(string Course, string UnitCode);
