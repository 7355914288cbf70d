using System.Text.RegularExpressions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Domain.People;

/// <summary>
/// One role and where it applies: the platform (administrators), an institution by BIN (its head, its registrar), one
/// Commission by its id "BIN/code" (chair, secretary, member), or a ministry's sector (analysts; none = national).
/// Built only through <see cref="For"/>, so a grant never has a scope its role does not take.
/// </summary>
public sealed partial record RoleGrant
{
    private RoleGrant(PersonRole role, string? institutionBin, string? commissionId, Ministry? ministry)
    {
        Role = role;
        InstitutionBin = institutionBin;
        CommissionId = commissionId;
        Ministry = ministry;
    }

    public PersonRole Role { get; }

    /// <summary>The institution of an institution or Commission role (for a Commission role, its Commission's institution).</summary>
    public string? InstitutionBin { get; }

    /// <summary>The Commission of a Commission role.</summary>
    public string? CommissionId { get; }

    /// <summary>The sector of a ministry's analyst; null for a national analyst.</summary>
    public Ministry? Ministry { get; }

    /// <summary>
    /// The grant of <paramref name="role"/> in its scope: a valid BIN for the head and the registrar, a Commission id
    /// "BIN/code" with a valid BIN for Commission roles, optionally a ministry for analysts, nothing for administrators.
    /// </summary>
    public static RoleGrant For(PersonRole role, string? institutionBin = null, string? commissionId = null, Ministry? ministry = null)
    {
        if (!Enum.IsDefined(role))
        {
            throw new DomainException(DomainErrorCode.Validation, "The role is not one the platform grants.", "role");
        }

        switch (role)
        {
            case PersonRole.Head or PersonRole.Registrar:
                Refuse(commissionId is not null || ministry is not null, role, "takes only an institution's BIN");
                return new RoleGrant(role, ValidBin(institutionBin, "institutionBin", role), null, null);
            case PersonRole.CommissionChair or PersonRole.CommissionSecretary or PersonRole.CommissionMember:
                Refuse(ministry is not null, role, "takes only a Commission id");
                var commission = ValidCommissionId(commissionId, role);
                var bin = commission[..commission.IndexOf('/', StringComparison.Ordinal)];
                Refuse(institutionBin is not null && institutionBin != bin, role, "is held at the Commission's own institution");
                return new RoleGrant(role, bin, commission, null);
            case PersonRole.MinistryAnalyst:
                Refuse(institutionBin is not null || commissionId is not null, role, "takes only a ministry (or none, for national statistics)");
                Refuse(ministry is { } m && !Enum.IsDefined(m), role, "names a known ministry");
                return new RoleGrant(role, null, null, ministry);
            default:
                Refuse(institutionBin is not null || commissionId is not null || ministry is not null, role, "applies to the whole platform and takes no scope");
                return new RoleGrant(role, null, null, null);
        }
    }

    /// <summary>The grant as a person names it when acting in it (the <c>Acting-As</c> header): "Role" or "Role:scope".</summary>
    public string ActingAs => (CommissionId ?? InstitutionBin ?? Ministry?.ToString()) is { } scope ? $"{Role}:{scope}" : Role.ToString();

    public override string ToString() => ActingAs;

    private static string ValidBin(string? bin, string field, PersonRole role)
    {
        if (bin is null)
        {
            throw new DomainException(DomainErrorCode.Validation, $"{role} is granted at an institution: give its BIN.", field);
        }

        return Bin.TryParse(bin, out var parsed, out var error)
            ? parsed.Value
            : throw new DomainException(DomainErrorCode.Validation, $"The institution's BIN is not valid: {error}", field);
    }

    private static string ValidCommissionId(string? commissionId, PersonRole role)
    {
        if (commissionId is null || !CommissionIdPattern().IsMatch(commissionId))
        {
            throw new DomainException(DomainErrorCode.Validation,
                $"{role} is granted at a Commission: give its id, the institution's BIN, '/', and the Commission's code (e.g. 990840000347/main).", "commissionId");
        }

        _ = ValidBin(commissionId[..12], "commissionId", role);
        return commissionId;
    }

    private static void Refuse(bool refused, PersonRole role, string rule)
    {
        if (refused)
        {
            throw new DomainException(DomainErrorCode.Validation, $"{role} {rule}.", "scope");
        }
    }

    [GeneratedRegex(@"^[0-9]{12}/[a-z0-9][a-z0-9-]{0,31}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CommissionIdPattern();
}
