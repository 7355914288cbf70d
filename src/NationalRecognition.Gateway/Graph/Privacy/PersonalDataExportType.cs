using GraphQL.Types;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Gateway.Graph.Applications;
using NationalRecognition.Gateway.Graph.Certificates;

namespace NationalRecognition.Gateway.Graph.Privacy;

public sealed class PersonalDataExportType : ObjectGraphType<PersonalDataExport>
{
    public PersonalDataExportType()
    {
        Name = "PersonalDataExport";
        Description = "What the platform holds about the learner (subject access under the Law on personal data and their protection): applications with documents, comparisons and decisions, certificates, recognised courses, and who read their data.";
        Field(e => e.GeneratedAt).Description("When the export was made.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationType>>>>("applications")
            .Description($"Every application (at most {PersonalDataExportLimits.Applications}), with its documents, comparisons, decision and withdrawal reason.")
            .Resolve(c => c.Source.Applications);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CertificateType>>>>("certificates")
            .Description("The certificates submitted with the applications, as recorded.")
            .Resolve(c => c.Source.Certificates);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecognisedCourseType>>>>("recognisedCourses")
            .Description("The courses recognised, per institution (the ledger of recognitions).")
            .Resolve(c => c.Source.Recognitions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonalDataReadType>>>>("reads")
            .Description($"Who read the learner's data, newest first (the newest {PersonalDataExportLimits.Reads}; Learner.dataReads pages through all).")
            .Resolve(c => c.Source.Reads);
        Field(e => e.ReadsTotal).Description("How many reads are recorded.");
    }
}
