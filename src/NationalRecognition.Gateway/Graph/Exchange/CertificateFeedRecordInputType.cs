using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Exchange;

/// <summary>Every field is optional here, so that a missing or bad one rejects its record, never the batch.</summary>
public sealed class CertificateFeedRecordInputType : InputObjectGraphType<CertificateFeedRecord>
{
    public CertificateFeedRecordInputType()
    {
        Name = "CertificateFeedRecordInput";
        Description = "One certificate issued by the electronic labour exchange. Fields are checked record by record: a missing or bad value rejects this record only.";
        Field(r => r.Number, nullable: true).Description("The certificate number (required).");
        Field(r => r.LearnerIin, nullable: true).Description("The learner's IIN, 12 digits (required).");
        Field(r => r.LearnerName, nullable: true).Description("The learner's name (optional).");
        Field(r => r.ProfessionCode, nullable: true).Description("Code of the in-demand profession on the list of the issue year (required, clause 10.3).");
        Field(r => r.CourseName, nullable: true).Description("The course (required).");
        Field(r => r.CourseCode, nullable: true).Description("The exchange's code of the course (optional): with the certificate's number it identifies the course, whatever its title.");
        Field(r => r.Hours, nullable: true).Description("Volume in academic hours (hours and/or credits required).");
        Field(r => r.Credits, nullable: true).Description("Volume in academic credits (hours and/or credits required).");
        Field(r => r.Grade, nullable: true).Description("The grade as written: \"87%\", \"4/5\", \"A-\", \"pass\" (required).");
        Field(r => r.IssueDate, nullable: true).Description("Issue date, yyyy-MM-dd (required).");
        Field(r => r.TrainingProvider, nullable: true).Description("The organisation that gave the course (required).");
    }
}
