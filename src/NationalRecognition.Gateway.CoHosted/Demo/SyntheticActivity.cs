using System.Globalization;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Identity;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// Synthetic, deterministic activity for the analysts' statistics: <c>count</c> applications by as many learners over
/// the <see cref="SyntheticInstitutions"/>, weighted by region, submitted on working hours across the months before today,
/// each with a certificate of a MOOC, an education organisation or an employer's training centre. Those old enough are
/// decided (most recognised, some in part, some refused) or withdrawn, the latest are still under review or waiting.
/// The same seed, count, months and day give the same activity.
/// </summary>
internal sealed class SyntheticActivity
{
    public const ulong Seed = 20261207;

    private static readonly string[] GivenNames =
        ["Aibek", "Aigul", "Almas", "Asel", "Bauyrzhan", "Dana", "Dauren", "Dinara", "Gaukhar", "Ilyas", "Kamila", "Meruyert", "Nursultan", "Raushan", "Sanzhar", "Togzhan", "Yerbol", "Zarina"];

    private static readonly string[] FamilyNames =
        ["Abdrakhmanov", "Akhmetov", "Baimukhamedov", "Dzhaksybekov", "Ermekov", "Iskakov", "Kaliyev", "Mukanov", "Nurlanov", "Omarov", "Sadykov", "Tokayev", "Utepov", "Zhunusov"];

    private static readonly string[] Moocs = ["Coursera", "edX", "FutureLearn", "Udacity"];

    public SyntheticActivity(int count, int months, DateOnly today)
    {
        var first = today.AddMonths(-months);
        Start = first;
        Institutions = SyntheticInstitutions.Create(first.AddDays(-30));
        Periods = SyntheticCalendar.Between(first, today);
        var random = new DemoRandom(Seed);
        var weighted = Institutions.SelectMany(i => Enumerable.Repeat(i, SyntheticInstitutions.WeightOf(i.Registration.Region))).ToList();
        var days = today.DayNumber - first.DayNumber;
        Applications = Enumerable.Range(0, count).Select(index => Plan(index, random, weighted, first.AddDays(random.Next(days)), today)).ToList();
    }

    /// <summary>The first day of the activity; institutions are registered and Commissions established before it.</summary>
    public DateOnly Start { get; }

    public IReadOnlyList<DemoInstitution> Institutions { get; }

    public IReadOnlyList<AcademicPeriodInfo> Periods { get; }

    public IReadOnlyList<SyntheticApplicationPlan> Applications { get; }

    /// <summary>A working-hours instant of a Kazakhstan day.</summary>
    public static DateTimeOffset At(DateOnly day, int minutesAfterNine) => KazakhstanTime.StartOf(day).AddHours(9).AddMinutes(minutesAfterNine);

    private static SyntheticApplicationPlan Plan(int index, DemoRandom random, IReadOnlyList<DemoInstitution> weighted, DateOnly day, DateOnly today)
    {
        var institution = random.Pick(weighted);
        var units = institution.Programme.Units.Where(u => u.QualificationLevel is null or <= 4).ToList();
        var twoUnits = random.Chance(20);
        var unit = units[random.Next(units.Count)];
        var requested = twoUnits ? new List<CurriculumUnit> { unit, units.First(u => u.Code != unit.Code) } : [unit];

        var (iin, name) = Learner(index, random);
        var certificate = Certificate(index, random, name, iin, day.AddDays(-random.Next(20, 300)), requested);
        var period = SyntheticCalendar.PeriodAfter(day);
        var command = new SubmitApplication(iin, name, institution.Bin, institution.Programme.Code, period.Id, requested.Select(u => u.Code).ToList(),
            [new ConfirmingDocumentInput(Certificate: certificate)], institution.ChairName,
            string.Create(CultureInfo.InvariantCulture, $"synthetic-{index}"),
            $"I ask the Commission to recognise my learning outcomes for {string.Join(", ", requested.Select(u => u.Code))}.");

        var submittedAt = At(day, random.Next(0, 480));
        var reviewDay = day.AddDays(random.Next(1, 4));
        var closeDay = reviewDay.AddDays(random.Next(2, 22));
        var outcome = random.Next(100);
        if (closeDay < today && outcome < 8)
        {
            // Withdrawn before the Commission took it up.
            var withdrawn = new DemoApplicationPlan(institution, command, ApplicationStatus.Withdrawn, [], [],
                WithdrawalReason: "I will take the course in class instead.");
            return new(withdrawn, submittedAt, null, At(day.AddDays(1), random.Next(0, 480)));
        }

        var target = closeDay >= today
            ? reviewDay >= today ? ApplicationStatus.Submitted : ApplicationStatus.UnderReview
            : outcome < 72 ? ApplicationStatus.Recognised
            : twoUnits && outcome < 84 ? ApplicationStatus.PartlyRecognised
            : ApplicationStatus.NotRecognised;
        var recognised = requested.Select((u, i) => target == ApplicationStatus.Recognised || (target == ApplicationStatus.PartlyRecognised && i == 0)).ToList();
        var comparisons = requested.Select((u, i) => recognised[i]
                ? new ComparisonAssessment(u.Code, 0, CourseName(u), true, true, u.Outcomes.Select(o => o.Id).ToList())
                : new ComparisonAssessment(u.Code, 0, CourseName(u), false, false, [u.Outcomes[0].Id], "The course covers the first outcome only."))
            .ToList();
        var decisions = requested.Select((u, i) => recognised[i]
                ? new UnitDecisionInput(u.Code, true)
                : new UnitDecisionInput(u.Code, false, Reason: $"The course covers {u.Outcomes[0].Id} only, not the other outcomes of {u.Code}."))
            .ToList();
        var plan = new DemoApplicationPlan(institution, command, target, target == ApplicationStatus.Submitted ? [] : comparisons, decisions,
            ProtocolNumber: string.Create(CultureInfo.InvariantCulture, $"S-{index + 1}"));
        return new(plan, submittedAt,
            target == ApplicationStatus.Submitted ? null : At(reviewDay, random.Next(0, 480)),
            ApplicationLifecycle.IsDecision(target) ? At(closeDay, random.Next(0, 480)) : null);
    }

    /// <summary>A learner born 1986–1997 (century digit 3 or 4: never one of the hand-made learners, born 1998–2004).</summary>
    private static (string Iin, string Name) Learner(int index, DemoRandom random)
    {
        var female = random.Chance(50);
        var name = $"{random.Pick(GivenNames)} {random.Pick(FamilyNames)}{(female ? "a" : string.Empty)}";
        var birth = new DateOnly(1986, 1, 1).AddDays(random.Next(12 * 365));
        while (true)
        {
            // The serial is the index, so no two learners share an IIN.
            var eleven = string.Create(CultureInfo.InvariantCulture, $"{birth:yyMMdd}{(female ? 4 : 3)}{index % 10000:D4}");
            if (KzCheckDigit.Compute(eleven) is { } check)
            {
                return (eleven + check.ToString(CultureInfo.InvariantCulture), name);
            }

            birth = birth.AddDays(1);
        }
    }

    private static CertificateInfo Certificate(int index, DemoRandom random, string holder, string iin, DateOnly issued, IReadOnlyList<CurriculumUnit> units)
    {
        var number = string.Create(CultureInfo.InvariantCulture, $"SYN-{index + 1:D5}");
        var entries = units.Select(u => new AppendixEntryInfo(CourseName(u), null, 40m * u.Credits, new GradeInfo(GradeKind.Percent, random.Next(75, 100)))).ToList();
        return random.Next(100) switch
        {
            < 55 => Mooc(random.Pick(Moocs), number, issued, holder, iin, entries),
            < 80 => new CertificateInfo(DocumentKind.NonFormalEducationCertificate, IssuerKind.EducationOrganisation, IssuerSubKind.HigherEducationOrganisation,
                "Karaganda Polytechnic University", null, number, issued, holder, iin,
                units.Select(u => new AppendixEntryInfo(CourseName(u), u.Credits, null, new GradeInfo(GradeKind.Points, random.Next(75, 100), 100m))).ToList()),
            _ => new CertificateInfo(DocumentKind.NonFormalEducationCertificate, IssuerKind.AdditionalEducationOrEmployer, IssuerSubKind.EmployerTrainingCentre,
                "Steppe Telecom corporate training centre", null, number, issued, holder, iin, entries, EducationalActivityRight: "KZ73LAA00031245"),
        };
    }

    private static CertificateInfo Mooc(string platform, string number, DateOnly issued, string holder, string iin, IReadOnlyList<AppendixEntryInfo> entries) =>
        new(DocumentKind.NonFormalEducationCertificate, IssuerKind.MoocPlatform, null, platform, platform, number, issued, holder, iin, entries,
            VerificationUrl: $"https://verify.example.org/{platform.ToLowerInvariant()}/{number}");

    private static string CourseName(CurriculumUnit unit) => $"{unit.Name} (online course)";
}
