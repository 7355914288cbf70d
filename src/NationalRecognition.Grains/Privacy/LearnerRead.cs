using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Grains.Privacy;

/// <summary>A read waiting to be stored: the learner's pseudonym (never the IIN) and what <c>PersonalDataRead</c> shows.</summary>
public sealed record LearnerRead(
    string Learner,
    DateTimeOffset At,
    string ReaderSubjectId,
    ActorRole ReaderRole,
    string? ReaderInstitutionBin,
    string What,
    string Target);
