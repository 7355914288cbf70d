using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Sessions.DevIdentity;

/// <summary>
/// The demo people the development sign-in page lists. The gateway alone knows no institution or learner and seeds no
/// grants, so it lists the platform-wide roles with their role claims in the token; the all-in-one host registers the
/// demo data's people (every role, each demo institution), whose roles the platform holds (its <c>Demo/DemoPeople</c>).
/// </summary>
public sealed class DevIdentityPeople(IReadOnlyList<DevPerson> people)
{
    public IReadOnlyList<DevPerson> People { get; } = people;

    /// <summary>Who needs no institution or learner: the platform administrator and the analysts.</summary>
    public static DevIdentityPeople PlatformWide { get; } = new(
    [
        new("administrator", "Platform administrator", ActorRole.PlatformAdministrator),
        new("analyst-national", "National analyst", ActorRole.MinistryAnalyst),
        new("analyst-enlightenment", "Analyst, Ministry of Enlightenment", ActorRole.MinistryAnalyst, Ministry: "Enlightenment"),
        new("analyst-science", "Analyst, Ministry of Science and Higher Education", ActorRole.MinistryAnalyst, Ministry: "ScienceAndHigherEducation"),
    ]);

    public DevPerson? Find(string? id) => People.FirstOrDefault(person => person.Id == id);
}
