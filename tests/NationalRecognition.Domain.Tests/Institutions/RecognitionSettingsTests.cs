using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Institutions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Institutions;

public sealed class RecognitionSettingsTests
{
    [Fact]
    public void Unknown_grade_scale_is_refused() =>
        Assert.Equal("policy.gradeScaleId", Assert.Throws<DomainException>(() => RecognitionSettings.Validate("five-point", null, null)).Field);

    [Fact]
    public void Negative_credit_cap_is_refused() =>
        Assert.Equal("policy.maxRecognisedCredits", Assert.Throws<DomainException>(() => RecognitionSettings.Validate(GradeScale.Default.Id, -1, null)).Field);

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void Hours_per_credit_out_of_range_are_refused(decimal hours) =>
        Assert.Equal("policy.hoursPerCredit", Assert.Throws<DomainException>(() => RecognitionSettings.Validate(GradeScale.Default.Id, null, hours)).Field);

    [Fact]
    public void Institutions_own_hours_per_credit_set_the_ratio() =>
        Assert.Equal(25m, RecognitionSettings.Ratio(25m).HoursPerCredit(InstitutionKind.Higher));

    [Fact]
    public void Without_its_own_ratio_the_national_defaults_apply() =>
        Assert.Equal((30m, 24m), (RecognitionSettings.Ratio(null).HoursPerCredit(InstitutionKind.Higher), RecognitionSettings.Ratio(null).HoursPerCredit(InstitutionKind.Tvet)));
}
