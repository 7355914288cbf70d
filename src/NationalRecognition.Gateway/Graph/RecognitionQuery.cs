using GraphQL.Types;

namespace NationalRecognition.Gateway.Graph;

/// <summary>
/// The <c>Query</c> root. Each feature adds its read fields here; resolvers call client facades, never rules.
/// Not sealed so that tests can add probe fields (slow, failing) to the real root.
/// </summary>
public class RecognitionQuery : ObjectGraphType
{
    /// <summary>Declares the root query fields.</summary>
    public RecognitionQuery()
    {
        Name = "Query";
        Description = "Read operations of the National Recognition Platform.";

        Field<NonNullGraphType<PlatformInfoType>>("platform")
            .Description("The platform serving this API: name and version.")
            .Resolve(_ => PlatformInfo.Current);
    }
}
