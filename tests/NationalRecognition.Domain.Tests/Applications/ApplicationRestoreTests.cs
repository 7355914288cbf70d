using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using Xunit;
using static NationalRecognition.Domain.Tests.Applications.ApplicationBuilder;

namespace NationalRecognition.Domain.Tests.Applications;

/// <summary>An application restored from what its grain stores judges the next command as the live one would.</summary>
public sealed class ApplicationRestoreTests
{
    [Fact]
    public void Restored_comparisons_combine_as_recorded_for_a_whole_recognition()
    {
        var restored = Application.Restore(Stored(ApplicationStatus.UnderReview, Comparing("Supervised Learning", "LO1", "LO2"), Comparing("Unsupervised Learning", "LO3", "LO4")));

        Assert.Equal(ApplicationStatus.Recognised, restored.Decide(Deciding(RecogniseWhole())).Next.Status);
    }

    [Fact]
    public void A_later_comparison_of_the_same_entry_replaces_the_earlier_one_on_restore()
    {
        var restored = Application.Restore(Stored(ApplicationStatus.UnderReview, Comparing("Supervised Learning", "LO1"), Comparing("supervised learning", "LO1", "LO2")));

        Assert.Equal(["LO1", "LO2"], Assert.Single(restored.Comparisons).Result.Coverage.CoveredOutcomeIds);
    }

    [Fact]
    public void Restored_comparisons_that_do_not_cover_the_syllabus_refuse_a_whole_recognition_citing_clause_9()
    {
        var restored = Application.Restore(Stored(ApplicationStatus.UnderReview, Comparing("Supervised Learning", "LO1", "LO2")));

        Assert.Equal("9", Assert.Throws<DomainException>(() => restored.Decide(Deciding(RecogniseWhole()))).Clause);
    }

    [Fact]
    public void Restored_status_is_judged_by_the_lifecycle() =>
        Assert.Equal(
            DomainErrorCode.InvalidTransition,
            Assert.Throws<DomainException>(() => Application.Restore(Stored(ApplicationStatus.Withdrawn)).StartReview()).Code);

    [Fact]
    public void Restored_application_keeps_what_was_submitted()
    {
        var submitted = Submitted();

        var restored = Application.Restore(Stored(ApplicationStatus.Submitted));

        Assert.Equal(
            (submitted.Id, submitted.ApplicantName, submitted.AddressedTo, submitted.RuleVersionId, submitted.SubmittedOn),
            (restored.Id, restored.ApplicantName, restored.AddressedTo, restored.RuleVersionId, restored.SubmittedOn));
    }

    private static StoredApplication Stored(ApplicationStatus status, params EntryComparisonRequest[] comparisons)
    {
        var submitted = Submitted();
        return new StoredApplication
        {
            Id = submitted.Id,
            Status = status,
            ApplicantName = submitted.ApplicantName,
            ProgrammeCode = submitted.ProgrammeCode,
            PeriodId = submitted.PeriodId,
            Units = submitted.Units,
            Documents = submitted.Documents,
            Terms = submitted.Terms,
            RuleVersionId = submitted.RuleVersionId,
            SubmittedAt = submitted.SubmittedAt,
            AddressedTo = submitted.AddressedTo,
            Comparisons = comparisons,
        };
    }
}
