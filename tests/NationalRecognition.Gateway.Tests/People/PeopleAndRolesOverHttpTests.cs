using System.Globalization;
using System.Net;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Security;
using NationalRecognition.Gateway.Tests.Api;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.People;

/// <summary>
/// Roles held by the platform, through the API: an administrator onboards an institution and assigns its head, the head
/// delegates a registrar who then acts with a token that carries no role, and a revoked role is refused at once.
/// </summary>
public sealed class PeopleAndRolesOverHttpTests(WorkflowGatewayFactory factory) : IClassFixture<WorkflowGatewayFactory>
{
    private const string Issuer = GatewayJwtOptions.LocalIssuer;

    [Fact]
    public async Task A_head_delegates_a_registrar_who_then_acts_in_that_role()
    {
        var (client, bin, head) = await Onboarded();
        var registrarSubject = PersonSession.NewSubject();

        await head.Run(PeopleOperations.Grant, new { input = Registrar(registrarSubject, bin) });
        var registrar = PersonSession.As(client, registrarSubject);
        var data = await registrar.Run(PeopleOperations.SetPeriod, new { bin, input = ApiWorld.OpenPeriodInput });

        Assert.Equal(bin, (string)data["setAcademicPeriod"]!["bin"]!);
    }

    [Fact]
    public async Task A_revoked_role_is_refused_on_the_next_request()
    {
        var (client, bin, head) = await Onboarded();
        var registrarSubject = PersonSession.NewSubject();
        await head.Run(PeopleOperations.Grant, new { input = Registrar(registrarSubject, bin) });
        var registrar = PersonSession.As(client, registrarSubject);
        await registrar.Run(PeopleOperations.SetPeriod, new { bin, input = ApiWorld.OpenPeriodInput });

        await head.Run(PeopleOperations.Revoke, new { input = Registrar(registrarSubject, bin) });
        var error = await registrar.Refused(PeopleOperations.SetPeriod, new { bin, input = ApiWorld.OpenPeriodInput });

        Assert.Equal("FORBIDDEN", (string)error["extensions"]!["code"]!);
    }

    [Fact]
    public async Task A_person_without_a_grant_gets_no_role_from_their_token()
    {
        var (client, bin, _) = await Onboarded();

        var error = await PersonSession.As(client, PersonSession.NewSubject()).Refused(PeopleOperations.SetPeriod, new { bin, input = ApiWorld.OpenPeriodInput });

        Assert.Equal("FORBIDDEN", (string)error["extensions"]!["code"]!);
    }

    [Fact]
    public async Task A_head_does_not_delegate_at_another_institution()
    {
        var (client, _, head) = await Onboarded();

        var error = await head.Refused(PeopleOperations.Grant, new { input = Registrar(PersonSession.NewSubject(), TestIdentities.NewBin()) });

        Assert.Equal("FORBIDDEN", (string)error["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Me_shows_the_person_their_roles_and_the_one_they_act_in()
    {
        var (client, bin, head) = await Onboarded();
        var subject = PersonSession.NewSubject();
        await head.Run(PeopleOperations.Grant, new { input = Registrar(subject, bin) });

        var me = (await PersonSession.As(client, subject).Run(PeopleOperations.Me))["me"]!;

        Assert.Equal((Issuer, subject, $"Registrar:{bin}"), ((string)me["issuer"]!, (string)me["subject"]!, (string?)me["actingAs"]));
        Assert.Equal([$"Registrar:{bin}"], me["actingAsChoices"]!.AsArray().Select(c => (string)c!));
    }

    [Fact]
    public async Task A_person_with_several_roles_acts_in_the_one_they_name()
    {
        var (client, bin, head) = await Onboarded();
        var subject = PersonSession.NewSubject();
        await head.Run(PeopleOperations.Grant, new { input = Registrar(subject, bin) });
        await head.Run(PeopleOperations.Grant, new { input = Role(subject, "COMMISSION_MEMBER", commissionId: $"{bin}/main") });

        var undecided = await PersonSession.As(client, subject).Refused(PeopleOperations.SetPeriod, new { bin, input = ApiWorld.OpenPeriodInput });
        var registrar = await PersonSession.As(client, subject, actingAs: $"Registrar:{bin}").Run(PeopleOperations.SetPeriod, new { bin, input = ApiWorld.OpenPeriodInput });

        Assert.Equal("FORBIDDEN", (string)undecided["extensions"]!["code"]!);
        Assert.Equal(bin, (string)registrar["setAcademicPeriod"]!["bin"]!);
    }

    [Fact]
    public async Task Acting_as_a_role_not_held_is_refused_with_403()
    {
        var (client, bin, _) = await Onboarded();

        var (status, body) = await PersonSession.As(client, PersonSession.NewSubject(), actingAs: $"Head:{bin}").SendRaw(PeopleOperations.Me);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("FORBIDDEN", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_head_lists_the_people_holding_roles_a_page_at_a_time()
    {
        var (client, bin, head) = await Onboarded();
        await head.Run(PeopleOperations.Grant, new { input = Registrar(PersonSession.NewSubject(), bin) });

        var first = (await Eventually.Reach(
            () => head.Run(PeopleOperations.Holders, new { bin }),
            page => (int)page["institutionRoleHolders"]!["totalCount"]! == 2, "the grants reach the role-holders listing"))["institutionRoleHolders"]!;
        var second = (await head.Run(PeopleOperations.Holders, new { bin, after = (string)first["pageInfo"]!["endCursor"]! }))["institutionRoleHolders"]!;

        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)second["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(["HEAD", "REGISTRAR"], new[] { first, second }.Select(p => (string)p["edges"]![0]!["node"]!["role"]!));
    }

    [Fact]
    public async Task Grants_and_revocations_are_in_the_institutions_audit_log()
    {
        var (client, bin, head) = await Onboarded();
        var subject = PersonSession.NewSubject();
        await head.Run(PeopleOperations.Grant, new { input = Registrar(subject, bin) });
        await head.Run(PeopleOperations.Revoke, new { input = Registrar(subject, bin) });
        var day = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var actions = await Eventually.Reach(
            async () => (await head.Run(PeopleOperations.AuditLog, new { scope = bin, day }))["auditLog"]!["edges"]!.AsArray()
                .Select(e => ((string)e!["node"]!["action"]!, (string)e["node"]!["role"]!)).ToList(),
            found => found.Count(a => a.Item1.StartsWith("Role", StringComparison.Ordinal)) == 3, "the grants reach the audit log");

        Assert.Contains(("RoleGranted", "PLATFORM_ADMINISTRATOR"), actions);
        Assert.Contains(("RoleGranted", "HEAD"), actions);
        Assert.Contains(("RoleRevoked", "HEAD"), actions);
    }

    /// <summary>An institution onboarded by a platform administrator, with its head: a person acting by the platform's grant.</summary>
    private async Task<(HttpClient Client, string Bin, ApiSession Head)> Onboarded()
    {
        var client = factory.CreateClient();
        var bin = TestIdentities.NewBin();
        var headSubject = PersonSession.NewSubject();
        var administrator = ApiSession.As(client, ActorRole.PlatformAdministrator);
        await administrator.Run(PeopleOperations.Onboard, new
        {
            bin,
            input = new
            {
                names = new { kazakh = "Сынақ колледжі", russian = "Тестовый колледж", english = "Test College" },
                kinds = new[] { "TVET" },
                region = "ABAI",
                head = new { issuer = Issuer, subject = headSubject },
            },
        });
        return (client, bin, PersonSession.As(client, headSubject));
    }

    private static object Registrar(string subject, string bin) => Role(subject, "REGISTRAR", institutionBin: bin);

    private static object Role(string subject, string role, string? institutionBin = null, string? commissionId = null) => new
    {
        person = new { issuer = Issuer, subject },
        role,
        institutionBin,
        commissionId,
    };
}
