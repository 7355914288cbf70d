using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Gateway.CoHosted.Demo;

namespace NationalRecognition.Gateway.Tests.Demo;

/// <summary>The seeder against a local-mode cluster: only grain calls, every status, idempotent.</summary>
public sealed class DemoDataSeederTests(DemoClusterFixture fixture) : IClassFixture<DemoClusterFixture>
{
    private static readonly PageRequest Everything = new(PageRequest.MaxPageSize);

    [Fact]
    public async Task Every_application_status_is_in_the_institution_listings_of_the_autumn_intake()
    {
        await Seeder().SeedAsync(CancellationToken.None);
        await fixture.CatchUpAsync();

        var statuses = new HashSet<ApplicationStatus>();
        foreach (var bin in DemoData.InstitutionBins)
        {
            var page = await fixture.Grains.GetGrain<IInstitutionApplicationsGrain>(ListingKeys.InstitutionPeriod(bin, DemoData.AutumnPeriodId))
                .GetPage(null, Everything, Actor.System);
            statuses.UnionWith(page.Items.Select(s => s.Status));
        }

        Assert.Equal(Enum.GetValues<ApplicationStatus>().Order(), statuses.Order());
    }

    [Fact]
    public async Task Every_application_is_in_its_Commission_s_queue_and_its_learner_s_listing()
    {
        await Seeder().SeedAsync(CancellationToken.None);
        await fixture.CatchUpAsync();

        foreach (var plan in DemoApplications.All)
        {
            var queue = fixture.Grains.GetGrain<ICommissionQueueGrain>(ListingKeys.CommissionQueue(plan.Institution.CommissionId, DemoData.AutumnPeriodId));
            var learner = fixture.Grains.GetGrain<ILearnerGrain>(LearnerKeys.For(plan.Command.LearnerIin));

            Assert.Equal(plan.Target, (await queue.Find(plan.Id, Actor.System))?.Status);
            Assert.Equal(plan.Target, (await learner.Find(plan.Id, Actor.System))?.Status);
        }
    }

    [Fact]
    public async Task Published_application_ids_reach_applications_in_the_documented_statuses()
    {
        await Seeder().SeedAsync(CancellationToken.None);

        var expected = new Dictionary<Guid, ApplicationStatus>
        {
            [DemoData.SubmittedApplicationId] = ApplicationStatus.Submitted,
            [DemoData.UnderReviewApplicationId] = ApplicationStatus.UnderReview,
            [DemoData.RecognisedApplicationId] = ApplicationStatus.Recognised,
            [DemoData.QualificationRecognisedApplicationId] = ApplicationStatus.Recognised,
            [DemoData.PartlyRecognisedApplicationId] = ApplicationStatus.PartlyRecognised,
            [DemoData.NotRecognisedApplicationId] = ApplicationStatus.NotRecognised,
            [DemoData.WithdrawnApplicationId] = ApplicationStatus.Withdrawn,
        };
        foreach (var (id, status) in expected)
        {
            var application = await fixture.Grains.GetGrain<IApplicationGrain>(id).Get(Actor.System);
            Assert.Equal(status, application?.Status);
        }
    }

    [Fact]
    public async Task Applications_cover_every_kind_of_confirming_document()
    {
        await Seeder().SeedAsync(CancellationToken.None);

        var documents = new List<CertificateInfo>();
        foreach (var id in DemoData.ApplicationIds)
        {
            documents.AddRange((await fixture.Grains.GetGrain<IApplicationGrain>(id).Get(Actor.System))!.Documents);
        }

        Assert.Equal(Enum.GetValues<IssuerKind>().Order(), documents.Select(d => d.IssuerKind).OfType<IssuerKind>().Distinct().Order());
        Assert.Equal(["Coursera", "edX"], documents.Select(d => d.Platform).OfType<string>().Distinct().Order());
        Assert.Contains(documents, d => d.DocumentKind == DocumentKind.ProfessionalQualificationCertificate);
        var underReview = await fixture.Grains.GetGrain<IApplicationGrain>(DemoData.UnderReviewApplicationId).Get(Actor.System);
        Assert.Equal(DemoData.LabourExchangeRegistryKey, CertificateKeys.For(Assert.Single(underReview!.Documents)));
    }

    [Fact]
    public async Task Institutions_have_future_periods_a_programme_and_an_established_Commission()
    {
        await Seeder().SeedAsync(CancellationToken.None);
        var today = Domain.Calendar.KazakhstanTime.Today(TimeProvider.System);

        foreach (var bin in DemoData.InstitutionBins)
        {
            var institution = fixture.Grains.GetGrain<IInstitutionGrain>(bin);
            var profile = await institution.GetProfile();
            var commission = await fixture.Grains.GetGrain<ICommissionGrain>(CommissionIds.For(bin)).Get();

            Assert.Equal(CommissionIds.For(bin), profile?.ActiveCommissionId);
            Assert.All([profile!.Names.Kazakh, profile.Names.Russian, profile.Names.English], name => Assert.False(string.IsNullOrWhiteSpace(name)));
            Assert.All(await institution.GetAcademicCalendar(), period => Assert.True(period.StartDate > today));
            Assert.All(Assert.Single(await institution.GetProgrammes()).Units, unit => Assert.NotEmpty(unit.Outcomes));
            Assert.True(commission!.Current.Order.Date < today);
        }

        var regions = new List<Domain.Institutions.Region>();
        foreach (var bin in DemoData.InstitutionBins)
        {
            regions.Add((await fixture.Grains.GetGrain<IInstitutionGrain>(bin).GetProfile())!.Region);
        }

        Assert.Equal([Domain.Institutions.Region.ShymkentCity, Domain.Institutions.Region.AstanaCity, Domain.Institutions.Region.AlmatyCity], regions);
    }

    [Fact]
    public async Task The_labour_exchange_certificate_is_verified_in_the_registry()
    {
        await Seeder().SeedAsync(CancellationToken.None);

        var record = await fixture.Grains.GetGrain<ICertificateGrain>(DemoData.LabourExchangeRegistryKey).Get(Actor.System);

        Assert.Equal(CertificateSource.VerifiedByIssuer, record?.Source);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        await Seeder().SeedAsync(CancellationToken.None);
        var before = await Snapshot();

        var again = await Seeder().SeedAsync(CancellationToken.None);

        Assert.Equal(0, again.ApplicationsAdvanced);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task Hosted_seeder_logs_a_summary_without_any_raw_IIN()
    {
        var logger = new RecordingLogger<DemoDataSeeder>();
        var seeder = Seeder(logger);

        await seeder.StartAsync(CancellationToken.None);
        await seeder.ExecuteTask!;
        await seeder.StopAsync(CancellationToken.None);

        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith("Demo data ready: 3 institutions", StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Contains(logger.Entries, e => e.Message.Contains("04********92", StringComparison.Ordinal));
        Assert.All(logger.Entries, e => Assert.All(DemoData.LearnerIins, iin => Assert.DoesNotContain(iin, e.Message, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Disabled_seeder_calls_no_grain()
    {
        var logger = new RecordingLogger<DemoDataSeeder>();
        // A null grain factory: any grain call would fail and be logged as an error.
        var seeder = new DemoDataSeeder(null!, TimeProvider.System, Options.Create(new DemoDataOptions()), logger);

        await seeder.StartAsync(CancellationToken.None);
        await seeder.ExecuteTask!;

        Assert.Equal("Demo data is off (Recognition:Demo:Enabled is false).", Assert.Single(logger.Entries).Message);
    }

    private DemoDataSeeder Seeder(ILogger<DemoDataSeeder>? logger = null) =>
        new(fixture.Grains, TimeProvider.System, Options.Create(new DemoDataOptions { Enabled = true, SyntheticApplications = 0 }), logger ?? new RecordingLogger<DemoDataSeeder>());

    /// <summary>Everything a second run could touch, reduced to comparable values.</summary>
    private async Task<List<string>> Snapshot()
    {
        await fixture.CatchUpAsync();
        var facts = new List<string>();
        foreach (var id in DemoData.ApplicationIds)
        {
            var grain = fixture.Grains.GetGrain<IApplicationGrain>(id);
            var application = (await grain.Get(Actor.System))!;
            facts.Add($"application {id} v{application.Version} {application.Status} audit {(await grain.GetAuditTrail(Actor.System)).Count}");
        }

        foreach (var bin in DemoData.InstitutionBins)
        {
            var institution = fixture.Grains.GetGrain<IInstitutionGrain>(bin);
            var profile = (await institution.GetProfile())!;
            var commission = (await fixture.Grains.GetGrain<ICommissionGrain>(CommissionIds.For(bin)).Get())!;
            var listing = await fixture.Grains.GetGrain<IInstitutionApplicationsGrain>(ListingKeys.InstitutionPeriod(bin, DemoData.AutumnPeriodId))
                .GetPage(null, Everything, Actor.System);
            facts.Add($"institution {bin} registered {profile.RegisteredAt:O} periods {(await institution.GetAcademicCalendar()).Count} " +
                $"programmes {(await institution.GetProgrammes()).Count} orders {commission.History.Count} listed {listing.TotalCount}");
        }

        var certificate = (await fixture.Grains.GetGrain<ICertificateGrain>(DemoData.LabourExchangeRegistryKey).Get(Actor.System))!;
        facts.Add($"registry {certificate.RecordedAt:O} claims {certificate.Recognitions.Count}");
        return facts;
    }
}
