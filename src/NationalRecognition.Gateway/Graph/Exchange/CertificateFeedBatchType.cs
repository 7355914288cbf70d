using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Exchange;

public sealed class CertificateFeedBatchType : ObjectGraphType<CertificateFeedBatch>
{
    public CertificateFeedBatchType()
    {
        Name = "CertificateFeedBatch";
        Description = "The answer to a feed batch: one result per record, in the batch's order.";
        Field(b => b.IdempotencyKey).Description("The batch's idempotency key.");
        Field(b => b.Replayed).Description("True when this key was used before with the same records: these are the results recorded then.");
        Field<NonNullGraphType<IntGraphType>>("accepted").Description("Records new to the registry.")
            .Resolve(c => Count(c.Source, FeedOutcome.Accepted));
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("Records the registry already held as sent.")
            .Resolve(c => Count(c.Source, FeedOutcome.Unchanged));
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Changed records, now a new version.")
            .Resolve(c => Count(c.Source, FeedOutcome.Updated));
        Field<NonNullGraphType<IntGraphType>>("rejected").Description("Records refused (see their results).")
            .Resolve(c => Count(c.Source, FeedOutcome.Rejected));
        Field(b => b.Results).Description("A result per record.");
    }

    private static int Count(CertificateFeedBatch batch, FeedOutcome outcome) => batch.Results.Count(r => r.Outcome == outcome);
}
