using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Recognitions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Recognitions;

public sealed class RecognitionLedgerTests
{
    private static readonly Guid Earlier = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Current = Guid.Parse("22222222-2222-2222-2222-222222222222");

    private static HeldRecognition Held(string course, string unit, decimal credits, Guid application, string programme = "6B06101") =>
        new(course, unit, programme, credits, application);

    [Fact]
    public void Course_recognised_by_another_application_for_another_discipline_is_refused() =>
        Assert.Equal(DomainErrorCode.Conflict, Assert.Throws<DomainException>(() =>
            RecognitionLedger.EnsureCanRecognise([Held("mooc/coursera/ml", "ML-1", 5, Earlier)], Current, "6B06101", [Held("mooc/coursera/ml", "DB-2", 5, Current)], null)).Code);

    [Fact]
    public void One_course_for_two_disciplines_of_one_decision_is_refused() =>
        Assert.Equal(DomainErrorCode.Conflict, Assert.Throws<DomainException>(() =>
            RecognitionLedger.EnsureCanRecognise([], Current, "6B06101", [Held("c", "ML-1", 5, Current), Held("c", "DB-2", 5, Current)], null)).Code);

    [Fact]
    public void Retry_of_the_same_application_is_not_a_second_recognition() =>
        RecognitionLedger.EnsureCanRecognise([Held("c", "ML-1", 5, Current)], Current, "6B06101", [Held("c", "ML-1", 5, Current)], null);

    [Fact]
    public void Credit_cap_counts_the_learners_other_applications_in_the_programme()
    {
        var ex = Assert.Throws<DomainException>(() =>
            RecognitionLedger.EnsureCanRecognise([Held("a", "ML-1", 5, Earlier)], Current, "6B06101", [Held("b", "DB-2", 5, Current)], 8));

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
    }

    [Fact]
    public void Credit_cap_does_not_count_another_programme() =>
        RecognitionLedger.EnsureCanRecognise([Held("a", "ML-1", 5, Earlier, "7M06101")], Current, "6B06101", [Held("b", "DB-2", 5, Current)], 8);
}
