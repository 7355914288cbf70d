using GraphQL.Types;
using NationalRecognition.Contracts.Privacy;

namespace NationalRecognition.Gateway.Graph.Privacy;

public sealed class PersonalDataReadType : ObjectGraphType<PersonalDataRead>
{
    public PersonalDataReadType()
    {
        Name = "PersonalDataRead";
        Description = "One read of the learner's personal data by someone else: who, when, through what, which record. Kept for the retention period of read records (docs/privacy.md).";
        Field(r => r.At).Description("When it was read.");
        Field(r => r.ReaderSubjectId).Description("The reader's subject (the identity provider's id).");
        Field(r => r.ReaderRole).Description("The reader's role.");
        Field(r => r.ReaderInstitutionBin, nullable: true).Description("The reader's institution, for institution staff.");
        Field(r => r.What).Description("Through what: application, applicationTrail, listing, learnerListing, certificate or readRecords.");
        Field(r => r.Target).Description("Which record: an application's id, a certificate's registry key, or the learner's own record of reads.");
    }
}
