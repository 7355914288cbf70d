using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Recognitions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Recognitions;

public sealed class CourseIdentityTests
{
    [Fact]
    public void Same_mooc_course_typed_differently_is_one_course() =>
        Assert.Equal(
            CourseIdentity.Of(TestData.MoocCertificate() with { IssuerName = "Coursera" }, "Machine Learning"),
            CourseIdentity.Of(TestData.MoocCertificate() with { IssuerName = "Coursera Inc", Number = "OTHER-1" }, "machine  learning"));

    [Fact]
    public void Same_course_name_on_another_platform_is_another_course() =>
        Assert.NotEqual(
            CourseIdentity.Of(TestData.MoocCertificate(MoocPlatform.Coursera), "Machine Learning"),
            CourseIdentity.Of(TestData.MoocCertificate(MoocPlatform.EdX), "Machine Learning"));

    [Fact]
    public void Issuer_written_with_or_without_its_legal_form_is_one_issuer() =>
        Assert.Equal(
            CourseIdentity.Of(TestData.CollegeCertificate() with { IssuerName = "Karaganda Polytechnic College LLP" }, "Welding basics"),
            CourseIdentity.Of(TestData.CollegeCertificate(), "WELDING BASICS"));
}
