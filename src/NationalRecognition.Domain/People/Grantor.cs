namespace NationalRecognition.Domain.People;

/// <summary>
/// Who grants or revokes, as the rules need them: the person (their identity and IIN, to refuse granting to oneself), the
/// role they act in and its institution. <see cref="Platform"/> is the platform's own code (seeding, the first
/// administrator from configuration), never a person.
/// </summary>
public sealed record Grantor(Person? Person, PersonRole? ActingAs, string? InstitutionBin)
{
    public static Grantor Platform { get; } = new(null, null, null);

    public bool IsPlatform => Person is null;

    public bool IsAdministrator => ActingAs == PersonRole.PlatformAdministrator;

    public bool IsHeadOf(string? institutionBin) =>
        ActingAs == PersonRole.Head && institutionBin is not null && InstitutionBin == institutionBin;
}
