using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// A requested discipline or module as the programme describes it: its syllabus (credits and learning outcomes), the
/// qualification level of a module that recognises professional qualifications, and the periods it is taught in.
/// </summary>
public sealed record ApplicationUnit
{
    public ApplicationUnit(DisciplineSyllabus syllabus, IEnumerable<string>? taughtInPeriodIds = null, int? qualificationLevel = null)
    {
        Syllabus = syllabus ?? throw new DomainException(DomainErrorCode.Validation, Message.Of("applicationUnit.unitSyllabusRequired"), "Requested");
        TaughtInPeriodIds = (taughtInPeriodIds ?? []).Select(id => Guard.Required(id, "Requested.TaughtInPeriodIds")).ToArray();
        QualificationLevel = qualificationLevel;
    }

    public DisciplineSyllabus Syllabus { get; }

    /// <summary>The periods (per intake or cohort) in which the programme teaches the unit.</summary>
    public IReadOnlyList<string> TaughtInPeriodIds { get; }

    /// <summary>For a module against which professional qualifications are recognised: its level (1–8).</summary>
    public int? QualificationLevel { get; }

    public string Code => Syllabus.Code;

    public RequestedRecognition Item => new(Syllabus.Code, Syllabus.Name, Syllabus.Kind);
}
