namespace NationalRecognition.Grains.Audit;

/// <summary>
/// A grain that records some refusals itself, with more than the audit filter knows (the reason, the learner): the
/// <see cref="AuditCallFilter"/> records nothing more for those, so that a refusal is recorded once.
/// </summary>
public interface IRecordsOwnRefusals
{
    /// <summary>Whether this very exception was already recorded by the grain.</summary>
    bool HasRecorded(Exception refusal);
}
