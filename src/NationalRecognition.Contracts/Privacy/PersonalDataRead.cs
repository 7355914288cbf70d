using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.Privacy;

/// <summary>
/// One read of a learner's personal data by someone other than the learner: who (subject, role, institution), when,
/// through what (<see cref="PersonalDataReads"/> names the kinds) and which record. The learner reads these back.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.PersonalDataRead")]
public sealed record PersonalDataRead(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string ReaderSubjectId,
    [property: Id(3)] ActorRole ReaderRole,
    [property: Id(4)] string? ReaderInstitutionBin,
    [property: Id(5)] string What,
    [property: Id(6)] string Target);
