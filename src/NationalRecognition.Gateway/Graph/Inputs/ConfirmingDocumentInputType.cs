using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class ConfirmingDocumentInputType : InputObjectGraphType<ConfirmingDocumentInput>
{
    public ConfirmingDocumentInputType()
    {
        Name = "ConfirmingDocumentInput";
        Description = "A confirming document: a registry certificate by key, or a certificate given in full (exactly one).";
        Field(x => x.RegistryKey, nullable: true).Description("Key of a verified certificate in the registry (issued to the applicant).");
        Field(x => x.Certificate, nullable: true).Description("The certificate in full.");
    }
}
