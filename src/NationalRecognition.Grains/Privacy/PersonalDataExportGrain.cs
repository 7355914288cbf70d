using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Grains.Authorization;
using Orleans.Concurrency;

namespace NationalRecognition.Grains.Privacy;

/// <summary>
/// Gathers a learner's export from the grains that hold it, each asked as the caller, so that every tenant check and
/// every read record applies as if the caller had read each part: the listing, each application, the ledger at each
/// institution, the read records.
/// </summary>
[StatelessWorker]
public sealed class PersonalDataExportGrain(IGrainFactory grains, TimeProvider time) : Grain, IPersonalDataExportGrain
{
    public async Task<PersonalDataExport> Export(Actor actor)
    {
        var learner = this.GetPrimaryKeyString();
        AccessPolicy.ReadLearnerListing(actor, learner);

        var summaries = await AllAsync(
            page => grains.GetGrain<ILearnerGrain>(learner).GetPage(null, page, actor), PersonalDataExportLimits.Applications);
        var applications = (await Task.WhenAll(summaries.Items.Select(s => grains.GetGrain<IApplicationGrain>(s.Id).Get(actor))))
            .OfType<ApplicationInfo>().ToList();
        var certificates = applications.SelectMany(a => a.Documents).DistinctBy(c => (c.IssuerName, c.Number)).ToList();
        var recognitions = new List<HeldCourseRecognitionAt>();
        foreach (var bin in applications.Select(a => a.InstitutionBin).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var held = await grains.GetGrain<ILearnerRecognitionsGrain>($"{bin}/{learner}").GetHeld();
            recognitions.AddRange(held.Select(h => new HeldCourseRecognitionAt(bin, h)));
        }

        var reads = await AllAsync(page => grains.GetGrain<IPersonalDataReadsGrain>(learner).GetPage(page, actor), PersonalDataExportLimits.Reads);
        return new PersonalDataExport(time.GetUtcNow(), applications, certificates, recognitions, reads.Items, reads.Total);
    }

    private static async Task<(List<T> Items, int Total)> AllAsync<T>(Func<PageRequest, Task<Page<T>>> read, int limit)
    {
        var items = new List<T>();
        string? after = null;
        while (true)
        {
            var page = await read(new PageRequest(PageRequest.MaxPageSize, after));
            items.AddRange(page.Items);
            if (!page.HasNextPage || items.Count >= limit || page.Cursors.Count == 0)
            {
                return ([.. items.Take(limit)], page.TotalCount);
            }

            after = page.Cursors[^1];
        }
    }
}
