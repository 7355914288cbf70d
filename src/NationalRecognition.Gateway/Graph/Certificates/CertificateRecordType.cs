using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Certificates;

public sealed class CertificateRecordType : ObjectGraphType<CertificateRecord>
{
    public CertificateRecordType()
    {
        Name = "CertificateRecord";
        Description = "A certificate as the registry holds it, with every recognition granted on it.";
        Field(r => r.Key).Description("Registry key (issuer and number, normalised).");
        Field(r => r.Certificate).Description("The certificate.");
        Field(r => r.Source).Description("Verified by its issuer, or as submitted.");
        Field(r => r.RecordedAt).Description("When the registry recorded it.");
        Field(r => r.Recognitions).Description("Recognitions granted on its entries.");
        Field(r => r.Version).Description("The current record's version: 1 at first, one more for each changed record from the source.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Exchange.CertificateVersionType>>>>("history")
            .Description("Earlier versions, oldest first.")
            .Resolve(c => c.Source.History ?? []);
    }
}
