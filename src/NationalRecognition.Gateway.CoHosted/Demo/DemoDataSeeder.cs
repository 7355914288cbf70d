using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// Seeds the demo data through the grains' own commands, so every rule applies to it as to real data. Every step
/// is an upsert or reaches a fixed key, and applications are only moved forward, so seeding again changes nothing.
/// </summary>
public sealed partial class DemoDataSeeder(
    IGrainFactory grains,
    TimeProvider time,
    IOptions<DemoDataOptions> options,
    ILogger<DemoDataSeeder> logger,
    GatewayJwtOptions? jwt = null) : BackgroundService
{
    /// <summary>Seeds everything, assuming the cluster answers; safe to run any number of times.</summary>
    public async Task<DemoSeedSummary> SeedAsync(CancellationToken cancellationToken)
    {
        // The periods are always ahead of today; the hand-made cases happened on their fixed day (or now, were it later).
        var autumn = DemoCalendar.Autumn(time);
        var spring = DemoCalendar.Spring(time);
        var now = time.GetUtcNow();
        var at = DemoData.HandMadeAt < now ? DemoData.HandMadeAt : now;
        using var clock = DemoClock.At(at);
        foreach (var institution in DemoInstitutions.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await SeedInstitution(institution, autumn, spring);
        }

        // The people of every role, held by the platform (granted by the platform itself, as the first administrator is).
        foreach (var (person, role) in DemoPeople.Grants((jwt ?? new GatewayJwtOptions()).EffectiveIssuer))
        {
            await grains.GetGrain<IPersonGrain>(PersonKeys.For(person)).Grant(new ChangeRole(person, role), Actor.System);
        }

        // Clause 10.3: the exchange's certificate is valid for a profession on the list of its issue year.
        await grains.GetGrain<IInDemandProfessionsGrain>(DemoCertificates.LabourExchange.IssueDate.Year).Publish(
            [new InDemandProfessionInfo(DemoData.SoftwareTesterProfession, "Бағдарламалық қамтамасыз етуді тестілеуші", "Тестировщик программного обеспечения", ["2519"])],
            DemoActors.ExchangeFeed);
        await grains.GetGrain<ICertificateGrain>(DemoData.LabourExchangeRegistryKey)
            .RegisterVerified(DemoCertificates.LabourExchange, DemoActors.ExchangeFeed);

        var advanced = 0;
        var statuses = new Dictionary<ApplicationStatus, int>();
        foreach (var plan in DemoApplications.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (application, changed) = await SeedApplication(plan, at);
            advanced += changed ? 1 : 0;
            statuses[application.Status] = statuses.GetValueOrDefault(application.Status) + 1;
            LogApplication(logger, application.Id, Iin.Parse(application.LearnerIin).Mask(), application.InstitutionBin, application.Status);
        }

        return new DemoSeedSummary(DemoInstitutions.All.Count, 1, statuses, advanced, autumn.StartDate);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave start-up at once: the wait below may last until the co-hosted silo is up.
        await Task.Yield();
        var settings = options.Value;
        if (!settings.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        try
        {
            await ClusterReadiness.WaitAsync(
                async ct => await grains.GetGrain<IInstitutionGrain>(DemoData.UniversityBin).GetProfile().WaitAsync(ct),
                settings.ClusterWaitTimeout, settings.RetryDelay, time, stoppingToken);
            var summary = await SeedAsync(stoppingToken);
            LogSeeded(logger, summary.Institutions, summary.RegistryCertificates, summary.ApplicationsByStatus.Values.Sum(),
                string.Join(", ", summary.ApplicationsByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}")),
                summary.ApplicationsAdvanced, DemoData.AutumnPeriodId, summary.AutumnStart);
            if (settings.SyntheticApplications > 0)
            {
                // After the hand-made cases, still in the background: the service has been ready all along.
                var started = time.GetTimestamp();
                var synthetic = await SeedSyntheticAsync(settings.SyntheticApplications, settings.SyntheticMonths, stoppingToken);
                LogSynthetic(logger, synthetic.ApplicationsByStatus.Values.Sum(), synthetic.Institutions, synthetic.Months,
                    string.Join(", ", synthetic.ApplicationsByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}")),
                    synthetic.ApplicationsAdvanced, synthetic.Failed, time.GetElapsedTime(started).TotalSeconds);
            }
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping (or never finished starting: a taken port), and a call in flight failed with it;
            // nothing was half-written that a later run would not finish.
        }
        catch (Exception exception)
        {
            // Demo data is a convenience: the platform keeps running without it, loudly.
            LogFailed(logger, exception);
        }
    }

    private async Task SeedInstitution(DemoInstitution institution, AcademicPeriodInfo autumn, AcademicPeriodInfo spring)
    {
        var grain = grains.GetGrain<IInstitutionGrain>(institution.Bin);
        var registrar = DemoActors.Registrar(institution.Bin);
        await grain.Register(institution.Registration, Actor.System);
        await grain.SetAcademicPeriod(autumn, registrar);
        await grain.SetAcademicPeriod(spring, registrar);
        await grain.UpsertProgramme(institution.Programme, registrar);
        await grains.GetGrain<ICommissionGrain>(institution.CommissionId).Establish(institution.Commission, DemoActors.Head(institution.Bin));
    }

    /// <summary>Moves a hand-made application forward to its target status, every step at the hand-made cases' instant.</summary>
    private async Task<(ApplicationInfo Application, bool Changed)> SeedApplication(DemoApplicationPlan plan, DateTimeOffset at)
    {
        var (application, changed) = await DemoApplicationSteps.AdvanceAsync(grains, plan, at, at, at);
        if (application.Status != plan.Target)
        {
            LogOffPlan(logger, application.Id, application.Status, plan.Target);
        }

        return (application, changed);
    }

    /// <summary>
    /// Seeds the synthetic activity (<see cref="SyntheticActivity"/>) through the grains' commands, each at its instant of
    /// the months before today; safe to run any number of times. Needs <see cref="DemoClock"/> as the silo's clock.
    /// </summary>
    public async Task<SyntheticSeedSummary> SeedSyntheticAsync(int applications, int months, CancellationToken cancellationToken)
    {
        var activity = new SyntheticActivity(applications, months, KazakhstanTime.Today(time));
        var setUpAt = SyntheticActivity.At(activity.Start.AddDays(-29), 0);
        await Parallel.ForEachAsync(activity.Institutions, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (institution, _) =>
            {
                using var clock = DemoClock.At(setUpAt);
                var grain = grains.GetGrain<IInstitutionGrain>(institution.Bin);
                var registrar = DemoActors.Registrar(institution.Bin);
                await grain.Register(institution.Registration, Actor.System);
                foreach (var period in activity.Periods)
                {
                    await grain.SetAcademicPeriod(period, registrar);
                }

                await grain.UpsertProgramme(institution.Programme, registrar);
                await grains.GetGrain<ICommissionGrain>(institution.CommissionId).Establish(institution.Commission, DemoActors.Head(institution.Bin));
            });

        var statuses = new Dictionary<ApplicationStatus, int>();
        var advanced = 0;
        var failed = 0;
        await Parallel.ForEachAsync(activity.Applications, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (synthetic, _) =>
            {
                try
                {
                    var (application, changed) = await DemoApplicationSteps.AdvanceAsync(grains, synthetic.Plan, synthetic.SubmittedAt,
                        synthetic.ReviewedAt ?? synthetic.SubmittedAt, synthetic.ClosedAt ?? synthetic.SubmittedAt);
                    lock (statuses)
                    {
                        statuses[application.Status] = statuses.GetValueOrDefault(application.Status) + 1;
                        advanced += changed ? 1 : 0;
                    }
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // One application the rules refuse is a bug of the generator, told once; the others go on.
                    if (Interlocked.Increment(ref failed) == 1)
                    {
                        LogSyntheticFailed(logger, exception);
                    }
                }
            });

        return new SyntheticSeedSummary(activity.Institutions.Count, months, statuses, advanced, failed);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Synthetic demo activity ready: {Applications} applications over {Institutions} institutions and {Months} months ({ByStatus}); {Advanced} changed by this run, {Failed} refused; {Seconds:F1} s.")]
    private static partial void LogSynthetic(ILogger logger, int applications, int institutions, int months, string byStatus, int advanced, int failed, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A synthetic demo application was refused; the others are seeded (the first refusal is shown).")]
    private static partial void LogSyntheticFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data is off (Recognition:Demo:Enabled is false).")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Demo data ready: {Institutions} institutions with Commissions, {Certificates} registry certificate, {Applications} applications ({ByStatus}); {Advanced} changed by this run. Applications are for period '{PeriodId}' starting {AutumnStart:yyyy-MM-dd}.")]
    private static partial void LogSeeded(ILogger logger, int institutions, int certificates, int applications, string byStatus, int advanced, string periodId, DateOnly autumnStart);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Demo application {ApplicationId} of learner {MaskedIin} at {InstitutionBin}: {Status}.")]
    private static partial void LogApplication(ILogger logger, Guid applicationId, string maskedIin, string institutionBin, ApplicationStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo application {ApplicationId} is {Status}, not {Target}: it was changed by hand and is left as it is.")]
    private static partial void LogOffPlan(ILogger logger, Guid applicationId, ApplicationStatus status, ApplicationStatus target);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding the demo data failed; the platform runs without it.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
