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
    }
}
