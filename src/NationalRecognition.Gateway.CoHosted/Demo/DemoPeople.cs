using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Sessions.DevIdentity;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// The demo people the development sign-in page lists in local mode: every staff role of each demo institution, the
/// demo learners (by the IINs their applications carry) and the platform-wide roles.
/// </summary>
public static class DemoPeople
{
    private static readonly (string Bin, string Name)[] Institutions =
    [
        (DemoData.CollegeBin, "Shymkent Higher College of IT"),
        (DemoData.UniversityBin, "Astana University of Digital Technologies"),
        (DemoData.PostgraduateBin, "Almaty Institute of Postgraduate Education"),
    ];

    private static readonly (string Iin, string Name)[] Learners =
    [
        (DemoData.AigerimIin, "Aigerim Sultanova"), (DemoData.YerlanIin, "Yerlan Bekov"), (DemoData.AruzhanIin, "Aruzhan Tulegenova"),
        (DemoData.MadinaIin, "Madina Akhmetova"), (DemoData.DaniyarIin, "Daniyar Nurpeisov"), (DemoData.SauleIin, "Saule Ibraimova"),
        (DemoData.TimurIin, "Timur Kassymov"),
    ];

    private static readonly (ActorRole Role, string Title)[] StaffRoles =
    [
        (ActorRole.Head, "Head"), (ActorRole.Registrar, "Registrar"), (ActorRole.CommissionChair, "Commission chair"),
        (ActorRole.CommissionSecretary, "Commission secretary"), (ActorRole.CommissionMember, "Commission member"),
    ];

    public static DevIdentityPeople Directory { get; } = new(
    [
        .. Learners.Select(learner => new DevPerson($"learner-{learner.Iin}", learner.Name, ActorRole.Learner, Iin: learner.Iin)),
        .. Institutions.SelectMany(institution => StaffRoles.Select(staff => new DevPerson(
            $"{staff.Role.ToString().ToLowerInvariant()}-{institution.Bin}", $"{staff.Title}, {institution.Name}", staff.Role, Bin: institution.Bin))),
        .. DevIdentityPeople.PlatformWide.People,
    ]);
}
