using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Commissions;

/// <summary>A member of the Commission as named in the order.</summary>
public sealed record CommissionMember
{
    public CommissionMember(string name, string? position, CommissionRole role, string? subjectId = null)
    {
        SubjectId = string.IsNullOrWhiteSpace(subjectId) ? null : subjectId.Trim();
        Name = Guard.Required(name, "Member.Name", CommissionRules.Clause);
        Position = string.IsNullOrWhiteSpace(position) ? null : position.Trim();
        if (!Enum.IsDefined(role))
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("commissionMember.unknownCommissionRole", ("role", role)), "Member.Role");
        }

        Role = role;
    }

    public string Name { get; }

    /// <summary>The member's post, when the order states it: clause 22 leaves the composition to the organisation, and an order may name a member by name alone.</summary>
    public string? Position { get; }

    public CommissionRole Role { get; }

    /// <summary>
    /// The member's identity at the platform (the subject of their sign-in token), recorded by the head with the
    /// composition; a member without one cannot record decisions through the platform.
    /// </summary>
    public string? SubjectId { get; }

    /// <summary>
    /// Whether the order names this member deputy chair, who chairs and signs in the chair's absence where the
    /// regulation says so (<see cref="CommissionRegulation.DeputySignsInChairsAbsence"/>).
    /// </summary>
    public bool IsDeputyChair { get; init; }

    /// <summary>Whether a caller with this token subject is this member.</summary>
    public bool IsCaller(string? subjectId) =>
        SubjectId is not null && subjectId is not null && string.Equals(SubjectId, subjectId.Trim(), StringComparison.Ordinal);

    /// <summary>Members are the same person when their names match ignoring case and spacing.</summary>
    public bool IsSamePersonAs(string name) => NameText.Same(Name, name);
}
