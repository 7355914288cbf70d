using System.Text.RegularExpressions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.Messages;

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
            throw new DomainException(DomainErrorCode.Validation, Message.Of("people.roleUnknown"), "role");
        }

        switch (role)
        {
            case PersonRole.Head or PersonRole.Registrar:
                Refuse(commissionId is not null || ministry is not null, role, "people.scopeOnlyBin");
                return new RoleGrant(role, ValidBin(institutionBin, "institutionBin", role), null, null);
            case PersonRole.CommissionChair or PersonRole.CommissionSecretary or PersonRole.CommissionMember:
                Refuse(ministry is not null, role, "people.scopeOnlyCommission");
                var commission = ValidCommissionId(commissionId, role);
                var bin = commission[..commission.IndexOf('/', StringComparison.Ordinal)];
                Refuse(institutionBin is not null && institutionBin != bin, role, "people.scopeCommissionsInstitution");
                return new RoleGrant(role, bin, commission, null);
            case PersonRole.MinistryAnalyst:
                Refuse(institutionBin is not null || commissionId is not null, role, "people.scopeOnlyMinistry");
                Refuse(ministry is { } m && !Enum.IsDefined(m), role, "people.scopeKnownMinistry");
                return new RoleGrant(role, null, null, ministry);
            default:
                Refuse(institutionBin is not null || commissionId is not null || ministry is not null, role, "people.scopeNone");
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
            throw new DomainException(DomainErrorCode.Validation, Message.Of("people.roleNeedsBin", ("role", role)), field);
        }

        try
        {
            return Bin.Parse(bin).Value;
        }
        catch (DomainException invalid)
        {
            throw invalid.At(field);
        }
    }

    private static string ValidCommissionId(string? commissionId, PersonRole role)
    {
        if (commissionId is null || !CommissionIdPattern().IsMatch(commissionId))
        {
            throw new DomainException(DomainErrorCode.Validation,
                Message.Of("people.roleNeedsCommissionId", ("role", role)), "commissionId");
        }

        _ = ValidBin(commissionId[..12], "commissionId", role);
        return commissionId;
    }

    private static void Refuse(bool refused, PersonRole role, string ruleKey)
    {
        if (refused)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of(ruleKey, ("role", role)), "scope");
        }
    }

    [GeneratedRegex(@"^[0-9]{12}/[a-z0-9][a-z0-9-]{0,31}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CommissionIdPattern();
}
