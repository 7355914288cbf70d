using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Domain.Applications;

/// <summary>A discipline or module of the learner's curriculum the learner asks to have recognised.</summary>
public sealed record RequestedRecognition
{
    public RequestedRecognition(string code, string name, RequestedItemKind kind)
    {
        Code = Guard.Required(code, "Requested.Code");
        Name = Guard.Required(name, "Requested.Name");
        Kind = kind;
    }

    /// <summary>The discipline's or module's code in the educational programme.</summary>
    public string Code { get; }

    public string Name { get; }

    public RequestedItemKind Kind { get; }

    public bool IsSameItemAs(RequestedRecognition other) => Kind == other.Kind && NameText.Same(Code, other.Code);
}
