using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Applications;
using static NationalRecognition.Gateway.CoHosted.Demo.DemoInstitutions;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// Seven applications: every status of the lifecycle, and every kind of confirming document. All are for the
/// autumn intake; each has a fixed idempotency key, so its id is fixed too (<see cref="DemoData"/>).
/// </summary>
internal static class DemoApplications
{
    public static IReadOnlyList<DemoApplicationPlan> All { get; } =
    [
        new(University, Command(University, "submitted", DemoCertificates.EmployerTraining, [DatabasesUnit]),
            ApplicationStatus.Submitted, [], []),

        new(College, Command(College, "under-review", new ConfirmingDocumentInput(RegistryKey: DemoData.LabourExchangeRegistryKey),
                DemoCertificates.LabourExchange, [SoftwareTestingUnit]),
            ApplicationStatus.UnderReview,
            [new ComparisonAssessment(SoftwareTestingUnit, 0, "Software testing fundamentals", true, true, ["PM5-1", "PM5-2"])],
            []),

        new(University, Command(University, "recognised", DemoCertificates.Coursera, [MachineLearningUnit]),
            ApplicationStatus.Recognised,
            [new ComparisonAssessment(MachineLearningUnit, 0, "Machine Learning", true, true, ["ML1", "ML2", "ML3"])],
            [new UnitDecisionInput(MachineLearningUnit, true)],
            ProtocolNumber: "3"),

        new(College, Command(College, "qualification-recognised", DemoCertificates.ProfessionalQualification, [SoftwareModulesUnit]),
            ApplicationStatus.Recognised,
            [new ComparisonAssessment(SoftwareModulesUnit, 0, "Software developer", true, true, ["PM3-1", "PM3-2"])],
            [new UnitDecisionInput(SoftwareModulesUnit, true)],
            ProtocolNumber: "7"),

        new(Postgraduate, Command(Postgraduate, "partly-recognised", DemoCertificates.EdXDataScience, [StatisticalLearningUnit, BigDataUnit]),
            ApplicationStatus.PartlyRecognised,
            [
                new ComparisonAssessment(StatisticalLearningUnit, 0, "Statistical Learning", true, true, ["SL1", "SL2", "SL3"]),
                new ComparisonAssessment(BigDataUnit, 0, "Big Data with Apache Spark", true, false, ["BD1"],
                    "Spark pipelines only; distributed storage is not covered."),
            ],
            [
                new UnitDecisionInput(StatisticalLearningUnit, true),
                new UnitDecisionInput(BigDataUnit, false, Reason: "The course covers 2 of 5 credits and none of the distributed storage outcomes."),
            ],
            ProtocolNumber: "12"),

        new(Postgraduate, Command(Postgraduate, "not-recognised", DemoCertificates.EducationOrganisation, [ResearchMethodsUnit]),
            ApplicationStatus.NotRecognised,
            [new ComparisonAssessment(ResearchMethodsUnit, 0, "Academic writing in English", false, false, ["RM2"],
                "Covers writing only, not the design of a study.")],
            [new UnitDecisionInput(ResearchMethodsUnit, false, Reason: "The course teaches academic writing; research design (RM1) is not covered.")],
            ProtocolNumber: "13"),

        new(University, Command(University, "withdrawn", DemoCertificates.EdXSoftwareEngineering, [SoftwareEngineeringUnit]),
            ApplicationStatus.Withdrawn, [], [],
            WithdrawalReason: "I will take the discipline in class this semester instead."),
    ];

    private static SubmitApplication Command(DemoInstitution institution, string name, CertificateInfo certificate, IReadOnlyList<string> units) =>
        Command(institution, name, new ConfirmingDocumentInput(Certificate: certificate), certificate, units);

    private static SubmitApplication Command(
        DemoInstitution institution, string name, ConfirmingDocumentInput document, CertificateInfo certificate, IReadOnlyList<string> units) =>
        new(certificate.HolderIin!, certificate.HolderName, institution.Bin, institution.Programme.Code, DemoData.AutumnPeriodId,
            units, [document], institution.ChairName, DemoData.IdempotencyKey(name),
            $"I ask the Commission to recognise my learning outcomes for {string.Join(", ", units)}.");
}
