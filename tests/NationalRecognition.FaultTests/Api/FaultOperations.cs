namespace NationalRecognition.FaultTests.Api;

/// <summary>
/// The GraphQL operations the fault test sends. Seeding uses the documented examples (docs/examples) as they are;
/// the workflow commands select the version and status the test records for every acknowledged command.
/// The commands after the submission declare <c>$expectedVersion</c>: the workers pass the version they last saw, so a
/// retry after a lost answer gets the same answer instead of a refusal.
/// </summary>
public static class FaultOperations
{
    public const string ExpectedVersionVariable = "$expectedVersion";

    public const string SubmitApplication = """
        mutation SubmitApplication($input: SubmitApplicationInput!) {
          submitApplication(input: $input) { id version status }
        }
        """;

    public const string StartReview = """
        mutation StartReview($id: ID!, $expectedVersion: Int) {
          startReview(applicationId: $id, expectedVersion: $expectedVersion) { id version status }
        }
        """;

    public const string RecordComparison = """
        mutation RecordComparison($id: ID!, $input: ComparisonInput!, $expectedVersion: Int) {
          recordComparison(applicationId: $id, input: $input, expectedVersion: $expectedVersion) { id version status }
        }
        """;

    public const string DecideApplication = """
        mutation DecideApplication($id: ID!, $input: DecideApplicationInput!, $expectedVersion: Int) {
          decideApplication(applicationId: $id, input: $input, expectedVersion: $expectedVersion) { id version status }
        }
        """;

    /// <summary>One application with what the checks compare: version, status, comparisons and its audit trail.</summary>
    public const string Application = """
        query FaultApplication($id: ID!) {
          application(id: $id) { id version status comparisons { unitCode } auditTrail { action } }
        }
        """;

    /// <summary>A page of the learner's listing.</summary>
    public const string LearnerApplications = """
        query FaultLearnerApplications($iin: String!, $first: Int, $after: String) {
          learner(iin: $iin) {
            applications(first: $first, after: $after) {
              totalCount
              pageInfo { hasNextPage endCursor }
              edges { node { id version status } }
            }
          }
        }
        """;

    public static string RegisterInstitution { get; } = Example("register-institution");

    public static string SetAcademicPeriod { get; } = Example("set-academic-period");

    /// <summary>
    /// A programme's upsert that every release in the upgrade test answers (the example also selects the units' teaching
    /// periods, <c>taughtInPeriodIds</c>, which the previous release does not have).
    /// </summary>
    public static string UpsertProgramme { get; } = """
        mutation UpsertProgramme($bin: String!, $input: ProgrammeInput!) {
          upsertProgramme(bin: $bin, input: $input) {
            code
            name
            units { code name kind credits outcomes { id description } }
          }
        }
        """;

    public static string EstablishCommission { get; } = Example("establish-commission");

    public static string PublishInDemandProfessions { get; } = Example("publish-in-demand-professions");

    /// <summary>A batch of the exchange's feed, answered with every record's result.</summary>
    public static string FeedCertificates { get; } = Example("feed-certificates");

    public static string Certificate { get; } = Example("certificate");

    public static string NationalStatistics { get; } = Example("national-statistics");

    /// <summary>Whether an operation takes the version the caller last saw (the write path's optimistic check).</summary>
    public static bool TakesExpectedVersion(string operation) => operation.Contains(ExpectedVersionVariable, StringComparison.Ordinal);

    private static string Example(string name) =>
        File.ReadAllText(Path.Combine(Processes.BuildOutputs.RepositoryRoot, "docs", "examples", $"{name}.graphql"));
}
