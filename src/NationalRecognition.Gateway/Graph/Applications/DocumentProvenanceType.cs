using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Applications;

public sealed class DocumentProvenanceType : ObjectGraphType<DocumentProvenance>
{
    public DocumentProvenanceType()
    {
        Name = "DocumentProvenance";
        Description = "Where a confirming document came from: the registry, verified at its source (which version), or the learner.";
        Field(p => p.RegistryKey, nullable: true).Description("The registry key, for a registry certificate.");
        Field(p => p.Source).Description("Verified by its issuer, or as the learner submitted it.");
        Field(p => p.SourceVerified).Description("True when the document was verified at its source (the registry's record).");
        Field(p => p.Version, nullable: true).Description("The registry version attached, for a registry certificate.");
        Field(p => p.HolderNameMatches, nullable: true).Description("False flags to the Commission a holder's name that does not match the applicant's (compared tolerant of case, order and alphabet).");
    }
}
