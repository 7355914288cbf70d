using NationalRecognition.Domain.Grading;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// The Commission's verdict on one requested unit as the protocol records it: recognised (whole or in part, with the
/// credits of a part and a grade it states, if any) or refused with a written reason.
/// </summary>
public sealed record UnitVerdict(string UnitCode, bool Recognised, decimal? Credits = null, bool Partial = false, Grade? StatedGrade = null, string? Reason = null);
