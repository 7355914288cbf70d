using System.Globalization;
using System.Reflection;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Grains.Certificates;
using Xunit;

namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>
/// The contracts' and grains' enums are stored and sent as numbers (grain state, smallint columns), so each
/// member's number is pinned here; the domain's enums are pinned in the domain tests.
/// </summary>
public sealed class StoredEnumValuesTests
{
    private static readonly Assembly[] Assemblies = [typeof(ApplicationInfo).Assembly, typeof(CertificateState).Assembly];

    private static readonly Dictionary<Type, string> Pinned = new()
    {
        [typeof(ActorRole)] = "Anonymous=0 Learner=1 Registrar=2 Head=3 CommissionChair=4 CommissionSecretary=5 CommissionMember=6 MinistryAnalyst=7 ExchangeFeed=8 PlatformAdministrator=9 System=10",
        [typeof(AuditOutcome)] = "Succeeded=0 Forbidden=1 Refused=2 Failed=3",
        [typeof(CertificateSource)] = "SubmittedByLearner=0 VerifiedByIssuer=1",
        [typeof(CurriculumUnitKind)] = "Discipline=0 Module=1",
        [typeof(GradeKind)] = "Percent=0 Letter=1 Points=2 PassFail=3",
    };

    [Fact]
    public void Every_enum_of_the_contracts_and_grains_has_its_numbers_pinned()
    {
        var unpinned = Assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.IsEnum && !Pinned.ContainsKey(t))
            .Select(t => $"[typeof({t.Name})] = \"{Table(t)}\",")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unpinned.Count == 0,
            "Stored enums without pinned numbers; give every member an explicit value, then pin it:\n" + string.Join('\n', unpinned));
    }

    [Fact]
    public void Pinned_enum_numbers_never_change()
    {
        var changed = Pinned
            .Where(p => Table(p.Key) != p.Value)
            .Select(p => $"{p.Key.Name}: pinned \"{p.Value}\", now \"{Table(p.Key)}\"")
            .ToList();

        Assert.True(changed.Count == 0,
            "Stored numbers changed, which would misread every stored row; keep old numbers and give new members new ones:\n"
            + string.Join('\n', changed));
    }

    // "Name=Number" in number order. The number is what is stored; the name is pinned too, so a rename is deliberate.
    private static string Table(Type enumType) => string.Join(' ', enumType
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (f.Name, Number: Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture)))
        .OrderBy(m => m.Number)
        .ThenBy(m => m.Name, StringComparer.Ordinal)
        .Select(m => $"{m.Name}={m.Number}"));
}
