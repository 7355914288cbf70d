namespace NationalRecognition.Contracts.Privacy;

/// <summary>
/// A learner's subject-access export, keyed by the learner's pseudonym (<c>LearnerKeys.For</c>): the learner themself,
/// or a platform administrator (whose reads it makes are recorded and shown to the learner).
/// </summary>
[Alias("nr.IPersonalDataExportGrain")]
public interface IPersonalDataExportGrain : IGrainWithStringKey
{
    [Alias("Export")]
    Task<PersonalDataExport> Export(Common.Actor actor);
}
