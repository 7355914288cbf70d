using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Testing;

namespace NationalRecognition.Grains.Tests.Statistics;

/// <summary>
/// A randomized but reproducible workload across several institutions, run concurrently: submissions with MOOC,
/// labour-exchange and employer certificates, refusals at the door (clause 13), reviews, withdrawals before and
/// during review, and decisions of each outcome. It keeps its own tally of what it did, to check the statistics
/// against something other than the projector's own arithmetic.
/// </summary>
internal sealed class StatisticsScenario
{
    private static readonly (InstitutionKind Kind, Region Region)[] Institutions =
    [
        (InstitutionKind.Higher, Region.AlmatyCity), (InstitutionKind.Higher, Region.Karaganda), (InstitutionKind.Tvet, Region.Turkistan),
        (InstitutionKind.Postgraduate, Region.AstanaCity), (InstitutionKind.Tvet, Region.Pavlodar), (InstitutionKind.PostSecondary, Region.Abai),
        (InstitutionKind.Higher, Region.Mangystau), (InstitutionKind.Tvet, Region.AlmatyCity),
    ];

    public List<(Campus Campus, Tally Tally)> Campuses { get; } = [];

    /// <summary>Opens <paramref name="institutions"/> campuses and runs <paramref name="perInstitution"/> applications at each, all campuses at once.</summary>
    public static async Task<StatisticsScenario> Run(IGrainFactory grains, int institutions, int perInstitution, int seed, Func<Task>? midway = null)
    {
        await Professions.PublishStandardList(grains);
        var scenario = new StatisticsScenario();
        foreach (var (kind, region) in Institutions.Take(institutions))
        {
            scenario.Campuses.Add((await Campus.Open(grains, kind: kind, region: region), new Tally()));
        }

        var half = perInstitution / 2;
        await Task.WhenAll(scenario.Campuses.Select((c, i) => Work(c.Campus, c.Tally, new Random(seed + i), 0, half)));
        if (midway is not null)
        {
            await midway();
        }

        await Task.WhenAll(scenario.Campuses.Select((c, i) => Work(c.Campus, c.Tally, new Random(seed + 100 + i), half, perInstitution)));
        return scenario;
    }

    private static async Task Work(Campus campus, Tally tally, Random random, int from, int to)
    {
        // Four learners at a time per institution: concurrent commands on the same Commission.
        var lanes = Enumerable.Range(0, 4).Select(lane => Task.Run(async () =>
        {
            for (var i = from + lane; i < to; i += 4)
            {
                int fate, kind;
                lock (random)
                {
                    fate = random.Next(8);
                    kind = random.Next(4);
                }

                await One(campus, tally, fate, kind);
            }
        }));
        await Task.WhenAll(lanes);
    }

    private static async Task<ConfirmingDocumentInput> Registered(Campus campus, CertificateInfo certificate)
    {
        var key = CertificateKeys.For(certificate);
        await campus.Grains.GetGrain<ICertificateGrain>(key).RegisterVerified(certificate, Actors.Exchange);
        return new ConfirmingDocumentInput(RegistryKey: key);
    }

    private static async Task One(Campus campus, Tally tally, int fate, int kind)
    {
        var iin = TestIdentities.NewIin();
        var appendix = new[] { Certificates.Entry("Machine Learning"), Certificates.Entry("Databases") };
        var certificate = kind switch
        {
            0 => Certificates.Mooc(iin, "Coursera", appendix),
            1 => Certificates.Mooc(iin, "edX", appendix),
            2 => Certificates.LabourExchange(iin, appendix),
            _ => Certificates.Employer(iin, appendix),
        };
        if (fate == 7)
        {
            // Refused at the door: the period has started (clause 13).
            try
            {
                var document = certificate.IssuerKind == Domain.Certificates.IssuerKind.ElectronicLabourExchange
                    ? await Registered(campus, certificate)
                    : new ConfirmingDocumentInput(Certificate: certificate);
                await campus.Submit(campus.Application(iin, document, period: Campus.StartedPeriod, units: [Campus.MachineLearning]));
            }
            catch (PlatformException refusal) when (refusal.Clause == "13")
            {
                tally.Refused();
                return;
            }

            throw new InvalidOperationException("A submission for a started period was accepted.");
        }

        // An exchange certificate counts only as the exchange sent it (clause 10.3): registered, then attached by key.
        var command = certificate.IssuerKind == Domain.Certificates.IssuerKind.ElectronicLabourExchange
            ? campus.Application(iin, await Registered(campus, certificate), units: [Campus.MachineLearning, Campus.Databases])
            : campus.Application(iin, certificate, units: [Campus.MachineLearning, Campus.Databases]);
        var application = campus.ApplicationOf(command);
        await campus.Submit(command);
        tally.Submitted(certificate.Platform, certificate.IssuerKind!.Value, certificate.InDemandProfession);
        var chair = Actors.Chair(campus.Bin);
        var learner = Actors.Learner(iin);
        switch (fate)
        {
            case 0:
                tally.Ended(ApplicationStatus.Submitted);
                return;
            case 1:
                await application.Withdraw("Changed my mind", learner);
                tally.Ended(ApplicationStatus.Withdrawn);
                return;
        }

        await application.StartReview(chair);
        switch (fate)
        {
            case 2:
                tally.Ended(ApplicationStatus.UnderReview);
                return;
            case 3:
                await application.Withdraw("Moved to another programme", learner);
                tally.Ended(ApplicationStatus.Withdrawn);
                return;
        }

        var refuse = new UnitDecisionInput(Campus.Databases, false, Reason: "The outcomes DB1 and DB2 are not covered");
        DecideApplication decision;
        if (fate == 6)
        {
            decision = new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, false, Reason: "Not covered"), refuse]);
            tally.Decided(ApplicationStatus.NotRecognised, 0, 2, 0m);
        }
        else
        {
            await application.RecordComparison(campus.FullMatch(), chair);
            if (fate == 4)
            {
                await application.RecordComparison(campus.FullMatch(Campus.Databases, "Databases"), chair);
                decision = campus.Recognise(Campus.MachineLearning, Campus.Databases);
                tally.Decided(ApplicationStatus.Recognised, 2, 0, 10m);
            }
            else
            {
                decision = new DecideApplication(Campus.Protocol(), [new UnitDecisionInput(Campus.MachineLearning, true), refuse]);
                tally.Decided(ApplicationStatus.PartlyRecognised, 1, 1, 5m);
            }
        }

        await application.Decide(decision, chair);
    }

    /// <summary>What the scenario did at one institution, counted by the scenario itself.</summary>
    internal sealed class Tally
    {
        private readonly Lock _gate = new();

        public long[] ByStatus { get; } = new long[StatisticsCounts.StatusCount];

        public Dictionary<ApplicationStatus, long> Decisions { get; } = [];

        public long UnitsRecognised { get; private set; }

        public long UnitsRefused { get; private set; }

        public decimal Credits { get; private set; }

        public long Refusals { get; private set; }

        public Dictionary<string, long> IssuerKinds { get; } = [];

        public Dictionary<string, long> Platforms { get; } = [];

        public Dictionary<string, long> Professions { get; } = [];

        public void Refused()
        {
            lock (_gate)
            {
                Refusals++;
            }
        }

        public void Submitted(string? platform, Domain.Certificates.IssuerKind kind, string? profession)
        {
            lock (_gate)
            {
                Increment(IssuerKinds, kind.ToString());
                if (kind == Domain.Certificates.IssuerKind.MoocPlatform)
                {
                    Increment(Platforms, platform == "edX" ? "EdX" : platform!);
                }

                if (profession is not null)
                {
                    Increment(Professions, profession);
                }
            }
        }

        public void Ended(ApplicationStatus status)
        {
            lock (_gate)
            {
                ByStatus[(int)status]++;
            }
        }

        public void Decided(ApplicationStatus outcome, int recognised, int refused, decimal credits)
        {
            lock (_gate)
            {
                ByStatus[(int)outcome]++;
                Increment(Decisions, outcome);
                UnitsRecognised += recognised;
                UnitsRefused += refused;
                Credits += credits;
            }
        }

        private static void Increment<T>(Dictionary<T, long> counts, T key)
            where T : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
