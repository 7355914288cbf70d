using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class CertificateInputType : InputObjectGraphType<CertificateInfo>
{
    public CertificateInputType()
    {
        Name = "CertificateInput";
        Description = "A certificate given in full.";
        Field(x => x.DocumentKind).Description("Non-formal education certificate or professional qualification certificate.");
        Field(x => x.IssuerKind, nullable: true).Description("Issuer kind of clause 10 (non-formal education).");
        Field(x => x.IssuerSubKind, nullable: true).Description("Which issuer of 10.1 or 10.2.");
        Field(x => x.IssuerName).Description("Issuer's name.");
        Field(x => x.Platform, nullable: true).Description("MOOC platform: Coursera, edX, FutureLearn or Udacity (clause 10.4).");
        Field(x => x.Number).Description("Certificate number.");
        Field(x => x.IssueDate).Description("Issue date.");
        Field(x => x.HolderName).Description("Holder's name as printed.");
        Field(x => x.HolderIin, nullable: true).Description("Holder's IIN, when printed.");
        Field(x => x.Appendix).Description("The appendix.");
        Field(x => x.VerificationUrl, nullable: true).Description("Verification link.");
        Field(x => x.ProfessionalQualification, nullable: true).Description("Profession and level, for qualification certificates.");
        Field(x => x.InDemandProfession, nullable: true).Description("The in-demand profession's code on the list of the issue year (labour exchange, clause 10.3).");
        Field(x => x.TrainingProvider, nullable: true).Description("The organisation that gave the course (labour exchange, clause 10.3).");
        Field(x => x.EducationalActivityRight, nullable: true).Description("An employer's training centre (clause 10.2): the number of its licence or notification of educational activity; required for that issuer.");
        Field(x => x.EmployerRequestReference, nullable: true).Description("Training at the employer's workplace (clause 10.2): the reference of the employer's request; required for that issuer.");
    }
}
