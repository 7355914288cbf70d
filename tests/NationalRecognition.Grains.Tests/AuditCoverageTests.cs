using System.Reflection;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.People;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Testing;
using Orleans.Concurrency;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// Every command — not one scenario's — leaves both its refusal and its change in the audit log: each audited mutation
/// is called once by a caller without the right (the log records the refusal) and once by one with it (the log
/// records its event); and every grain method that changes state is an audited mutation.
/// </summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class AuditCoverageTests(WorkflowClusterFixture fixture)
{
    /// <summary>Methods that take an actor but change nothing of their own, or are audited through their caller.</summary>
    private static readonly Dictionary<string, string> NotAuditedMutations = new()
    {
        ["IApplicationListing.GetPage"] = "a read (the listings)",
        ["IApplicationListing.Find"] = "a read (the listings)",
        ["IAuditLogGrain.GetPage"] = "a read",
        ["IInstitutionRoleHoldersGrain.GetPage"] = "a read (the role holders)",
        ["INationalStatisticsGrain.Query"] = "a read",
        ["IPersonalDataReadsGrain.GetPage"] = "a read (an administrator's is recorded as a read of the learner's data)",
        ["IPersonalDataExportGrain.Export"] = "a read (an administrator's is recorded read by read)",
        ["ICertificateGrain.RegisterFromFeed"] = "called by ICertificateFeedGrain.Submit, which is audited; its CertificateRegistered events are in the log",
    };

    public static TheoryData<string> Commands => [.. CommandScenarios.All.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_grain_method_that_changes_state_for_an_actor_is_an_audited_mutation_and_has_a_scenario_here()
    {
        var commands = typeof(AuditCallFilter).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IGrain).IsAssignableFrom(type))
            .SelectMany(type => type.GetInterfaces()
                .Where(contract => typeof(IGrain).IsAssignableFrom(contract) && contract.Namespace?.StartsWith("NationalRecognition", StringComparison.Ordinal) == true)
                .SelectMany(contract => MutationsFor(type, contract)))
            .ToList();

        var unaudited = commands.Where(c => !c.Audited && !NotAuditedMutations.ContainsKey(c.Name)).Select(c => c.Name).Distinct().ToList();
        Assert.True(unaudited.Count == 0, $"Mutations without [AuditedMutation]: {string.Join(", ", unaudited)}");
        Assert.Equal(commands.Where(c => c.Audited).Select(c => c.Name).Distinct().Order(StringComparer.Ordinal), CommandScenarios.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_command_s_refusal_and_its_change_are_both_in_the_audit_log(string command)
    {
        var scenario = await CommandScenarios.All[command](fixture.Grains);

        await Refusal.Expect(scenario.Refused, DomainErrorCode.Forbidden);
        await scenario.Allowed();
        // A refusal on a grain that holds nothing yet (a submission refused at the door) names no institution of its
        // own: it is in the platform's log.
        var records = (await AllRecords(scenario.Scope)).Concat(scenario.Scope == AuditScopes.Platform ? [] : await AllRecords(AuditScopes.Platform))
            .Where(r => r.Target == scenario.Target).ToList();

        var refusal = Assert.Single(records, r => r.Outcome != AuditOutcome.Succeeded);
        Assert.Equal((command, AuditOutcome.Forbidden, ActorRole.Anonymous), (refusal.Action, refusal.Outcome, refusal.Role));
        Assert.Contains(records, r => r.Action == scenario.Event && r.Outcome == AuditOutcome.Succeeded && r.Role != ActorRole.Anonymous);
    }

    private static IEnumerable<(string Name, bool Audited)> MutationsFor(Type grain, Type contract)
    {
        var map = grain.GetInterfaceMap(contract);
        for (var i = 0; i < map.InterfaceMethods.Length; i++)
        {
            var method = map.InterfaceMethods[i];
            if (method.GetParameters().Any(p => p.ParameterType == typeof(Actor)) && !method.IsDefined(typeof(ReadOnlyAttribute)))
            {
                yield return ($"{contract.Name}.{method.Name}", map.TargetMethods[i].IsDefined(typeof(AuditedMutationAttribute), inherit: true));
            }
        }
    }

    /// <summary>Every record of the scope's log today (and yesterday, should the test straddle midnight), once the projector has caught up.</summary>
    private async Task<List<AuditRecord>> AllRecords(string scope)
    {
        await SharedEventLog.CatchUpAsync();
        var records = new List<AuditRecord>();
        var today = DateOnly.FromDateTime(TestClock.Instance.GetUtcNow().UtcDateTime);
        foreach (var day in new[] { today, today.AddDays(-1) })
        {
            string? after = null;
            do
            {
                var page = await fixture.Grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(scope, day))
                    .GetPage(new PageRequest(PageRequest.MaxPageSize, after), Actors.Administrator);
                records.AddRange(page.Items);
                after = page.HasNextPage ? page.Cursors[^1] : null;
            }
            while (after is not null);
        }

        return records;
    }

    /// <summary>
    /// One command made ready to call: by a caller without rights (<see cref="Refused"/>) and by one with them
    /// (<see cref="Allowed"/>); the log its change lands in, its target (the grain's stream) and the event it records.
    /// </summary>
    private sealed record CommandScenario(Func<Task> Refused, Func<Task> Allowed, string Scope, string Target, string Event);

    private static class CommandScenarios
    {
        private static readonly Actor Outsider = Actors.Anonymous;

        private static string StreamOf(IAddressable grain) => StateKey.Of(grain.GetGrainId()).StreamId;

        public static readonly Dictionary<string, Func<IGrainFactory, Task<CommandScenario>>> All = new()
        {
            ["IInstitutionGrain.Register"] = grains =>
            {
                var bin = TestIdentities.NewBin();
                var institution = grains.GetGrain<IInstitutionGrain>(bin);
                var register = new RegisterInstitution(
                    new InstitutionNames("Тест университеті", "Тестовый университет", "Test University"),
                    [InstitutionKind.Higher], Region.AlmatyCity);
                return Task.FromResult(new CommandScenario(
                    () => institution.Register(register, Outsider), () => institution.Register(register, Actors.Registrar(bin)),
                    bin, StreamOf(institution), "InstitutionRegistered"));
            },
            ["IInstitutionGrain.SetAcademicPeriod"] = async grains =>
            {
                var campus = await Campus.Open(grains);
                var institution = grains.GetGrain<IInstitutionGrain>(campus.Bin);
                var period = new AcademicPeriodInfo("2031-spring", "Spring 2031", new DateOnly(2031, 1, 20), new DateOnly(2031, 5, 30));
                return new CommandScenario(
                    () => institution.SetAcademicPeriod(period, Outsider), () => institution.SetAcademicPeriod(period, Actors.Registrar(campus.Bin)),
                    campus.Bin, StreamOf(institution), "AcademicPeriodSet");
            },
            ["IInstitutionGrain.UpsertProgramme"] = async grains =>
            {
                var campus = await Campus.Open(grains);
                var institution = grains.GetGrain<IInstitutionGrain>(campus.Bin);
                var programme = Campus.Programme() with { Name = "Information systems (2031)" };
                return new CommandScenario(
                    () => institution.UpsertProgramme(programme, Outsider), () => institution.UpsertProgramme(programme, Actors.Registrar(campus.Bin)),
                    campus.Bin, StreamOf(institution), "ProgrammeUpserted");
            },
            ["ICommissionGrain.Establish"] = async grains =>
            {
                var campus = await Campus.Open(grains, withCommission: false);
                var id = CommissionIds.For(campus.Bin);
                var commission = grains.GetGrain<ICommissionGrain>(id);
                var constitution = Campus.Constitution("17-НҚ", new DateOnly(2025, 8, 20));
                return new CommandScenario(
                    () => commission.Establish(constitution, Outsider), () => commission.Establish(constitution, Actors.Head(campus.Bin)),
                    campus.Bin, StreamOf(commission), "CommissionEstablished");
            },
            ["ICommissionGrain.Reconstitute"] = async grains =>
            {
                var campus = await Campus.Open(grains);
                var commission = grains.GetGrain<ICommissionGrain>(campus.CommissionId!);
                var constitution = Campus.Constitution("31-НҚ", TestClock.Today.AddDays(-3), chair: "Aliya Kassymova");
                return new CommandScenario(
                    () => commission.Reconstitute(constitution, Outsider), () => commission.Reconstitute(constitution, Actors.Head(campus.Bin)),
                    campus.Bin, StreamOf(commission), "CommissionReconstituted");
            },
            ["ICommissionGrain.CorrectMemberIdentities"] = async grains =>
            {
                var campus = await Campus.Open(grains);
                var commission = grains.GetGrain<ICommissionGrain>(campus.CommissionId!);
                var correction = new CorrectMemberIdentities("17-НҚ", [new MemberIdentity("Dana Seitova", "secretary-new-account")], "A new account.");
                return new CommandScenario(
                    () => commission.CorrectMemberIdentities(correction, Outsider), () => commission.CorrectMemberIdentities(correction, Actors.Head(campus.Bin)),
                    campus.Bin, StreamOf(commission), "CommissionMemberIdentitiesCorrected");
            },
            ["IPersonGrain.Grant"] = grains =>
            {
                var bin = TestIdentities.NewBin();
                var change = new ChangeRole(new PersonReference("https://idp.test", $"person-{Guid.NewGuid():N}"), new RoleRequest(PersonRole.Registrar, bin));
                var person = grains.GetGrain<IPersonGrain>(PersonKeys.For(change.Person));
                return Task.FromResult(new CommandScenario(
                    () => person.Grant(change, Outsider), () => person.Grant(change, Actors.Head(bin)),
                    bin, StreamOf(person), "RoleGranted"));
            },
            ["IPersonGrain.Revoke"] = async grains =>
            {
                var bin = TestIdentities.NewBin();
                var change = new ChangeRole(new PersonReference("https://idp.test", $"person-{Guid.NewGuid():N}"), new RoleRequest(PersonRole.Registrar, bin));
                var person = grains.GetGrain<IPersonGrain>(PersonKeys.For(change.Person));
                await person.Grant(change, Actors.Head(bin));
                return new CommandScenario(
                    () => person.Revoke(change, Outsider), () => person.Revoke(change, Actors.Head(bin)),
                    bin, StreamOf(person), "RoleRevoked");
            },
            ["IApplicationGrain.Submit"] = async grains =>
            {
                var campus = await Campus.Open(grains);
                var iin = TestIdentities.NewIin();
                var command = campus.Application(iin, Certificates.Mooc(iin));
                var application = campus.ApplicationOf(command);
                return new CommandScenario(
                    () => application.Submit(command, Outsider), () => campus.Submit(command),
                    campus.Bin, StreamOf(application), "ApplicationSubmitted");
            },
            ["IApplicationGrain.StartReview"] = async grains =>
            {
                var campus = await Campus.Open(grains);
                var iin = TestIdentities.NewIin();
                var command = campus.Application(iin, Certificates.Mooc(iin));
                await campus.Submit(command);
                var application = campus.ApplicationOf(command);
                return new CommandScenario(
                    () => application.StartReview(Outsider), () => application.StartReview(Actors.Chair(campus.Bin)),
                    campus.Bin, StreamOf(application), "ApplicationReviewStarted");
            },
            ["IApplicationGrain.RecordComparison"] = async grains =>
            {
                var campus = await Campus.Open(grains);
                var application = await campus.UnderReview(TestIdentities.NewIin());
                return new CommandScenario(
                    () => application.RecordComparison(campus.FullMatch(), Outsider),
                    () => application.RecordComparison(campus.FullMatch(), Actors.Chair(campus.Bin)),
                    campus.Bin, StreamOf(application), "ComparisonRecorded");
            },
            ["IApplicationGrain.Decide"] = async grains =>
            {
                var campus = await Campus.Open(grains);
                var application = await campus.UnderReview(TestIdentities.NewIin());
                await application.RecordComparison(campus.FullMatch(), Actors.Chair(campus.Bin));
                var decide = campus.Recognise(Campus.MachineLearning);
                return new CommandScenario(
                    () => application.Decide(decide, Outsider), () => application.Decide(decide, Actors.Chair(campus.Bin)),
                    campus.Bin, StreamOf(application), "ApplicationDecided");
            },
            ["IApplicationGrain.Withdraw"] = async grains =>
            {
                var campus = await Campus.Open(grains);
                var iin = TestIdentities.NewIin();
                var command = campus.Application(iin, Certificates.Mooc(iin));
                await campus.Submit(command);
                var application = campus.ApplicationOf(command);
                return new CommandScenario(
                    () => application.Withdraw("changed my mind", Outsider), () => application.Withdraw("changed my mind", Actors.Learner(iin)),
                    campus.Bin, StreamOf(application), "ApplicationWithdrawn");
            },
            ["ICertificateGrain.RegisterVerified"] = grains =>
            {
                var certificate = Certificates.LabourExchange(TestIdentities.NewIin());
                var key = CertificateKeys.For(certificate);
                var grain = grains.GetGrain<ICertificateGrain>(key);
                return Task.FromResult(new CommandScenario(
                    () => grain.RegisterVerified(certificate, Outsider), () => grain.RegisterVerified(certificate, Actors.Exchange),
                    AuditScopes.Platform, StreamOf(grain), "CertificateRegistered"));
            },
            ["ICertificateFeedGrain.Submit"] = grains =>
            {
                var key = Guid.NewGuid().ToString("N");
                var batch = Feed.Batch(grains, key);
                var record = Feed.Record();
                return Task.FromResult(new CommandScenario(
                    () => batch.Submit(key, [record], Outsider), () => Feed.Send(grains, key, record),
                    AuditScopes.Platform, StreamOf(batch), "CertificateFeedBatchReceived"));
            },
            ["IInDemandProfessionsGrain.Publish"] = grains =>
            {
                // A year of its own: no other test of this cluster publishes 2019's list.
                const int year = 2019;
                var list = grains.GetGrain<IInDemandProfessionsGrain>(year);
                InDemandProfessionInfo[] professions = [Professions.DataAnalyst];
                return Task.FromResult(new CommandScenario(
                    () => list.Publish(professions, Outsider), () => list.Publish(professions, Actors.Exchange),
                    AuditScopes.Platform, StreamOf(list), "InDemandProfessionsPublished"));
            },
        };
    }
}
