using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Grains.Authorization;
using Orleans.Concurrency;

namespace NationalRecognition.Grains.Privacy;

/// <summary>
/// Who read a learner's personal data, keyed by the learner's pseudonym: the learner and platform administrators read
/// it (an administrator's reading is itself recorded).
/// </summary>
[StatelessWorker]
public sealed class PersonalDataReadsGrain(IPersonalDataReadStore reads, IPersonalDataReadLog readLog) : Grain, IPersonalDataReadsGrain
{
    public async Task<Page<PersonalDataRead>> GetPage(PageRequest page, Actor actor)
    {
        var learner = this.GetPrimaryKeyString();
        AccessPolicy.ReadLearnerListing(actor, learner);
        if (page.First is < 1 or > PageRequest.MaxPageSize)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("roleHolders.firstBetween", ("maxPageSize", PageRequest.MaxPageSize)), "first");
        }

        var answer = await reads.PageAsync(learner, page, CancellationToken.None);
        if (actor.Role == ActorRole.PlatformAdministrator)
        {
            readLog.RecordByPseudonym(actor, learner, PersonalDataReads.ReadRecords, learner);
        }

        return answer;
    }
}
