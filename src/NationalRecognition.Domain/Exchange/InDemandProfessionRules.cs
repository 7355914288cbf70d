using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Exchange;

/// <summary>
/// Clause 10.3 over the exchange's list: a list is published for one calendar year, each profession once, named in
/// Kazakh and Russian; a certificate of the exchange is valid only for a profession on the list of its issue year.
/// The list is external, dated data kept by the exchange's feed: nothing here knows its contents.
/// </summary>
public static class InDemandProfessionRules
{
    public const string Clause = "10.3";

    /// <summary>
    /// The years a list may be published for: from 2000 (the exchange's lists begin well after it) to the coming year,
    /// whose list may be published ahead during the current one.
    /// </summary>
    public const int FirstYear = 2000;

    /// <summary>Every problem of a list for <paramref name="year"/>, so that the feed can correct them together.</summary>
    public static IReadOnlyList<DomainException> Problems(int year, IReadOnlyList<InDemandProfession> professions, DateOnly today)
    {
        var problems = new List<DomainException>();
        if (year < FirstYear || year > today.Year + 1)
        {
            problems.Add(new(DomainErrorCode.Validation,
                Message.Of("inDemandProfessionRules.listDemandProfessions2", ("firstYear", FirstYear), ("lastYear", today.Year + 1), ("year", year)), "year", Clause));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < professions.Count; i++)
        {
            var profession = professions[i];
            var field = $"professions[{i}]";
            if (string.IsNullOrWhiteSpace(profession.Code))
            {
                problems.Add(new(DomainErrorCode.Validation, Message.Of("inDemandProfessionRules.professionValueCode", ("entry", i + 1)), $"{field}.code", Clause));
            }
            else if (!seen.Add(NormaliseCode(profession.Code)))
            {
                problems.Add(new(DomainErrorCode.Validation,
                    Message.Of("inDemandProfessionRules.professionCodeValue", ("code", profession.Code.Trim())), $"{field}.code", Clause));
            }

            if (string.IsNullOrWhiteSpace(profession.NameKk))
            {
                problems.Add(new(DomainErrorCode.Validation, Message.Of("inDemandProfessionRules.professionValueName", ("entry", i + 1)), $"{field}.nameKk", Clause));
            }

            if (string.IsNullOrWhiteSpace(profession.NameRu))
            {
                problems.Add(new(DomainErrorCode.Validation, Message.Of("inDemandProfessionRules.professionValueName2", ("entry", i + 1)), $"{field}.nameRu", Clause));
            }

            if (profession.ClassifierCodes.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add(new(DomainErrorCode.Validation, Message.Of("inDemandProfessionRules.professionValueEmpty", ("entry", i + 1)), $"{field}.classifierCodes", Clause));
            }
        }

        return problems;
    }

    /// <summary>Throws the first problem of the list (see <see cref="Problems"/>).</summary>
    public static void Validate(int year, IReadOnlyList<InDemandProfession> professions, DateOnly today)
    {
        var problems = Problems(year, professions, today);
        if (problems.Count > 0)
        {
            throw problems[0];
        }
    }

    /// <summary>
    /// Refuses, citing clause 10.3, a certificate whose profession is not on the list of its issue year
    /// (<paramref name="listed"/> is that list's entry for the code, or null; <paramref name="listPublished"/> whether
    /// any list is published for the year).
    /// </summary>
    public static void EnsureListed(string professionCode, DateOnly issueDate, bool listPublished, InDemandProfession? listed, string field = "professionCode")
    {
        if (!listPublished)
        {
            throw new DomainException(DomainErrorCode.RuleViolation,
                Message.Of("inDemandProfessionRules.listDemandProfessions", ("year", issueDate.Year)),
                field, Clause);
        }

        if (listed is null)
        {
            throw new DomainException(DomainErrorCode.RuleViolation,
                Message.Of("inDemandProfessionRules.professionValueList", ("profession", professionCode.Trim()), ("year", issueDate.Year)),
                field, Clause);
        }
    }

    /// <summary>
    /// The year whose list judges a certificate issued on <paramref name="issueDate"/>: its issue year's list where one
    /// is published, else the latest list of an earlier year, which stays in force until the next is published (a
    /// certificate of early January is judged by the list of the year before); null when no such list exists.
    /// </summary>
    public static int? JudgingYear(DateOnly issueDate, IEnumerable<int> publishedYears) =>
        publishedYears.Where(y => y <= issueDate.Year).Select(y => (int?)y).Max();

    /// <summary>Codes compare without surrounding spaces and case, as the exchange writes them either way.</summary>
    public static string NormaliseCode(string code) => code.Trim().ToUpperInvariant();
}
