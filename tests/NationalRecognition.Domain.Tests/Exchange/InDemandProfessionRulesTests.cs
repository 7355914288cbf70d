using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;
using Xunit;

namespace NationalRecognition.Domain.Tests.Exchange;

public sealed class InDemandProfessionRulesTests
{
    private static readonly InDemandProfession Analyst = new("2511-0-07", "Деректер талдаушысы", "Аналитик данных", ["2511"]);

    [Fact]
    public void A_list_with_each_profession_once_named_in_both_languages_is_valid() =>
        Assert.Empty(InDemandProfessionRules.Problems(2025, [Analyst], TestData.Today));

    [Fact]
    public void A_code_listed_twice_even_in_another_case_is_refused() =>
        Assert.Equal("professions[1].code",
            Assert.Single(InDemandProfessionRules.Problems(2025, [Analyst, Analyst with { Code = " 2511-0-07" }], TestData.Today)).Field);

    [Fact]
    public void A_list_for_a_year_after_next_is_refused() =>
        Assert.Equal("year", Assert.Single(InDemandProfessionRules.Problems(TestData.Today.Year + 2, [Analyst], TestData.Today)).Field);

    [Fact]
    public void A_profession_off_the_issue_years_list_is_refused_citing_clause_10_3_and_the_year()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            InDemandProfessionRules.EnsureListed("7212-0-02", new DateOnly(2024, 5, 1), listPublished: true, listed: null));

        Assert.Equal((DomainErrorCode.RuleViolation, "10.3"), (refusal.Code, refusal.Clause));
        Assert.Contains("2024", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_of_a_year_without_a_list_is_refused_citing_clause_10_3() =>
        Assert.Equal("10.3", Assert.Throws<DomainException>(() =>
            InDemandProfessionRules.EnsureListed("2511-0-07", new DateOnly(2019, 5, 1), listPublished: false, listed: null)).Clause);

    [Fact]
    public void A_certificate_is_judged_by_the_list_of_its_issue_year_where_one_is_published() =>
        Assert.Equal(2026, InDemandProfessionRules.JudgingYear(new DateOnly(2026, 1, 12), [2024, 2025, 2026]));

    [Fact]
    public void A_january_certificate_before_its_years_list_is_judged_by_the_list_of_the_year_before() =>
        Assert.Equal(2025, InDemandProfessionRules.JudgingYear(new DateOnly(2026, 1, 12), [2024, 2025]));

    [Fact]
    public void A_list_of_a_later_year_never_judges_an_earlier_certificate() =>
        Assert.Null(InDemandProfessionRules.JudgingYear(new DateOnly(2024, 6, 1), [2025, 2026]));

    [Fact]
    public void The_coming_years_list_may_be_published_ahead_but_not_the_year_after() =>
        Assert.Equal(
            (0, 1),
            (InDemandProfessionRules.Problems(2026, [Analyst], TestData.Today).Count, InDemandProfessionRules.Problems(2027, [Analyst], TestData.Today).Count));
}
