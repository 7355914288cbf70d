using GraphQL;
using GraphQL.Types;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.People;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.People;
using NationalRecognition.Gateway.Graph.Applications;
using NationalRecognition.Gateway.Graph.Audit;
using NationalRecognition.Gateway.Graph.Certificates;
using NationalRecognition.Gateway.Graph.Commissions;
using NationalRecognition.Gateway.Graph.Common;
using NationalRecognition.Gateway.Graph.Exchange;
using NationalRecognition.Gateway.Graph.Inputs;
using NationalRecognition.Gateway.Graph.Institutions;
using NationalRecognition.Gateway.Graph.People;
using NationalRecognition.Gateway.Graph.Reference;

namespace NationalRecognition.Gateway.Graph;

/// <summary>The one schema of the public API; a singleton built and validated at start-up.</summary>
public sealed class PlatformSchema : Schema
{
    /// <summary>Takes the root types from DI so that graph types can have their own dependencies.</summary>
    public PlatformSchema(IServiceProvider services, PlatformQuery query, PlatformMutation mutation)
        : base(services)
    {
        Description = "Public API of the National Recognition Platform.";
        Query = query;
        Mutation = mutation;
        RegisterTypeMappings();

        // Every input's length, pattern, range and item count, checked at the door and stated in its description.
        RegisterVisitor(new InputLimitsVisitor(services.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System));

        // Introspection counts, at 2 % of the default weights: its lists are the schema's, not the data's (at full
        // weight GraphiQL's own query would cost 150,000; at 2 % about 3,000 of the 5,000 allowed), so one full
        // introspection passes and two in one document do not. It counted nothing before. This call builds the
        // schema's types, so it comes after every registration.
        this.WithIntrospectionComplexityImpact(0.02);
    }

    // Expression fields (Field(x => x.Names)) find their graph type through these CLR → graph type mappings;
    // a CLR record used both ways has an output type and an input type.
    private void RegisterTypeMappings()
    {
        this.RegisterTypeMapping<Actor, ActorType>();
        this.RegisterTypeMapping<InstitutionNames, InstitutionNamesType>();
        this.RegisterTypeMapping<InstitutionNames, InstitutionNamesInputType>();
        this.RegisterTypeMapping<RecognitionPolicy, RecognitionPolicyType>();
        this.RegisterTypeMapping<RecognitionPolicy, RecognitionPolicyInputType>();
        this.RegisterTypeMapping<RegionInfo, RegionInfoType>();
        this.RegisterTypeMapping<AcademicPeriodInfo, AcademicPeriodType>();
        this.RegisterTypeMapping<AcademicPeriodInfo, AcademicPeriodInputType>();
        this.RegisterTypeMapping<LearningOutcome, LearningOutcomeType>();
        this.RegisterTypeMapping<LearningOutcome, LearningOutcomeInputType>();
        this.RegisterTypeMapping<CurriculumUnit, CurriculumUnitType>();
        this.RegisterTypeMapping<CurriculumUnit, CurriculumUnitInputType>();
        this.RegisterTypeMapping<Programme, ProgrammeType>();
        this.RegisterTypeMapping<Programme, ProgrammeInputType>();
        this.RegisterTypeMapping<CommissionOrderInfo, CommissionOrderType>();
        this.RegisterTypeMapping<CommissionOrderInfo, CommissionOrderInputType>();
        this.RegisterTypeMapping<CommissionMemberInfo, CommissionMemberType>();
        this.RegisterTypeMapping<CommissionMemberInfo, CommissionMemberInputType>();
        this.RegisterTypeMapping<CommissionCompositionInfo, CommissionCompositionType>();
        this.RegisterTypeMapping<GradeInfo, GradeType>();
        this.RegisterTypeMapping<GradeInfo, GradeInputType>();
        this.RegisterTypeMapping<AppendixEntryInfo, AppendixEntryType>();
        this.RegisterTypeMapping<AppendixEntryInfo, AppendixEntryInputType>();
        this.RegisterTypeMapping<ProfessionalQualificationInfo, ProfessionalQualificationType>();
        this.RegisterTypeMapping<ProfessionalQualificationInfo, ProfessionalQualificationInputType>();
        this.RegisterTypeMapping<CertificateInfo, CertificateType>();
        this.RegisterTypeMapping<CertificateInfo, CertificateInputType>();
        this.RegisterTypeMapping<ConfirmingDocumentInput, ConfirmingDocumentInputType>();
        this.RegisterTypeMapping<RecognitionClaim, RecognitionClaimType>();
        this.RegisterTypeMapping<ComparisonRecord, ComparisonType>();
        this.RegisterTypeMapping<ComparisonAssessment, ComparisonInputType>();
        this.RegisterTypeMapping<ProtocolInfo, ProtocolType>();
        this.RegisterTypeMapping<ProtocolInfo, ProtocolInputType>();
        this.RegisterTypeMapping<UnitDecisionRecord, UnitDecisionType>();
        this.RegisterTypeMapping<UnitDecisionInput, UnitDecisionInputType>();
        this.RegisterTypeMapping<DecisionRecord, DecisionType>();
        this.RegisterTypeMapping<AuditTrailEntry, AuditTrailEntryType>();
        this.RegisterTypeMapping<InstitutionKind, InstitutionKindType>();
        this.RegisterTypeMapping<Ministry, MinistryType>();
        this.RegisterTypeMapping<Region, RegionType>();
        this.RegisterTypeMapping<ApplicationStatus, ApplicationStatusType>();
        this.RegisterTypeMapping<IssuerKind, IssuerKindType>();
        this.RegisterTypeMapping<IssuerSubKind, IssuerSubKindType>();
        this.RegisterTypeMapping<DocumentKind, DocumentKindType>();
        this.RegisterTypeMapping<GradeKind, GradeKindType>();
        this.RegisterTypeMapping<CurriculumUnitKind, CurriculumUnitKindType>();
        this.RegisterTypeMapping<SignatoryCapacity, SignatoryCapacityType>();
        this.RegisterTypeMapping<CommissionRole, CommissionRoleType>();
        this.RegisterTypeMapping<QuorumKind, QuorumKindType>();
        this.RegisterTypeMapping<CommissionRegulationInfo, CommissionRegulationType>();
        this.RegisterTypeMapping<CommissionRegulationInfo, CommissionRegulationInputType>();
        this.RegisterTypeMapping<OutcomeShareInfo, OutcomeShareType>();
        this.RegisterTypeMapping<OutcomeShareInfo, OutcomeShareInputType>();
        this.RegisterTypeMapping<MemberIdentity, MemberIdentityInputType>();
        this.RegisterTypeMapping<ProtocolVotesInfo, ProtocolVotesType>();
        this.RegisterTypeMapping<ProtocolVotesInfo, ProtocolVotesInputType>();
        this.RegisterTypeMapping<VolumeVerdict, VolumeVerdictType>();
        this.RegisterTypeMapping<ActorRole, ActorRoleType>();
        this.RegisterTypeMapping<PersonRole, PersonRoleType>();
        this.RegisterTypeMapping<GrantedRole, GrantedRoleType>();
        this.RegisterTypeMapping<CertificateSource, CertificateSourceType>();
        this.RegisterTypeMapping<AuditOutcome, AuditOutcomeType>();
        this.RegisterTypeMapping<InDemandProfessionInfo, InDemandProfessionType>();
        this.RegisterTypeMapping<InDemandProfessionInfo, InDemandProfessionInputType>();
        this.RegisterTypeMapping<CertificateFeedRecord, CertificateFeedRecordInputType>();
        this.RegisterTypeMapping<FeedRecordResult, FeedRecordResultType>();
        this.RegisterTypeMapping<FeedOutcome, FeedOutcomeType>();
        this.RegisterTypeMapping<CertificateVersion, CertificateVersionType>();
        this.RegisterTypeMapping<DocumentProvenance, DocumentProvenanceType>();
        this.RegisterTypeMapping<StatisticsFacet, Statistics.StatisticsFacetType>();
        this.RegisterTypeMapping<StatisticsDimension, Statistics.StatisticsDimensionType>();
        this.RegisterTypeMapping<StatisticsFilter, Statistics.StatisticsFilterInputType>();
    }
}
