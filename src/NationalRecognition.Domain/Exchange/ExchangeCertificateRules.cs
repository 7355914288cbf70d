using System.Globalization;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Exchange;

/// <summary>
/// What a record of the exchange's feed must carry (clauses 10 and 10.3): the certificate number and the learner's
/// IIN, the in-demand profession, the course with its volume in hours and/or credits and its grade, the issue date
/// and the training provider. Each problem names the record's field; the profession's place on the year's list is
/// judged by the registry (<see cref="InDemandProfessionRules.EnsureListed"/>), which holds the lists.
/// </summary>
public static class ExchangeCertificateRules
{
    /// <summary>Longest certificate number accepted: a registry key, not free text.</summary>
    public const int MaxNumberLength = 64;

    /// <summary>Longest text field accepted (names, course, provider).</summary>
    public const int MaxTextLength = 500;

    /// <summary>Every problem of the record, in field order; empty when it is a valid certificate.</summary>
    public static IReadOnlyList<DomainException> Problems(ExchangeCertificateRecord record, DateOnly today) =>
        Check(record, today).Problems;

    /// <summary>The typed certificate, or the first problem of the record thrown.</summary>
    public static ExchangeCertificate Parse(ExchangeCertificateRecord record, DateOnly today)
    {
        var (certificate, problems) = Check(record, today);
        return certificate ?? throw problems[0];
    }

    private static (ExchangeCertificate? Certificate, IReadOnlyList<DomainException> Problems) Check(ExchangeCertificateRecord record, DateOnly today)
    {
        var problems = new List<DomainException>();
        var number = Text(record.Number, "number", Message.Of("exchangeCertificateRules.numberRequired"), "10", problems, MaxNumberLength);

        Iin? iin = null;
        if (string.IsNullOrWhiteSpace(record.LearnerIin))
        {
            problems.Add(new(DomainErrorCode.Validation, Message.Of("exchangeCertificateRules.learnerIINRequired"), "learnerIin", "10.3"));
        }
        else if (ParseIin(record.LearnerIin.Trim(), problems) is { } parsed)
        {
            if (parsed.BirthDate > today)
            {
                // No IIN is issued before its holder is born: a future date of birth is a mistyped number.
                problems.Add(new(DomainErrorCode.Validation, Message.Of("exchangeCertificateRules.learnerIINDate", ("birthDate", parsed.BirthDate), ("today", today)), "learnerIin"));
            }
            else
            {
                iin = parsed;
            }
        }

        var profession = Text(record.ProfessionCode, "professionCode",
            Message.Of("exchangeCertificateRules.professionCodeRequired"), "10.3", problems, MaxNumberLength);
        var course = Text(record.CourseName, "courseName", Message.Of("exchangeCertificateRules.courseNameRequired"), "10", problems, MaxTextLength);
        var provider = Text(record.TrainingProvider, "trainingProvider", Message.Of("exchangeCertificateRules.trainingProviderRequired"), "10", problems, MaxTextLength);
        if (record.CourseCode is { Length: > MaxNumberLength })
        {
            problems.Add(new(DomainErrorCode.Validation, Message.Of("exchangeCertificateRules.courseCodeLonger", ("maxNumberLength", MaxNumberLength)), "courseCode"));
        }

        if (record.LearnerName is { Length: > MaxTextLength })
        {
            problems.Add(new(DomainErrorCode.Validation, Message.Of("exchangeCertificateRules.learnerNameLonger", ("maxTextLength", MaxTextLength)), "learnerName"));
        }

        var volume = Attempt(() => new Volume(record.Credits, record.Hours), problems, "hours",
            Message.Of("exchangeCertificateRules.volumeRequired"));
        var grade = string.IsNullOrWhiteSpace(record.Grade)
            ? Missing<Grade>(problems, "grade", Message.Of("exchangeCertificateRules.gradeRequired"))
            : Attempt(() => Grade.Parse(record.Grade, "grade"), problems, "grade", null);

        DateOnly? issued = null;
        if (string.IsNullOrWhiteSpace(record.IssueDate))
        {
            problems.Add(new(DomainErrorCode.Validation, Message.Of("exchangeCertificateRules.issueDateRequired"), "issueDate", "10"));
        }
        else if (!DateOnly.TryParseExact(record.IssueDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(new(DomainErrorCode.Validation, Message.Of("exchangeCertificateRules.issueDateValue", ("text", record.IssueDate.Trim())), "issueDate"));
        }
        else if (date > today)
        {
            problems.Add(new(DomainErrorCode.Validation, Message.Of("exchangeCertificateRules.issueDateDate", ("date", date), ("today", today)), "issueDate", "10"));
        }
        else
        {
            issued = date;
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var learnerName = string.IsNullOrWhiteSpace(record.LearnerName) ? null : record.LearnerName.Trim();
        var courseCode = string.IsNullOrWhiteSpace(record.CourseCode) ? null : record.CourseCode.Trim();
        return (new ExchangeCertificate(number!, iin!.Value, learnerName, profession!, course!, volume!, grade!, issued!.Value, provider!, courseCode), problems);
    }

    private static string? Text(string? value, string field, Message missing, string clause, List<DomainException> problems, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(DomainErrorCode.Validation, missing, field, clause));
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            problems.Add(new(DomainErrorCode.Validation, Message.Of("exchangeCertificateRules.fieldLongerThan", ("field", field), ("maxLength", maxLength)), field));
            return null;
        }

        return trimmed;
    }

    private static T? Attempt<T>(Func<T> make, List<DomainException> problems, string field, Message? message)
        where T : class
    {
        try
        {
            return make();
        }
        catch (DomainException exception)
        {
            problems.Add(message is null
                ? exception.At(field, "10")
                : new(DomainErrorCode.Validation, message, field, "10"));
            return null;
        }
    }

    private static Iin? ParseIin(string text, List<DomainException> problems)
    {
        try
        {
            return Iin.Parse(text);
        }
        catch (DomainException exception)
        {
            problems.Add(exception.At("learnerIin"));
            return null;
        }
    }

    private static T? Missing<T>(List<DomainException> problems, string field, Message message)
        where T : class
    {
        problems.Add(new(DomainErrorCode.Validation, message, field, "10"));
        return null;
    }
}
