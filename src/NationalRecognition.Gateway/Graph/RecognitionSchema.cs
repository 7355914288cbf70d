using GraphQL;
using GraphQL.Types;

namespace NationalRecognition.Gateway.Graph;

/// <summary>The one schema of the public API; a singleton built and validated at start-up.</summary>
public sealed class RecognitionSchema : Schema
{
    /// <summary>Takes the root types from DI so that graph types can have their own dependencies.</summary>
    public RecognitionSchema(IServiceProvider services, RecognitionQuery query, RecognitionMutation mutation)
        : base(services)
    {
        Description = "Public API of the National Recognition Platform.";
        Query = query;
        if (mutation.Fields.Count > 0)
        {
            Mutation = mutation;
        }

        // Introspection's cost depends on the schema's size, not on data: left at the default weights, GraphiQL's
        // own introspection query would exceed any useful complexity limit. The depth limit still applies.
        this.WithIntrospectionComplexityImpact(0);
    }
}
