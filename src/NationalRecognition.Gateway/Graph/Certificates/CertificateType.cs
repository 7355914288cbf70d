using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Certificates;

public sealed class CertificateType : ObjectGraphType<CertificateInfo>
{
    public CertificateType()
    {
        Name = "Certificate";
        Description = "A confirming document: a certificate of non-formal education (clause 10) or of professional qualification.";
        Field(c => c.DocumentKind).Description("Which kind of document.");
        Field(c => c.IssuerKind, nullable: true).Description("Issuer kind of clause 10.");
        Field(c => c.IssuerSubKind, nullable: true).Description("Which issuer of clause 10.1 or 10.2.");
        Field(c => c.IssuerName).Description("Name of the issuer.");
        Field(c => c.Platform, nullable: true).Description("MOOC platform (clause 10.4).");
        Field(c => c.Number).Description("Certificate number.");
        Field(c => c.IssueDate).Description("Issue date.");
        Field(c => c.HolderName).Description("Holder's name as printed.");
        Field(c => c.Appendix).Description("The appendix: courses or modules with volume and grade.");
        Field(c => c.VerificationUrl, nullable: true).Description("The issuer's verification link.");
        Field(c => c.ProfessionalQualification, nullable: true).Description("Profession and level, for qualification certificates.");
        Field(c => c.InDemandProfession, nullable: true).Description("The in-demand profession (labour exchange certificates, clause 10.3).");
        Field(c => c.TrainingProvider, nullable: true).Description("The organisation that gave the course (labour exchange certificates).");
        Field(c => c.EducationalActivityRight, nullable: true).Description("An employer's training centre (clause 10.2): its licence or notification number of educational activity.");
        Field(c => c.EmployerRequestReference, nullable: true).Description("Training at the employer's workplace (clause 10.2): the reference of the employer's request.");
        Field<NonNullGraphType<StringGraphType>>("registryKey")
            .Description("The key under which the registry tracks this certificate.")
            .Resolve(c => CertificateKeys.For(c.Source));
    }
}
