namespace NationalRecognition.Domain.Grading;

/// <summary>One letter of a scale: its GPA points and its percentage band (inclusive bounds).</summary>
public sealed record GradeBand(Letter Letter, decimal GpaPoints, decimal MinPercent, decimal MaxPercent);
