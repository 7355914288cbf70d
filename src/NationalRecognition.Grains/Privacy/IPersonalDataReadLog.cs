using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Grains.Privacy;

/// <summary>
/// Where grains record that someone read a learner's personal data. Recording never waits for storage: the read is
/// answered at once and the record is stored within the flush interval (<see cref="BufferedPersonalDataReadLog"/>).
/// </summary>
public interface IPersonalDataReadLog
{
    /// <summary>
    /// Records that <paramref name="reader"/> read <paramref name="learnerIin"/>'s data through <paramref name="what"/>
    /// (a <c>PersonalDataReads</c> name) on <paramref name="target"/>; a learner's reads of their own data and the
    /// platform's own reads are not recorded.
    /// </summary>
    void Record(Actor reader, string learnerIin, string what, string target);

    /// <summary>The same, for a learner known only by pseudonym (<c>LearnerKeys.For</c>).</summary>
    void RecordByPseudonym(Actor reader, string learner, string what, string target);
}
