using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Exchange;

public sealed class FeedRecordResultType : ObjectGraphType<FeedRecordResult>
{
    public FeedRecordResultType()
    {
        Name = "FeedRecordResult";
        Description = "The result of one record of a feed batch.";
        Field(r => r.Index).Description("The record's place in the batch, from 0.");
        Field(r => r.Number, nullable: true).Description("The certificate number as sent.");
        Field(r => r.Outcome).Description("Accepted, unchanged, updated or rejected.");
        Field(r => r.RegistryKey, nullable: true).Description("The registry key learners attach the certificate by.");
        Field(r => r.Version, nullable: true).Description("The certificate's version in the registry now.");
        Field<StringGraphType>("code")
            .Description("For a rejection: the error code (VALIDATION, RULE_VIOLATION, FORBIDDEN, …).")
            .Resolve(c => c.Source.Code is { } code ? Errors.DomainErrorClassifier.PublicCode(code) : null);
        Field(r => r.Field, nullable: true).Description("For a rejection: the record's field at fault.")
            .Resolve(c => Errors.InputFieldPath.Of(c.Source.Field));
        Field(r => r.Clause, nullable: true).Description("For a rejection: the clause of the Rules, e.g. 10.3.");
        // In the caller's language (Accept-Language); the code is what programs branch on.
        Field(r => r.Reason, nullable: true).Description("For a rejection: why, in words.")
            .Resolve(c => c.Source.Reason is null ? null : Languages.GatewayMessages.Refusal(c.Source.Text, c.Source.Reason));
    }
}
