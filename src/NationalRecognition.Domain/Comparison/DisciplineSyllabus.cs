using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Comparison;

/// <summary>A discipline's syllabus or a programme's module, as far as clause 9 compares it: credits and learning outcomes.</summary>
public sealed record DisciplineSyllabus
{
    public DisciplineSyllabus(string code, string name, RequestedItemKind kind, decimal credits, IEnumerable<string> outcomeIds)
    {
        Code = Guard.Required(code, "Syllabus.Code", "9");
        Name = Guard.Required(name, "Syllabus.Name", "9");
        Kind = kind;
        if (credits <= 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("disciplineSyllabus.creditsCodePositive", ("code", Code), ("credits", credits)), "Syllabus.Credits", "9");
        }

        Credits = credits;
        var outcomes = Guard.List(outcomeIds, "Syllabus.OutcomeIds").Select(o => Guard.Required(o, "Syllabus.OutcomeIds", "9")).ToArray();
        if (outcomes.Length == 0)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("disciplineSyllabus.syllabusCodeLists", ("code", Code)),
                "Syllabus.OutcomeIds",
                "9");
        }

        if (outcomes.Distinct(StringComparer.OrdinalIgnoreCase).Count() != outcomes.Length)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("disciplineSyllabus.syllabusCodeLists2", ("code", Code)), "Syllabus.OutcomeIds", "9");
        }

        OutcomeIds = outcomes;
    }

    public string Code { get; }

    public string Name { get; }

    public RequestedItemKind Kind { get; }

    public decimal Credits { get; }

    public IReadOnlyList<string> OutcomeIds { get; }
}
