using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Gateway.Tests.Api;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Authorization;

/// <summary>
/// The prepared world of the authorization matrix, built once through the API: institutions A and B with their
/// Commissions, learner X's application at A, learner Y's application at B, a registry certificate — and one
/// session per caller of the matrix.
/// </summary>
public sealed class AuthorizationWorld : IAsyncLifetime, IDisposable
{
    public const string LearnerName = "Sultanova";

    private readonly GatewayFactory _factory = new();

    public ApiWorld A { get; private set; } = null!;

    public ApiWorld B { get; private set; } = null!;

    public string IinX { get; } = TestIdentities.NewIin();

    public string IinY { get; } = TestIdentities.NewIin();

    public string ApplicationAtA { get; private set; } = null!;

    public string ApplicationAtB { get; private set; } = null!;

    public string RegistryKey { get; private set; } = null!;

    /// <summary>The callers of the matrix by name; the names are the table's vocabulary.</summary>
    public IReadOnlyDictionary<string, ApiSession> Callers { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var client = _factory.CreateClient();
        var worlds = await Task.WhenAll(ApiWorld.Create(client), ApiWorld.Create(client));
        (A, B) = (worlds[0], worlds[1]);
        var ids = await Task.WhenAll(Submit(A, IinX), Submit(B, IinY));
        (ApplicationAtA, ApplicationAtB) = (ids[0], ids[1]);
        await ApiWorld.PublishProfessions(client);
        var registered = await ApiSession.As(client, ActorRole.ExchangeFeed).Run(Operations.RegisterVerifiedCertificate, new { input = Certificate(IinY) });
        RegistryKey = (string)registered["registerVerifiedCertificate"]!["key"]!;

        Callers = new Dictionary<string, ApiSession>
        {
            ["Anonymous"] = ApiSession.Anonymous(client),
            ["LearnerX"] = ApiSession.As(client, ActorRole.Learner, iin: IinX),
            ["RegistrarA"] = ApiSession.As(client, ActorRole.Registrar, bin: A.Bin),
            ["HeadA"] = ApiSession.As(client, ActorRole.Head, bin: A.Bin),
            ["ChairA"] = ApiSession.As(client, ActorRole.CommissionChair, bin: A.Bin),
            ["SecretaryA"] = ApiSession.As(client, ActorRole.CommissionSecretary, bin: A.Bin),
            ["MemberA"] = ApiSession.As(client, ActorRole.CommissionMember, bin: A.Bin),
            ["AnalystHigher"] = ApiSession.As(client, ActorRole.MinistryAnalyst, ministry: nameof(Ministry.ScienceAndHigherEducation)),
            ["AnalystEnlightenment"] = ApiSession.As(client, ActorRole.MinistryAnalyst, ministry: nameof(Ministry.Enlightenment)),
            ["AnalystNational"] = ApiSession.As(client, ActorRole.MinistryAnalyst),
            ["Feed"] = ApiSession.As(client, ActorRole.ExchangeFeed),
            ["Administrator"] = ApiSession.As(client, ActorRole.PlatformAdministrator),
        };
    }

    // xunit disposes the fixture after DisposeAsync; the gateway (and its silo) stops there.
    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    /// <summary>The built schema of the gateway under test.</summary>
    public Graph.PlatformSchema Schema()
    {
        var schema = (Graph.PlatformSchema)_factory.Services.GetService(typeof(Graph.PlatformSchema))!;
        schema.Initialize();
        return schema;
    }

    public static object Certificate(string iin) => new
    {
        documentKind = "NON_FORMAL_EDUCATION_CERTIFICATE",
        issuerKind = "ELECTRONIC_LABOUR_EXCHANGE",
        issuerName = "Enbek.kz electronic labour exchange",
        number = $"ENBEK-{Guid.NewGuid():N}",
        issueDate = "2025-05-10",
        holderName = "Aigerim Sultanova",
        holderIin = iin,
        inDemandProfession = ApiWorld.DataAnalyst,
        appendix = new[] { new { name = "Machine Learning", credits = 5, hours = 150, grade = new { kind = "PASS_FAIL", passed = true } } },
    };

    private static async Task<string> Submit(ApiWorld world, string iin)
    {
        var submitted = await world.Learner(iin).Run(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, $"C-{Guid.NewGuid():N}")) });
        return (string)submitted["submitApplication"]!["id"]!;
    }
}
