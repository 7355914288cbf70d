using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>Every mutation — allowed or refused — lands in the audit log of its institution (or the platform's).</summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class AuditLogTests(WorkflowClusterFixture fixture)
{
    [Fact]
    public async Task Every_mutation_of_an_institution_is_recorded_with_who_what_and_outcome()
    {
        var campus = await Campus.Open(fixture.Grains);
        var intruder = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        var command = campus.Application(iin, Certificates.Mooc(iin));
        await campus.Submit(command);
        var application = campus.ApplicationOf(command);
        await Refusal.Expect(() => application.StartReview(Actors.Chair(intruder.Bin)), DomainErrorCode.Forbidden);
        await application.StartReview(Actors.Chair(campus.Bin));

        var records = await AllRecords(campus.Bin, Actors.Head(campus.Bin));

        Assert.Equal(
            [
                ("InstitutionRegistered", ActorRole.Registrar, AuditOutcome.Succeeded),
                ("AcademicPeriodSet", ActorRole.Registrar, AuditOutcome.Succeeded),
                ("AcademicPeriodSet", ActorRole.Registrar, AuditOutcome.Succeeded),
                ("ProgrammeUpserted", ActorRole.Registrar, AuditOutcome.Succeeded),
                ("CommissionEstablished", ActorRole.Head, AuditOutcome.Succeeded),
                ("CommissionActivated", ActorRole.System, AuditOutcome.Succeeded),
                ("ApplicationSubmitted", ActorRole.Learner, AuditOutcome.Succeeded),
                ("IApplicationGrain.StartReview", ActorRole.CommissionChair, AuditOutcome.Forbidden),
                ("ApplicationReviewStarted", ActorRole.CommissionChair, AuditOutcome.Succeeded),
            ],
            records.Select(r => (r.Action, r.Role, r.Outcome)).ToArray());
        var refused = records[7];
        Assert.Equal((Actors.Chair(intruder.Bin).SubjectId, intruder.Bin), (refused.SubjectId, refused.ActorInstitutionBin));
        Assert.Contains(campus.ApplicationOf(command).GetPrimaryKey().ToString("N"), refused.Target, StringComparison.OrdinalIgnoreCase);
        // The subject identifies who acted; what was acted on is named by grain ids, never by the learner's IIN.
        Assert.All(records, r => Assert.DoesNotContain(iin, r.Target + r.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rule_refusal_is_recorded_with_its_code()
    {
        var campus = await Campus.Open(fixture.Grains);
        var commission = fixture.Grains.GetGrain<Contracts.Commissions.ICommissionGrain>(campus.CommissionId!);
        await Refusal.Expect(() => commission.Establish(Campus.Constitution("99", new DateOnly(2025, 9, 1)), Actors.Head(campus.Bin)), DomainErrorCode.Conflict);

        var last = (await AllRecords(campus.Bin, Actors.Administrator))[^1];

        Assert.Equal(("ICommissionGrain.Establish", AuditOutcome.Refused, nameof(DomainErrorCode.Conflict)), (last.Action, last.Outcome, last.Detail));
    }

    [Fact]
    public async Task An_institution_audit_is_read_by_its_head_registrar_and_administrators_only()
    {
        var campus = await Campus.Open(fixture.Grains);
        var other = await Campus.Open(fixture.Grains);
        var log = fixture.Grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(campus.Bin, Today()));
        await SharedEventLog.CatchUpAsync();

        Assert.NotEmpty((await log.GetPage(new PageRequest(), Actors.Registrar(campus.Bin))).Items);
        Assert.NotEmpty((await log.GetPage(new PageRequest(), Actors.Head(campus.Bin))).Items);
        Assert.NotEmpty((await log.GetPage(new PageRequest(), Actors.Administrator)).Items);
        await Refusal.Expect(() => log.GetPage(new PageRequest(), Actors.Chair(campus.Bin)), DomainErrorCode.Forbidden);
        await Refusal.Expect(() => log.GetPage(new PageRequest(), Actors.Head(other.Bin)), DomainErrorCode.Forbidden);
        await Refusal.Expect(() => log.GetPage(new PageRequest(), Actors.Analyst), DomainErrorCode.Forbidden);
    }

    [Fact]
    public async Task Certificate_feed_mutations_go_to_the_platform_log_that_only_administrators_read()
    {
        var certificate = Certificates.LabourExchange(TestIdentities.NewIin());
        var key = CertificateKeys.For(certificate);
        await fixture.Grains.GetGrain<ICertificateGrain>(key).RegisterVerified(certificate, Actors.Exchange);

        var records = await AllRecords(AuditScopes.Platform, Actors.Administrator);

        Assert.Contains(records, r => r.Action == "CertificateRegistered" && r.Role == ActorRole.ExchangeFeed && r.Target.Contains(key, StringComparison.Ordinal));
        await Refusal.Expect(
            () => fixture.Grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(AuditScopes.Platform, Today())).GetPage(new PageRequest(), Actors.Head(TestIdentities.NewBin())),
            DomainErrorCode.Forbidden);
    }

    [Fact]
    public async Task Pages_walk_the_log_newest_first_without_gaps()
    {
        var campus = await Campus.Open(fixture.Grains);
        await SharedEventLog.CatchUpAsync();
        var log = fixture.Grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(campus.Bin, Today()));
        var whole = await log.GetPage(new PageRequest(PageRequest.MaxPageSize), Actors.Administrator);
        var sequences = new List<long>();
        string? after = null;
        do
        {
            var page = await log.GetPage(new PageRequest(2, after), Actors.Administrator);
            sequences.AddRange(page.Items.Select(r => r.Sequence));
            after = page.HasNextPage ? page.Cursors[^1] : null;
        }
        while (after is not null);

        Assert.Equal(6, whole.TotalCount);
        Assert.Equal(whole.Items.Select(r => r.Sequence), sequences);
        Assert.Equal(sequences.OrderDescending(), sequences);
    }

    /// <summary>
    /// Every record, oldest first, across the UTC day boundary should the test straddle midnight, once the
    /// projector has applied what is committed.
    /// </summary>
    private async Task<List<AuditRecord>> AllRecords(string scope, Actor reader)
    {
        await SharedEventLog.CatchUpAsync();
        var records = new List<AuditRecord>();
        foreach (var day in new[] { Today(), Today().AddDays(-1) })
        {
            string? after = null;
            do
            {
                var page = await fixture.Grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(scope, day)).GetPage(new PageRequest(PageRequest.MaxPageSize, after), reader);
                records.AddRange(page.Items);
                after = page.HasNextPage ? page.Cursors[^1] : null;
            }
            while (after is not null);
        }

        records.Reverse();
        return records;
    }

    private static DateOnly Today() => DateOnly.FromDateTime(TestClock.Instance.GetUtcNow().UtcDateTime);
}
