using GraphQL.Types;

namespace NationalRecognition.Gateway.Graph;

/// <summary>
/// The <c>Mutation</c> root. Each feature adds its commands here. GraphQL forbids an object type without fields,
/// so <see cref="RecognitionSchema"/> only exposes this root once it has at least one field.
/// Not sealed so that tests can add probe fields.
/// </summary>
public class RecognitionMutation : ObjectGraphType
{
    /// <summary>Declares the root mutation fields.</summary>
    public RecognitionMutation()
    {
        Name = "Mutation";
        Description = "Changes to the National Recognition Platform.";
    }
}
