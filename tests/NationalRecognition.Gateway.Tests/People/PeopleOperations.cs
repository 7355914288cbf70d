namespace NationalRecognition.Gateway.Tests.People;

/// <summary>The operations of people and roles, as a client sends them.</summary>
internal static class PeopleOperations
{
    public const string Onboard = """
        mutation Onboard($bin: String!, $input: OnboardInstitutionInput!) { onboardInstitution(bin: $bin, input: $input) { bin } }
        """;

    public const string Grant = """
        mutation Grant($input: RoleChangeInput!) { grantRole(input: $input) { subject roles { role institutionBin commissionId actingAs } } }
        """;

    public const string Revoke = """
        mutation Revoke($input: RoleChangeInput!) { revokeRole(input: $input) { subject roles { role } } }
        """;

    public const string Me = "query { me { issuer subject maskedIin actingAs actingAsChoices roles { role institutionBin actingAs } } }";

    public const string Holders = """
        query Holders($bin: String!, $after: String) {
          institutionRoleHolders(bin: $bin, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { subject role } } }
        }
        """;

    public const string SetPeriod = """
        mutation SetPeriod($bin: String!, $input: AcademicPeriodInput!) { setAcademicPeriod(bin: $bin, input: $input) { bin } }
        """;

    public const string AuditLog = """
        query Audit($scope: String!, $day: DateOnly!) { auditLog(scope: $scope, day: $day, first: 100) { edges { node { action role outcome } } } }
        """;
}
