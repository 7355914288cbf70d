using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Calendar;

/// <summary>A semester, trimester, quarter or summer term of an institution's own calendar.</summary>
public sealed record AcademicPeriod
{
    public AcademicPeriod(string id, string name, DateOnly startDate, DateOnly? endDate)
    {
        Id = Guard.Required(id, "AcademicPeriod.Id");
        Name = Guard.Required(name, "AcademicPeriod.Name");
        if (endDate < startDate)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("academicPeriod.academicPeriodName", ("name", Name), ("endDate", endDate), ("startDate", startDate)),
                "AcademicPeriod.EndDate");
        }

        StartDate = startDate;
        EndDate = endDate;
    }

    public string Id { get; }

    public string Name { get; }

    public DateOnly StartDate { get; }

    public DateOnly? EndDate { get; }
}
