using System.Globalization;
using System.Reflection;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.People;
using NationalRecognition.Grains.Certificates;
using Xunit;

namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>
/// Enums are stored and sent as numbers (grain state, smallint columns), so each member's number is pinned here,
/// for the domain, the contracts and the grains: renumbering or removing a member fails, and a new member must be
/// added on purpose.
/// </summary>
public sealed class StoredEnumValuesTests
{
    private static readonly Assembly[] Assemblies =
        [typeof(ApplicationStatus).Assembly, typeof(ApplicationInfo).Assembly, typeof(CertificateState).Assembly];

    private static readonly Dictionary<Type, string> Pinned = new()
    {
        [typeof(ActorRole)] = "Anonymous=0 Learner=1 Registrar=2 Head=3 CommissionChair=4 CommissionSecretary=5 CommissionMember=6 MinistryAnalyst=7 ExchangeFeed=8 PlatformAdministrator=9 System=10",
        [typeof(AuditOutcome)] = "Succeeded=0 Forbidden=1 Refused=2 Failed=3",
        [typeof(CertificateSource)] = "SubmittedByLearner=0 VerifiedByIssuer=1",
        [typeof(FeedOutcome)] = "Accepted=0 Unchanged=1 Updated=2 Rejected=3",
        [typeof(CurriculumUnitKind)] = "Discipline=0 Module=1",
        [typeof(GradeKind)] = "Percent=0 Letter=1 Points=2 PassFail=3",
        [typeof(StatisticsDimension)] = "Ministry=0 Region=1 InstitutionKind=2 Institution=3 ProgrammeLevel=4 AcademicYear=5 AcademicPeriod=6 Month=7 FacetValue=8",
        [typeof(StatisticsFacet)] = "All=0 IssuerKind=1 MoocPlatform=2 Profession=3 RefusalClause=4",
        [typeof(StatisticsFigures)] = "Exact=0 CellKeyPerturbed=1",

        // The domain's own (NationalRecognition.Domain).
        [typeof(ApplicationStatus)] = "Submitted=0 UnderReview=1 Recognised=2 PartlyRecognised=3 NotRecognised=4 Withdrawn=5",
        [typeof(BinEntityType)] = "ResidentLegalEntity=4 NonResidentLegalEntity=5 JointEntrepreneurship=6",
        [typeof(BinSubType)] = "HeadOrganisation=0 Branch=1 RepresentativeOffice=2 PeasantFarmInJointEntrepreneurship=3",
        [typeof(CommissionRole)] = "Chair=0 Secretary=1 Member=2",
        [typeof(DocumentKind)] = "NonFormalEducationCertificate=0 ProfessionalQualificationCertificate=1",
        [typeof(DomainErrorCode)] = "Validation=0 NotFound=1 Conflict=2 DeadlinePassed=3 RuleViolation=4 InvalidTransition=5 Forbidden=6",
        [typeof(InstitutionKind)] = "Tvet=0 PostSecondary=1 Higher=2 Postgraduate=3",
        [typeof(IssuerKind)] = "EducationOrganisation=0 AdditionalEducationOrEmployer=1 ElectronicLabourExchange=2 MoocPlatform=3",
        [typeof(IssuerSubKind)] = "TvetOrganisation=0 PostSecondaryOrganisation=1 HigherEducationOrganisation=2 PostgraduateOrganisation=3 AdditionalEducationOrganisation=4 AdvancedTrainingOrRetrainingInstitute=5 EmployerTrainingCentre=6 EmployerWorkplace=7",
        [typeof(Letter)] = "A=0 AMinus=1 BPlus=2 B=3 BMinus=4 CPlus=5 C=6 CMinus=7 DPlus=8 D=9 FX=10 F=11",
        [typeof(Ministry)] = "Enlightenment=0 ScienceAndHigherEducation=1",
        [typeof(PersonRole)] = "PlatformAdministrator=0 Head=1 Registrar=2 CommissionChair=3 CommissionSecretary=4 CommissionMember=5 MinistryAnalyst=6",
        [typeof(MoocPlatform)] = "Coursera=0 EdX=1 FutureLearn=2 Udacity=3",
        [typeof(QuorumKind)] = "MoreThanHalf=0 AtLeastCount=1 AtLeastFraction=2",
        [typeof(RecognitionExtent)] = "Whole=0 Part=1",
        [typeof(RecognitionRecommendation)] = "Full=0 Partial=1 None=2",
        [typeof(Region)] = "Abai=0 Akmola=1 Aktobe=2 AlmatyRegion=3 Atyrau=4 WestKazakhstan=5 Jambyl=6 Jetisu=7 Karaganda=8 Kostanay=9 Kyzylorda=10 Mangystau=11 Pavlodar=12 NorthKazakhstan=13 Turkistan=14 Ulytau=15 EastKazakhstan=16 AstanaCity=17 AlmatyCity=18 ShymkentCity=19",
        [typeof(RequestedItemKind)] = "Discipline=0 Module=1",
        [typeof(Sex)] = "Male=0 Female=1",
        [typeof(SignatoryCapacity)] = "FirstHead=0 ActingHead=1",
        [typeof(TraditionalMark)] = "Unsatisfactory=2 Satisfactory=3 Good=4 Excellent=5",
        [typeof(VolumeVerdict)] = "Equal=0 Exceeds=1 Short=2",
    };

    [Fact]
    public void Every_enum_of_the_domain_contracts_and_grains_has_its_numbers_pinned()
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
