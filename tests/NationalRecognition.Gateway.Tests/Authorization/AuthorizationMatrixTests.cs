using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using NationalRecognition.Gateway.Tests.Api;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Authorization;

/// <summary>
/// Every caller × every root query field and mutation (and the nested fields that hold personal data), against one
/// prepared world, including cross-tenant attempts. The expected outcome of each cell is in <see cref="Cases"/>: a
/// case lists who is allowed; every other caller must be refused (FORBIDDEN, or UNAUTHENTICATED without a token) and learn nothing.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationWorld world) : IClassFixture<AuthorizationWorld>
{
    private const string Staff = "RegistrarA HeadA ChairA SecretaryA MemberA";
    private const string Everyone = $"Anonymous LearnerX {Staff} AnalystHigher AnalystEnlightenment AnalystNational Feed Administrator";

    /// <summary>Codes that mean the call reached the platform's rules: allowed, and refused for a domain reason.</summary>
    private static readonly HashSet<string> DomainCodes = ["CONFLICT", "RULE_VIOLATION", "INVALID_TRANSITION", "DEADLINE_PASSED", "VALIDATION", "NOT_FOUND"];

    /// <summary>The one table: each case names the root fields it exercises and the callers allowed.</summary>
    private IEnumerable<MatrixCase> Cases()
    {
        var w = world;
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // Public and reference data: everyone, analysts included.
        yield return new("platform", "platform", Operations.Platform, null, Everyone);
        yield return new("ruleVersions and regions", "ruleVersions regions", Operations.ReferenceData, null, Everyone);
        yield return new("institution A's public profile", "institution", Operations.Institution, new { bin = w.A.Bin }, Everyone);

        // Listings: staff of the institution and administrators; A's staff on B's are refused by the grains.
        yield return new("institution A's applications", "institution", Operations.InstitutionApplications, new { bin = w.A.Bin, period = ApiWorld.OpenPeriod }, $"{Staff} Administrator");
        yield return new("institution B's applications", "institution", Operations.InstitutionApplications, new { bin = w.B.Bin, period = ApiWorld.OpenPeriod }, "Administrator");
        yield return new("Commission A's queue", "institution", Operations.CommissionQueue, new { bin = w.A.Bin, period = ApiWorld.OpenPeriod }, $"{Staff} Administrator");
        yield return new("Commission B's queue", "institution", Operations.CommissionQueue, new { bin = w.B.Bin, period = ApiWorld.OpenPeriod }, "Administrator");

        // One application by id: its learner, its institution's staff, administrators.
        yield return new("X's application at A", "application", Operations.Application, new { id = w.ApplicationAtA }, $"LearnerX {Staff} Administrator");
        yield return new("Y's application at B", "application", Operations.Application, new { id = w.ApplicationAtB }, "Administrator");
        yield return new("X's application trail at A", "applicationTrail", Operations.ApplicationTrail, new { id = w.ApplicationAtA }, $"LearnerX {Staff} Administrator");
        yield return new("Y's application trail at B", "applicationTrail", Operations.ApplicationTrail, new { id = w.ApplicationAtB }, "Administrator");
        yield return new("learner X's listing", "learner", Operations.LearnerApplications, new { iin = w.IinX }, "LearnerX Administrator");
        yield return new("learner Y's listing", "learner", Operations.LearnerApplications, new { iin = w.IinY }, "Administrator");

        yield return new("a registry certificate", "certificate", Operations.Certificate, new { registryKey = w.RegistryKey }, "Feed Administrator");

        yield return new("A's audit log", "auditLog", Operations.AuditLog, new { scope = w.A.Bin, day = today }, "RegistrarA HeadA Administrator");
        yield return new("B's audit log", "auditLog", Operations.AuditLog, new { scope = w.B.Bin, day = today }, "Administrator");
        yield return new("the platform's audit log", "auditLog", Operations.AuditLog, new { scope = "platform", day = today }, "Administrator");

        // Statistics: analysts (a ministry's analysts their own sector only) and administrators.
        yield return new("national statistics", "nationalStatistics", Operations.NationalStatistics, new { groupBy = new[] { "MINISTRY" } },
            "AnalystHigher AnalystEnlightenment AnalystNational Administrator");
        yield return new("the Enlightenment sector's statistics", "nationalStatistics", Operations.NationalStatistics,
            new { filter = new { ministry = "ENLIGHTENMENT" } }, "AnalystEnlightenment AnalystNational Administrator");

        // The catalogue: the registrar (own institution) and administrators.
        yield return new("register institution A", "registerInstitution", Operations.RegisterInstitution, new { bin = w.A.Bin, input = ApiWorld.Profile }, "RegistrarA Administrator");
        yield return new("register institution B", "registerInstitution", Operations.RegisterInstitution, new { bin = w.B.Bin, input = ApiWorld.Profile }, "Administrator");
        var period = ApiWorld.OpenPeriodInput;
        yield return new("calendar of A", "setAcademicPeriod", Operations.SetAcademicPeriod, new { bin = w.A.Bin, input = period }, "RegistrarA Administrator");
        yield return new("calendar of B", "setAcademicPeriod", Operations.SetAcademicPeriod, new { bin = w.B.Bin, input = period }, "Administrator");
        yield return new("programme of A", "upsertProgramme", Operations.UpsertProgramme, new { bin = w.A.Bin, input = ApiWorld.Programme }, "RegistrarA Administrator");
        yield return new("programme of B", "upsertProgramme", Operations.UpsertProgramme, new { bin = w.B.Bin, input = ApiWorld.Programme }, "Administrator");

        // The Commission: the head's order only.
        var order = ApiWorld.Constitution("18-НҚ", "2025-08-25", ApiWorld.Chair, w.A.Bin);
        yield return new("establish A's Commission", "establishCommission", Operations.EstablishCommission, new { bin = w.A.Bin, input = order }, "HeadA");
        yield return new("establish B's Commission", "establishCommission", Operations.EstablishCommission, new { bin = w.B.Bin, input = order }, "");
        yield return new("reconstitute A's Commission", "reconstituteCommission", Operations.ReconstituteCommission, new { commissionId = w.A.CommissionId, input = order }, "HeadA");
        yield return new("reconstitute B's Commission", "reconstituteCommission", Operations.ReconstituteCommission, new { commissionId = w.B.CommissionId, input = order }, "");

        // Members' platform identities: the head (own institution) and administrators; a name outside the order changes nothing.
        var correction = new { orderNumber = "18-НҚ", members = new[] { new { name = "Someone Outside The Order", subjectId = "matrix-subject" } }, reason = "Matrix check." };
        yield return new("correct identities in A's Commission", "correctCommissionMemberIdentities", Operations.CorrectCommissionMemberIdentities, new { commissionId = w.A.CommissionId, input = correction }, "HeadA Administrator");
        yield return new("correct identities in B's Commission", "correctCommissionMemberIdentities", Operations.CorrectCommissionMemberIdentities, new { commissionId = w.B.CommissionId, input = correction }, "Administrator");

        // Applications: the learner submits and withdraws their own; the Commission of the institution reviews and decides.
        yield return new("submit for X at A", "submitApplication", Operations.SubmitApplication, new { input = w.A.Application(w.IinX, ApiWorld.Coursera(w.IinX, "M-X")) }, "LearnerX");
        yield return new("submit for Y at A", "submitApplication", Operations.SubmitApplication, new { input = w.A.Application(w.IinY, ApiWorld.Coursera(w.IinY, "M-Y")) }, "");
        yield return new("review X's application at A", "startReview", Operations.StartReview, new { id = w.ApplicationAtA }, "ChairA SecretaryA MemberA");
        yield return new("review Y's application at B", "startReview", Operations.StartReview, new { id = w.ApplicationAtB }, "");
        yield return new("compare on X's application at A", "recordComparison", Operations.RecordComparison, new { id = w.ApplicationAtA, input = ApiWorld.FullMatch }, "ChairA SecretaryA MemberA");
        yield return new("compare on Y's application at B", "recordComparison", Operations.RecordComparison, new { id = w.ApplicationAtB, input = ApiWorld.FullMatch }, "");
        // Any Commission role reaches the rules: which member records is the regulation's (clause 22), checked by the grain.
        yield return new("decide X's application at A", "decideApplication", Operations.DecideApplication, new { id = w.ApplicationAtA, input = ApiWorld.Recognise }, "ChairA SecretaryA MemberA");
        yield return new("decide Y's application at B", "decideApplication", Operations.DecideApplication, new { id = w.ApplicationAtB, input = ApiWorld.Recognise }, "");
        yield return new("withdraw X's application", "withdrawApplication", Operations.WithdrawApplication, new { id = w.ApplicationAtA, reason = "Changed my mind." }, "LearnerX");
        yield return new("withdraw Y's application", "withdrawApplication", Operations.WithdrawApplication, new { id = w.ApplicationAtB, reason = "Changed my mind." }, "");

        // People and roles: administrators onboard; heads delegate their own institution's roles; `me` is everyone's (null for role tokens).
        yield return new("me", "me", People.PeopleOperations.Me, null, Everyone);
        yield return new("A's role holders", "institutionRoleHolders", People.PeopleOperations.Holders, new { bin = w.A.Bin }, "RegistrarA HeadA Administrator");
        yield return new("B's role holders", "institutionRoleHolders", People.PeopleOperations.Holders, new { bin = w.B.Bin }, "Administrator");
        yield return new("onboard an institution", "onboardInstitution", People.PeopleOperations.Onboard, new
        {
            bin = TestIdentities.NewBin(),
            input = new { names = new { kazakh = "Матрица", russian = "Матрица", english = "Matrix" }, kinds = new[] { "TVET" }, region = "ABAI", head = new { iin = TestIdentities.NewIin() } },
        }, "Administrator");
        var registrarOf = (string bin) => new { input = new { person = new { issuer = Gateway.Security.GatewayJwtOptions.LocalIssuer, subject = "matrix-person" }, role = "REGISTRAR", institutionBin = bin } };
        yield return new("grant a registrar of A", "grantRole", People.PeopleOperations.Grant, registrarOf(w.A.Bin), "HeadA Administrator");
        yield return new("grant a registrar of B", "grantRole", People.PeopleOperations.Grant, registrarOf(w.B.Bin), "Administrator");
        yield return new("revoke a registrar of A", "revokeRole", People.PeopleOperations.Revoke, registrarOf(w.A.Bin), "HeadA Administrator");
        yield return new("revoke a registrar of B", "revokeRole", People.PeopleOperations.Revoke, registrarOf(w.B.Bin), "Administrator");

        yield return new("the in-demand professions of 2025", "inDemandProfessions", Operations.InDemandProfessions, new { year = 2025 }, Everyone);
        yield return new("publish the in-demand professions", "publishInDemandProfessions", Operations.PublishInDemandProfessions, ApiWorld.ProfessionList, "Feed Administrator");
        yield return new("feed certificates", "feedCertificates", Operations.FeedCertificates,
            new { key = "matrix-batch", records = new[] { ApiWorld.FeedRecord(w.IinY, "ENB-MATRIX-0001") } }, "Feed Administrator");
        yield return new("register a verified certificate", "registerVerifiedCertificate", Operations.RegisterVerifiedCertificate, new { input = AuthorizationWorld.Certificate(w.IinY) }, "Feed Administrator");
    }

    [Fact]
    public void Every_root_query_field_and_mutation_has_a_row_in_the_matrix()
    {
        var schema = world.Schema();
        var covered = Cases().SelectMany(c => c.RootFields.Split(' ')).ToHashSet();

        var missing = schema.Query.Fields.Concat(schema.Mutation!.Fields)
            .Select(f => f.Name)
            .Where(name => !name.StartsWith("__", StringComparison.Ordinal) && !covered.Contains(name))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Each_caller_is_allowed_exactly_what_the_table_says_and_refusals_leak_nothing()
    {
        var callers = world.Callers;
        var cases = Cases().ToList();
        foreach (var matrixCase in cases)
        {
            var unknown = matrixCase.AllowedCallers.Except(callers.Keys).ToList();
            Assert.True(unknown.Count == 0, $"{matrixCase.Name}: unknown callers {string.Join(", ", unknown)}");
        }

        var failures = new ConcurrentBag<string>();
        using var gate = new SemaphoreSlim(8);
        var cells = cases.SelectMany(c => callers.Select(caller => (Case: c, Caller: caller.Key, Session: caller.Value)));
        await Task.WhenAll(cells.Select(async cell =>
        {
            await gate.WaitAsync();
            try
            {
                var (status, body) = await cell.Session.SendRaw(cell.Case.Document, cell.Case.Variables);
                var allowed = cell.Case.AllowedCallers.Contains(cell.Caller);
                var failure = allowed ? AllowedFailure(status, body) : DeniedFailure(cell.Caller, status, body);
                if (failure is not null)
                {
                    failures.Add($"{cell.Caller} on {cell.Case.Name} (expected {(allowed ? "allowed" : "denied")}): {failure}");
                }
            }
            finally
            {
                gate.Release();
            }
        }));

        Assert.True(failures.IsEmpty, string.Join('\n', failures.Order()));
    }

    private static string? AllowedFailure(HttpStatusCode status, string body)
    {
        if (status != HttpStatusCode.OK)
        {
            return $"HTTP {(int)status}: {body}";
        }

        var codes = Codes(body);
        return codes.All(DomainCodes.Contains) ? null : $"codes {string.Join(", ", codes)}: {body}";
    }

    private string? DeniedFailure(string caller, HttpStatusCode status, string body)
    {
        // A caller without a token is told to sign in; one with a token, that their role may not.
        var expected = caller == "Anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
        var codes = Codes(body);
        if (status != HttpStatusCode.OK || codes.Count == 0 || codes.Any(code => code != expected))
        {
            return $"HTTP {(int)status}, codes [{string.Join(", ", codes)}]: {body}";
        }

        string[] secrets = [world.IinX, world.IinY, AuthorizationWorld.LearnerName, world.ApplicationAtA, world.ApplicationAtB, world.RegistryKey];
        var leaked = secrets.Where(secret => body.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
        return leaked.Count == 0 ? null : $"leaks {leaked.Count} secret(s): {body}";
    }

    private static List<string> Codes(string body) =>
        JsonNode.Parse(body)?["errors"] is JsonArray errors
            ? errors.Select(e => (string?)e?["extensions"]?["code"] ?? "(none)").ToList()
            : [];

    private sealed record MatrixCase(string Name, string RootFields, string Document, object? Variables, string Allowed)
    {
        public IReadOnlyCollection<string> AllowedCallers { get; } = Allowed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
