using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Grains.Commissions;
using NationalRecognition.Testing;
using Orleans.Storage;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The regulation as clause 22 leaves it to the institution, through the grains: a quorum stated exactly, stored decimals
/// restated with a record the institution sees, the deputy chair, the recording role, an optional position, and the
/// administrative correction of members' platform identities.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class RegulationTests(WorkflowClusterFixture fixture)
{
    private const string Secretary = "Dana Seitova";
    private const string Member = "Marat Zhaksybekov";
    private const string OrderNumber = "31-НҚ";

    [Fact]
    public async Task Two_thirds_stated_exactly_is_shown_as_the_fraction_the_regulation_states()
    {
        var campus = await Campus.Open(fixture.Grains);

        var info = await Reconstitute(campus, Order(Fraction(2, 3)));

        var regulation = info.Current.Regulation!;
        Assert.Equal((QuorumKind.AtLeastFraction, 2, 3), (regulation.QuorumKind, regulation.QuorumNumerator, regulation.QuorumDenominator));
    }

    [Fact]
    public async Task A_decimal_quorum_of_0_67_is_read_as_two_thirds_so_two_of_three_members_decide()
    {
        var campus = await Campus.Open(fixture.Grains);
        var application = await Compared(campus);

        var info = await Reconstitute(campus, Order(Regulation(QuorumKind.AtLeastFraction, 0.67m)));
        var decided = await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Secretary(campus.Bin));

        Assert.Equal((2, 3), (info.Current.Regulation!.QuorumNumerator, info.Current.Regulation.QuorumDenominator));
        Assert.Equal(ApplicationStatus.Recognised, decided.Status);
    }

    [Fact]
    public async Task A_stored_decimal_quorum_is_restated_as_its_fraction_with_a_record_in_the_institutions_audit_log()
    {
        var bin = TestIdentities.NewBin();
        var commission = fixture.Grains.GetGrain<ICommissionGrain>(CommissionIds.For(bin));
        await StoreAsEarlierReleasesDid(commission, Order(Regulation(QuorumKind.AtLeastFraction, 0.6667m)));

        var info = await commission.Get();

        Assert.Equal((2, 3), (info!.Current.Regulation!.QuorumNumerator, info.Current.Regulation.QuorumDenominator));
        var record = Assert.Single(await AuditOf(bin), r => r.Action == "CommissionQuorumsMigrated");
        Assert.Equal(ActorRole.System, record.Role);
        Assert.Contains("0.6667 of the members read as 2/3", record.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_decimal_that_approximates_no_simple_fraction_stays_as_stored_and_nothing_is_recorded()
    {
        var bin = TestIdentities.NewBin();
        var commission = fixture.Grains.GetGrain<ICommissionGrain>(CommissionIds.For(bin));
        await StoreAsEarlierReleasesDid(commission, Order(Regulation(QuorumKind.AtLeastFraction, 0.55m)));

        var info = await commission.Get();

        Assert.Equal((0.55m, (int?)null), (info!.Current.Regulation!.QuorumValue, info.Current.Regulation.QuorumNumerator));
        Assert.DoesNotContain(await AuditOf(bin), r => r.Action == "CommissionQuorumsMigrated");
    }

    [Fact]
    public async Task The_deputy_chair_signs_in_the_chairs_absence_where_the_regulation_says_so()
    {
        var campus = await Campus.Open(fixture.Grains);
        var application = await Compared(campus);
        await Reconstitute(campus, WithDeputy(Order(Regulation(QuorumKind.MoreThanHalf, 0m) with { DeputySignsInChairsAbsence = true })));

        var decided = await application.Decide(ChairAway(), Actors.Member(campus.Bin));

        Assert.Equal(ApplicationStatus.Recognised, decided.Status);
    }

    [Fact]
    public async Task Without_the_regulations_leave_the_deputy_chair_does_not_sign_for_the_chair()
    {
        var campus = await Campus.Open(fixture.Grains);
        var application = await Compared(campus);
        await Reconstitute(campus, WithDeputy(Order(Regulation(QuorumKind.MoreThanHalf, 0m))));

        await Refusal.Expect(() => application.Decide(ChairAway(), Actors.Member(campus.Bin)), DomainErrorCode.Forbidden, "22");
    }

    [Fact]
    public async Task A_member_records_the_decision_where_the_regulation_has_a_member_record_it()
    {
        var campus = await Campus.Open(fixture.Grains);
        var application = await Compared(campus);
        await Reconstitute(campus, Order(Regulation(QuorumKind.MoreThanHalf, 0m) with { RecordedBy = CommissionRole.Member }));

        var decided = await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Member(campus.Bin));

        Assert.Equal(ApplicationStatus.Recognised, decided.Status);
    }

    [Fact]
    public async Task A_member_named_without_a_position_is_recorded_without_one()
    {
        var campus = await Campus.Open(fixture.Grains);
        var order = Order(null);

        var info = await Reconstitute(campus, order with { Members = [.. order.Members.Take(2), order.Members[2] with { Position = null }] });

        Assert.Null(info.Current.Members[2].Position);
    }

    [Fact]
    public async Task A_Commission_whose_members_have_no_platform_identities_decides_once_the_head_corrects_them()
    {
        var campus = await Campus.Open(fixture.Grains);
        var application = await Compared(campus);
        await Reconstitute(campus, WithoutIdentities(Order(null)));
        await Refusal.Expect(() => application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Secretary(campus.Bin)), DomainErrorCode.Forbidden, "22");

        var info = await Commission(campus).CorrectMemberIdentities(Correction(Secretary, Actors.SecretarySubject), Actors.Head(campus.Bin));
        var decided = await application.Decide(campus.Recognise(Campus.MachineLearning), Actors.Secretary(campus.Bin));

        Assert.Equal((OrderNumber, 2, Actors.SecretarySubject), (info.Current.Order.Number, info.History.Count, info.Current.Members[1].SubjectId));
        Assert.Equal(ApplicationStatus.Recognised, decided.Status);
    }

    [Fact]
    public async Task A_correction_of_identities_is_in_the_institutions_audit_log_with_who_made_it()
    {
        var campus = await Campus.Open(fixture.Grains);
        await Reconstitute(campus, WithoutIdentities(Order(null)));

        await Commission(campus).CorrectMemberIdentities(Correction(Secretary, Actors.SecretarySubject), Actors.Administrator);

        var record = Assert.Single(await AuditOf(campus.Bin), r => r.Action == "CommissionMemberIdentitiesCorrected");
        Assert.Equal((ActorRole.PlatformAdministrator, AuditOutcome.Succeeded), (record.Role, record.Outcome));
        Assert.Contains($"1 member(s) of order {OrderNumber}", record.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeating_a_correction_changes_nothing_and_records_nothing_more()
    {
        var campus = await Campus.Open(fixture.Grains);
        await Reconstitute(campus, WithoutIdentities(Order(null)));
        await Commission(campus).CorrectMemberIdentities(Correction(Secretary, Actors.SecretarySubject), Actors.Head(campus.Bin));

        await Commission(campus).CorrectMemberIdentities(Correction(Secretary, Actors.SecretarySubject), Actors.Head(campus.Bin));

        Assert.Single(await AuditOf(campus.Bin), r => r.Action == "CommissionMemberIdentitiesCorrected");
    }

    [Fact]
    public async Task The_registrar_may_not_correct_the_members_identities()
    {
        var campus = await Campus.Open(fixture.Grains);

        await Refusal.Expect(
            () => Commission(campus).CorrectMemberIdentities(Correction(Secretary, "someone"), Actors.Registrar(campus.Bin)),
            DomainErrorCode.Forbidden);
    }

    [Fact]
    public async Task A_correction_cannot_add_someone_the_order_does_not_name()
    {
        var campus = await Campus.Open(fixture.Grains);

        await Refusal.Expect(
            () => Commission(campus).CorrectMemberIdentities(
                new CorrectMemberIdentities("17-НҚ", [new MemberIdentity("Aliya Kassymova", "aliya")], "New colleague"), Actors.Head(campus.Bin)),
            DomainErrorCode.Validation, "22");
    }

    private static ConstituteCommission Order(CommissionRegulationInfo? regulation) =>
        Campus.Constitution(OrderNumber, TestClock.Today) with { Regulation = regulation };

    private static CommissionRegulationInfo Regulation(QuorumKind kind, decimal value) =>
        new(kind, value, CommissionRole.Secretary, CommissionRole.Chair, VotesRecorded: false);

    private static CommissionRegulationInfo Fraction(int numerator, int denominator) =>
        Regulation(QuorumKind.AtLeastFraction, 0m) with { QuorumNumerator = numerator, QuorumDenominator = denominator };

    private static ConstituteCommission WithDeputy(ConstituteCommission order) =>
        order with { Members = [.. order.Members.Select(m => m.Name == Member ? m with { IsDeputyChair = true } : m)] };

    private static ConstituteCommission WithoutIdentities(ConstituteCommission order) =>
        order with { Members = [.. order.Members.Select(m => m with { SubjectId = null })] };

    private static CorrectMemberIdentities Correction(string name, string subjectId) =>
        new(OrderNumber, [new MemberIdentity(name, subjectId)], "Platform accounts were issued after the order was recorded.");

    /// <summary>A protocol of today's meeting without the chair: the secretary and the member (the deputy, where named).</summary>
    private static DecideApplication ChairAway() =>
        new(Campus.Protocol() with { MembersPresent = [Secretary, Member] }, [new UnitDecisionInput(Campus.MachineLearning, true)]);

    private ICommissionGrain Commission(Campus campus) => fixture.Grains.GetGrain<ICommissionGrain>(campus.CommissionId!);

    private Task<CommissionInfo> Reconstitute(Campus campus, ConstituteCommission order) => Commission(campus).Reconstitute(order, Actors.Head(campus.Bin));

    /// <summary>A MOOC application under review with its comparison recorded, under the establishing composition.</summary>
    private static async Task<IApplicationGrain> Compared(Campus campus)
    {
        var application = await campus.UnderReview(TestIdentities.NewIin());
        await application.RecordComparison(campus.FullMatch(), Actors.Chair(campus.Bin));
        return application;
    }

    /// <summary>A Commission's state row as a release before exact fractions wrote it (a decimal quorum), never activated since.</summary>
    private async Task StoreAsEarlierReleasesDid(ICommissionGrain commission, ConstituteCommission order)
    {
        var storage = fixture.Cluster.GetSiloServiceProvider(fixture.Cluster.Silos[0].SiloAddress)
            .GetRequiredKeyedService<IGrainStorage>(StorageNames.Recognition);
        await storage.WriteStateAsync("commission", commission.GetGrainId(), new GrainState<CommissionState>(new CommissionState { Orders = [order] }));
    }

    /// <summary>The institution's audit records of the test clock's day and the one before, once the projector caught up.</summary>
    private async Task<List<AuditRecord>> AuditOf(string bin)
    {
        await SharedEventLog.CatchUpAsync();
        var today = DateOnly.FromDateTime(TestClock.Instance.GetUtcNow().UtcDateTime);
        var records = new List<AuditRecord>();
        foreach (var day in new[] { today, today.AddDays(-1) })
        {
            var page = await fixture.Grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(bin, day)).GetPage(new PageRequest(PageRequest.MaxPageSize), Actors.Administrator);
            records.AddRange(page.Items);
        }

        return records;
    }
}
