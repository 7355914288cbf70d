using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Domain.Commissions;

/// <summary>A member of the Commission as named in the order.</summary>
public sealed record CommissionMember
{
    public CommissionMember(string name, string position, CommissionRole role)
    {
        Name = Guard.Required(name, "Member.Name", CommissionRules.Clause);
        Position = Guard.Required(position, "Member.Position", CommissionRules.Clause);
        if (!Enum.IsDefined(role))
        {
            throw new DomainException(DomainErrorCode.Validation, $"Unknown Commission role {role}.", "Member.Role");
        }

        Role = role;
    }

    public string Name { get; }

    public string Position { get; }

    public CommissionRole Role { get; }

    /// <summary>Members are the same person when their names match ignoring case and spacing.</summary>
    public bool IsSamePersonAs(string name) => NameText.Same(Name, name);
}
