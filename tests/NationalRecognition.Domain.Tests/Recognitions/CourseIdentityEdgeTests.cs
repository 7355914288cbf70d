using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Recognitions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Recognitions;

/// <summary>What makes two courses one course, at its edges: each legal form, each title, the earlier identity.</summary>
public sealed class CourseIdentityEdgeTests
{
    private static AppendixEntry Entry(string name) => new(name, null, null);

    [Theory]
    [InlineData("Inc")]
    [InlineData("LLC")]
    [InlineData("Ltd")]
    [InlineData("TOO")]
    [InlineData("ТОО")]
    [InlineData("АО")]
    [InlineData("LLP")]
    [InlineData("JSC")]
    public void Each_legal_form_is_left_out_of_the_issuers_name(string legalForm) =>
        Assert.Equal(
            CourseIdentity.Of(TestData.CollegeCertificate() with { IssuerName = $"Karaganda Polytechnic College {legalForm}" }, Entry("Welding basics")),
            CourseIdentity.Of(TestData.CollegeCertificate(), Entry("Welding basics")));

    [Fact]
    public void Two_titles_of_one_issuer_are_two_courses() =>
        Assert.NotEqual(
            CourseIdentity.Of(TestData.CollegeCertificate(), Entry("Welding basics")),
            CourseIdentity.Of(TestData.CollegeCertificate(), Entry("Pipe welding")));

    [Fact]
    public void Two_entries_of_one_certificate_are_two_courses_by_the_earlier_identity() =>
        Assert.NotEqual(
            CourseIdentity.Of(TestData.CollegeCertificate(), "Welding basics"),
            CourseIdentity.Of(TestData.CollegeCertificate(), "Pipe welding"));

    [Fact]
    public void A_qualification_is_its_number_and_profession_by_either_identity() =>
        Assert.Equal(
            CourseIdentity.Of(TestData.QualificationCertificate(), "Welder"),
            CourseIdentity.Of(TestData.QualificationCertificate(), Entry(string.Empty)));

    [Fact]
    public void Two_qualifications_are_two_courses_by_the_earlier_identity() =>
        Assert.NotEqual(
            CourseIdentity.Of(TestData.QualificationCertificate(), "Welder"),
            CourseIdentity.Of(TestData.QualificationCertificate() with { Number = "PQ-000452" }, "Welder"));
}
