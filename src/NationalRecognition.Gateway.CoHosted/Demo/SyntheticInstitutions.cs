using System.Globalization;
using RegionInfo = NationalRecognition.Domain.Institutions.RegionInfo;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// The institutions of the synthetic activity: a college and a university in each of the 20 regions, and four
/// postgraduate institutes in the largest cities — both ministries, every region. Each teaches the programme of the
/// hand-made institution of its kind (<see cref="DemoInstitutions"/>) and has a Commission of three, established a month
/// before the activity begins. BINs are valid and made up (registered in March 2005, serials 10000 on).
/// </summary>
internal static class SyntheticInstitutions
{
    /// <summary>Applications per region, in proportion (the cities of republican significance and the south draw most).</summary>
    public static int WeightOf(Region region) => region switch
    {
        Region.AlmatyCity => 9,
        Region.AstanaCity => 7,
        Region.ShymkentCity or Region.Turkistan => 5,
        Region.Karaganda or Region.AlmatyRegion or Region.EastKazakhstan => 3,
        Region.Ulytau or Region.Abai or Region.Jetisu => 1,
        _ => 2,
    };

    public static IReadOnlyList<DemoInstitution> Create(DateOnly establishedOn)
    {
        var institutions = new List<DemoInstitution>();
        var serial = 10000;
        foreach (var region in Regions.List)
        {
            institutions.Add(Institution(NextBin(ref serial), region, DemoInstitutions.College, establishedOn, "College of Technology", "технологиялық колледжі", "технологический колледж"));
            institutions.Add(Institution(NextBin(ref serial), region, DemoInstitutions.University, establishedOn, "State University", "мемлекеттік университеті", "государственный университет"));
        }

        foreach (var region in new[] { Region.AlmatyCity, Region.AstanaCity, Region.ShymkentCity, Region.Karaganda })
        {
            institutions.Add(Institution(NextBin(ref serial), Regions.Info(region), DemoInstitutions.Postgraduate, establishedOn,
                "Graduate Institute", "жоғары оқу орнынан кейінгі институты", "институт послевузовского образования"));
        }

        return institutions;
    }

    private static DemoInstitution Institution(
        string bin, RegionInfo region, DemoInstitution model, DateOnly establishedOn, string english, string kazakh, string russian)
    {
        var members = model.Commission.Members;
        return model with
        {
            Bin = bin,
            Registration = model.Registration with
            {
                Names = new InstitutionNames($"{region.KazakhName} {kazakh}", $"{region.RussianName}: {russian}", $"{region.EnglishName} {english}"),
                Region = region.Region,
            },
            Commission = DemoInstitutions.Constitution(bin, "1-К", establishedOn, model.Commission.Order.SignatoryName,
                (members[0].Name, members[0].Position!), (members[1].Name, members[1].Position!), (members[2].Name, members[2].Position!)),
        };
    }

    private static string NextBin(ref int serial)
    {
        while (true)
        {
            var eleven = string.Create(CultureInfo.InvariantCulture, $"050340{serial++:D5}");
            if (KzCheckDigit.Compute(eleven) is { } check)
            {
                return eleven + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
