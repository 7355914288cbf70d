using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NationalRecognition.Gateway.Graph.Inputs;

/// <summary>
/// The limits every input value meets at the door, before any grain is called: the longest text of each field, the
/// pattern of each code and id, the range of each number and date, the most items of each list. They are checked by
/// GraphQL.NET while it coerces arguments and variables (a breach is a <c>VALIDATION</c> error and nothing runs),
/// and each one is stated in the field's description in the schema. The rules of the domain (a check digit, a
/// period that has not started, a grade scale the institution knows) stay with the domain; these bounds only keep
/// out what no rule should ever have to look at.
/// </summary>
public static class InputLimits
{
    /// <summary>Text without a rule of its own.</summary>
    public const int DefaultMaxLength = 1_000;

    /// <summary>Lists without a rule of their own.</summary>
    public const int DefaultMaxItems = 1_000;

    private const string Digits12 = "12 digits (0-9)";

    private static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>Text fields by name: the longest value and, for codes and ids, the pattern.</summary>
    private static readonly Dictionary<string, TextRule> Texts = new(StringComparer.Ordinal)
    {
        ["bin"] = TextRule.Pattern(@"^[0-9]{12}\z", Digits12, 12),
        ["institutionBin"] = TextRule.Pattern(@"^[0-9]{12}\z", Digits12, 12),
        ["iin"] = TextRule.Pattern(@"^[0-9]{12}\z", Digits12, 12),
        ["learnerIin"] = TextRule.Pattern(@"^[0-9]{12}\z", Digits12, 12),
        ["holderIin"] = TextRule.Pattern(@"^[0-9]{12}\z", Digits12, 12),
        ["commissionId"] = TextRule.Pattern(@"^[0-9]{12}/[a-z0-9][a-z0-9-]{0,31}\z", "the institution's BIN, '/', and the Commission's code", 45),
        ["academicPeriodId"] = PeriodId(),
        ["period"] = PeriodId(),
        ["scope"] = TextRule.Pattern(@"^(platform|[0-9]{12})\z", "a BIN (12 digits) or 'platform'", 12),
        ["idempotencyKey"] = TextRule.Pattern(@"^[^\s\p{C}]{1,200}\z", "1 to 200 characters, no spaces or control characters", 200),
        ["programmeCode"] = Code(),
        ["unitCode"] = Code(),
        ["unitCodes"] = Code(),
        ["professionCode"] = TextRule.Pattern(@"^[0-9A-Za-z][0-9A-Za-z.\-]{0,31}\z", "letters, digits, '.' and '-'", 32),
        ["inDemandProfession"] = TextRule.Pattern(@"^[0-9A-Za-z][0-9A-Za-z.\-]{0,31}\z", "letters, digits, '.' and '-'", 32),
        ["coveredOutcomeIds"] = Code(),
        ["classifierCodes"] = TextRule.Length(32),
        ["registryKey"] = TextRule.Length(300),
        ["after"] = TextRule.Length(200),
        ["number"] = TextRule.Length(64),
        ["accreditationNumber"] = TextRule.Length(64),
        ["letter"] = TextRule.Length(8),
        ["grade"] = TextRule.Length(32),
        ["gradeScaleId"] = TextRule.Length(64),
        ["issueDate"] = TextRule.Length(10),
        ["platform"] = TextRule.Length(100),
        ["subjectId"] = TextRule.Length(200),
        ["issuer"] = TextRule.Length(200),
        ["subject"] = TextRule.Length(200),
        ["orderNumber"] = TextRule.Length(64),
        ["educationalActivityRight"] = TextRule.Length(100),
        ["employerRequestReference"] = TextRule.Length(100),
        ["facetValue"] = TextRule.Length(200),
        ["verificationUrl"] = TextRule.Length(2_048),
        ["statement"] = TextRule.Length(4_000),
        ["content"] = TextRule.Length(4_000),
        ["notes"] = TextRule.Length(4_000),
        ["reason"] = TextRule.Length(4_000),
        ["description"] = TextRule.Length(2_000),
        ["objectives"] = TextRule.Length(1_000),
    };

    /// <summary>Names of people, organisations, courses and the like.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "name", "kazakh", "russian", "english", "learnerName", "holderName", "signatoryName", "issuerName", "addressedTo",
        "centreName", "professionName", "courseName", "trainingProvider", "nameKk", "nameRu", "position",
        "appendixEntryName", "membersPresent",
    };

    /// <summary>Text rules of one field of one type, where the field's name alone says too little.</summary>
    private static readonly Dictionary<(string Parent, string Field), TextRule> TextsOf = new()
    {
        [("establishCommission", "code")] = TextRule.Pattern(@"^[a-z0-9][a-z0-9-]{0,31}\z", "lower-case letters, digits and '-', at most 32", 32),
        [("AcademicPeriodInput", "id")] = PeriodId(),
        [("LearningOutcomeInput", "id")] = Code(),
        [("ProgrammeInput", "code")] = Code(),
        [("CurriculumUnitInput", "code")] = Code(),
        // A feed record is judged field by field and a bad one is REJECTED alone, never its batch: only lengths here.
        [("CertificateFeedRecordInput", "learnerIin")] = TextRule.Length(64),
        [("CertificateFeedRecordInput", "professionCode")] = TextRule.Length(64),
        [("CertificateFeedRecordInput", "issueDate")] = TextRule.Length(32),
        [("InDemandProfessionInput", "code")] = TextRule.Pattern(@"^[0-9A-Za-z][0-9A-Za-z.\-]{0,31}\z", "letters, digits, '.' and '-'", 32),
    };

    /// <summary>Most items of list fields by name.</summary>
    private static readonly Dictionary<string, int> Items = new(StringComparer.Ordinal)
    {
        ["units"] = 200,
        ["outcomes"] = 50,
        ["objectives"] = 20,
        ["members"] = 50,
        ["documents"] = 10,
        ["appendix"] = 100,
        ["unitCodes"] = 50,
        ["decisions"] = 50,
        ["coveredOutcomeIds"] = 50,
        ["membersPresent"] = 50,
        ["professions"] = 2_000,
        ["records"] = 1_000,
        ["classifierCodes"] = 20,
        ["kinds"] = 10,
        ["groupBy"] = 10,
    };

    /// <summary>Ranges of numbers by name (inclusive).</summary>
    private static readonly Dictionary<string, (decimal Min, decimal Max)> Numbers = new(StringComparer.Ordinal)
    {
        ["credits"] = (0, 300),
        ["hours"] = (0, 10_000),
        ["value"] = (0, 1_000),
        ["scaleMax"] = (0, 1_000),
        ["maxRecognisedCreditsPerApplication"] = (0, 300),
        ["qualificationLevel"] = (1, 8),
        ["documentIndex"] = (0, 99),
        ["year"] = (1990, 2100),
        ["academicYear"] = (2000, 2100),
        ["expectedVersion"] = (0, int.MaxValue),
        ["quorumCount"] = (0, 1_000),
        ["quorumNumerator"] = (0, 1_000),
        ["quorumDenominator"] = (0, 1_000),
    };

    /// <summary>The rule of a text field or argument (by its parent type or field and its name).</summary>
    public static TextRule TextRuleFor(string parent, string name) =>
        TextsOf.TryGetValue((parent, name), out var specific) ? specific
        : Texts.TryGetValue(name, out var named) ? named
        : Names.Contains(name) ? TextRule.Length(300)
        : TextRule.Length(DefaultMaxLength);

    /// <summary>The most items of a list field or argument.</summary>
    public static int MaxItemsFor(string name) => Items.TryGetValue(name, out var most) ? most : DefaultMaxItems;

    /// <summary>The range of a number field or argument, when it has one.</summary>
    public static (decimal Min, decimal Max)? RangeFor(string name) => Numbers.TryGetValue(name, out var range) ? range : null;

    /// <summary>The range of a date field or argument, relative to <paramref name="today"/> (Kazakhstan's date).</summary>
    public static (DateOnly From, DateOnly To, string Meaning) DateRangeFor(string parent, string name, DateOnly today) => (parent, name) switch
    {
        ("AcademicPeriodInput", "startDate" or "endDate") => (today.AddYears(-10), today.AddYears(5), "within 10 years back and 5 years ahead"),
        ("CommissionOrderInput" or "ProtocolInput", "date") => (new DateOnly(2000, 1, 1), today.AddDays(1), "from 2000, not after today"),
        (_, "issueDate") => (new DateOnly(1990, 1, 1), today.AddDays(1), "from 1990, not after today"),
        (_, "day") => (new DateOnly(2020, 1, 1), today.AddDays(1), "from 2020, not after today"),
        (_, "monthFrom" or "monthTo") => (new DateOnly(2000, 1, 1), today.AddYears(10), "from 2000 to 10 years ahead"),
        (_, "validUntil") => (new DateOnly(1990, 1, 1), today.AddYears(50), "from 1990 to 50 years ahead"),
        _ => (Earliest, today.AddYears(50), "from 1900 to 50 years ahead"),
    };

    /// <summary>Throws with a message for the client when <paramref name="value"/> breaks <paramref name="rule"/>.</summary>
    public static void CheckText(object value, TextRule rule)
    {
        if (value is IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                if (item is not null)
                {
                    CheckText(item, rule);
                }
            }

            return;
        }

        var text = value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        if (text.Length > rule.MaxLength)
        {
            throw new ArgumentException($"At most {rule.MaxLength} characters.");
        }

        if (rule.Regex is { } regex && !regex.IsMatch(text))
        {
            throw new ArgumentException($"Must be {rule.PatternMeaning}.");
        }
    }

    /// <summary>Throws when a list has more items than <paramref name="maxItems"/>.</summary>
    public static void CheckItems(object value, int maxItems)
    {
        if (value is ICollection { Count: var count } && count > maxItems)
        {
            throw new ArgumentException($"At most {maxItems} items.");
        }
    }

    /// <summary>Throws when a number is outside its range.</summary>
    public static void CheckNumber(object value, (decimal Min, decimal Max) range)
    {
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                if (item is not null)
                {
                    CheckNumber(item, range);
                }
            }

            return;
        }

        var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        if (number < range.Min || number > range.Max)
        {
            throw new ArgumentException($"Must be between {range.Min.ToString(CultureInfo.InvariantCulture)} and {range.Max.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    /// <summary>Throws when a date is outside its range.</summary>
    public static void CheckDate(object value, DateOnly from, DateOnly to, string meaning)
    {
        var date = value switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            _ => (DateOnly?)null,
        };
        if (date is { } day && (day < from || day > to))
        {
            throw new ArgumentException($"Must be a date {meaning}.");
        }
    }

    private static TextRule PeriodId() => TextRule.Pattern(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}\z", "letters, digits, '.', '_' and '-', at most 40", 40);

    private static TextRule Code() => TextRule.Pattern(@"^[\p{L}\p{N}][\p{L}\p{N}._\-]{0,39}\z", "letters, digits, '.', '_' and '-', at most 40", 40);
}

/// <summary>The longest a text may be and, for codes and ids, the pattern it must match.</summary>
public sealed record TextRule(int MaxLength, Regex? Regex, string? PatternMeaning)
{
    public static TextRule Length(int maxLength) => new(maxLength, null, null);

    // The non-backtracking engine matches in time linear in the input, and the input is cut at MaxLength before it is
    // matched: no timeout is needed. A wall-clock timeout (100 ms before) refused valid input on a starved machine.
    public static TextRule Pattern(string pattern, string meaning, int maxLength) =>
        new(maxLength, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout), meaning);

    /// <summary>How the rule reads in a schema description.</summary>
    public string Describe() => PatternMeaning is null ? $"At most {MaxLength} characters." : $"Format: {PatternMeaning}.";
}
