using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.Privacy;

/// <summary>
/// Who read one learner's personal data, keyed by the learner's pseudonym (<c>LearnerKeys.For</c>): the learner
/// themself and platform administrators read it, newest first.
/// </summary>
[Alias("nr.IPersonalDataReadsGrain")]
public interface IPersonalDataReadsGrain : IGrainWithStringKey
{
    /// <summary>A keyset page of the learner's read records, newest first.</summary>
    [Alias("GetPage")]
    Task<Page<PersonalDataRead>> GetPage(PageRequest page, Actor actor);
}
