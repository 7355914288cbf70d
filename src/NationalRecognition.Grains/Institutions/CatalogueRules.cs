using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Grains.Institutions;

/// <summary>Checks on what an institution enters in its calendar and programme catalogue.</summary>
internal static class CatalogueRules
{
    public static void Validate(InstitutionNames names)
    {
        Require(names.Kazakh, "names.kazakh");
        Require(names.Russian, "names.russian");
        Require(names.English, "names.english");
    }

    public static void Validate(AcademicPeriodInfo period)
    {
        Require(period.Id, "period.id");
        Require(period.Name, "period.name");
        if (period.EndDate is { } end && end <= period.StartDate)
        {
            throw new DomainException(DomainErrorCode.Validation,
                Message.Of("catalogueRules.academicPeriodId", ("id", period.Id), ("startDate", period.StartDate)), "period.endDate");
        }
    }

    public static void Validate(Programme programme)
    {
        Require(programme.Code, "programme.code");
        Require(programme.Name, "programme.name");
        if (programme.Units.Count == 0)
        {
            throw new DomainException(DomainErrorCode.Validation,
                Message.Of("catalogueRules.programmeCodeNeeds", ("code", programme.Code)), "programme.units");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < programme.Units.Count; i++)
        {
            var unit = programme.Units[i];
            var field = $"programme.units[{i}]";
            Require(unit.Code, $"{field}.code");
            Require(unit.Name, $"{field}.name");
            if (!codes.Add(unit.Code))
            {
                throw new DomainException(DomainErrorCode.Validation,
                    Message.Of("catalogueRules.disciplineModuleCode", ("code", unit.Code), ("code2", programme.Code)), $"{field}.code");
            }

            if (unit.Credits <= 0)
            {
                throw new DomainException(DomainErrorCode.Validation,
                    Message.Of("catalogueRules.codePositiveNumber", ("code", unit.Code)), $"{field}.credits");
            }

            if (unit.Outcomes.Count == 0)
            {
                throw new DomainException(DomainErrorCode.Validation,
                    Message.Of("catalogueRules.codeNeedsSyllabus", ("code", unit.Code)), $"{field}.outcomes", "9");
            }

            if (unit.Outcomes.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count() != unit.Outcomes.Count)
            {
                throw new DomainException(DomainErrorCode.Validation,
                    Message.Of("catalogueRules.learningOutcomeIds", ("code", unit.Code)), $"{field}.outcomes");
            }

            if (unit.TaughtInPeriodIds?.Any(string.IsNullOrWhiteSpace) == true)
            {
                throw new DomainException(DomainErrorCode.Validation,
                    Message.Of("catalogueRules.taughtPeriodWithoutId", ("code", unit.Code)), $"{field}.taughtInPeriodIds", "13");
            }

            if (unit.QualificationLevel is < 1 or > 8)
            {
                throw new DomainException(DomainErrorCode.Validation,
                    Message.Of("catalogueRules.qualificationLevelCode", ("code", unit.Code)), $"{field}.qualificationLevel");
            }
        }
    }

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("catalogueRules.fieldRequired", ("field", field)), field);
        }
    }
}
