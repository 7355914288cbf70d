using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.People;

namespace NationalRecognition.Gateway.Graph.Inputs;

/// <summary>The input of <c>grantRole</c> and <c>revokeRole</c>.</summary>
public sealed class RoleChangeInput
{
    public PersonReference Person { get; set; } = new();

    public PersonRole Role { get; set; }

    public string? InstitutionBin { get; set; }

    public string? CommissionId { get; set; }

    public Ministry? Ministry { get; set; }

    /// <summary>The command, with the issuer of the person giving it (to refuse granting to oneself).</summary>
    public ChangeRole ToCommand(string? actorIssuer) => new(Person, new RoleRequest(Role, InstitutionBin, CommissionId, Ministry), actorIssuer);
}
