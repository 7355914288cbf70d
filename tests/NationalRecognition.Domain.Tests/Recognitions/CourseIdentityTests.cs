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

    [Fact]
    public void Two_mooc_courses_of_one_title_with_different_identifiers_are_two_courses() =>
        Assert.NotEqual(
            CourseIdentity.Of(TestData.MoocCertificate(), new AppendixEntry("Machine Learning", null, null) { CourseIdentifier = "https://www.coursera.org/learn/machine-learning" }),
            CourseIdentity.Of(TestData.MoocCertificate(), new AppendixEntry("Machine Learning", null, null) { CourseIdentifier = "https://www.coursera.org/specializations/machine-learning-introduction" }));

    [Fact]
    public void One_course_url_written_with_or_without_scheme_query_and_www_is_one_course() =>
        Assert.Equal(
            CourseIdentity.CourseIdentifierKey("https://www.coursera.org/learn/machine-learning?utm_source=x#about"),
            CourseIdentity.CourseIdentifierKey("coursera.org/learn/machine-learning/"));

    [Fact]
    public void A_mooc_course_without_an_identifier_is_its_platform_and_title() =>
        Assert.Equal("mooc/coursera/machinelearning", CourseIdentity.Of(TestData.MoocCertificate(), new AppendixEntry("Machine  learning", null, null)));

    [Fact]
    public void An_exchange_course_is_its_registry_number_and_course_code()
    {
        var exchange = TestData.CollegeCertificate() with { IssuerKind = IssuerKind.ElectronicLabourExchange, IssuerSubKind = null, Number = "ENB-2025-77" };

        Assert.Equal("exchange/enb202577/code/wld01", CourseIdentity.Of(exchange, new AppendixEntry("Welding", null, null) { CourseIdentifier = "WLD-01" }));
        Assert.Equal("exchange/enb202577/welding", CourseIdentity.Of(exchange, new AppendixEntry("Welding", null, null)));
    }

    [Fact]
    public void Another_issuers_course_is_its_issuer_and_title_whatever_the_certificate_number() =>
        Assert.Equal(
            CourseIdentity.Of(TestData.CollegeCertificate(), new AppendixEntry("Welding basics", null, null)),
            CourseIdentity.Of(TestData.CollegeCertificate() with { Number = "KC-2026-001", IssuerName = "Karaganda Polytechnic College TOO" }, new AppendixEntry("WELDING BASICS", null, null)));

    [Fact]
    public void A_qualification_is_its_number_and_profession() =>
        Assert.Equal("pq/pq000451/72121003", CourseIdentity.Of(TestData.QualificationCertificate(), new AppendixEntry("Welder", null, null)));
}
