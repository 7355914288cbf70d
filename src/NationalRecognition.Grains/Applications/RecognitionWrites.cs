using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Applications.Events;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Domain.Recognitions;

namespace NationalRecognition.Grains.Applications;

/// <summary>
/// A decision's recognitions outside the application: checked against the certificates' claims and reserved in the
/// learner's ledger before the decision commits, written to them after it has.
/// </summary>
internal static class RecognitionWrites
{
    /// <summary>
    /// Refuses a decision that would recognise a course already recognised (or reserved by a decision committing) for
    /// the learner at the institution, go over the institution's credit cap (<see cref="RecognitionLedger"/>) or claim an
    /// entry another application claimed; else reserves its recognitions in the ledger.
    /// </summary>
    /// <returns>The decision's courses, to store with it for the ledger.</returns>
    public static async Task<List<CourseRecognition>> EnsureCanRecordAsync(
        IGrainFactory grains, ApplicationInfo application, ApplicationState state, Application decidedApplication, Decided decided)
    {
        var courses = decided.Recognitions.Select(r => new CourseRecognition(r.Course, r.UnitCode, r.Credits)).ToList();
        var recognised = decided.Decision.Decisions.OfType<RecognisedDiscipline>().Select(r => r.Item.Code);
        var recognitions = DecisionRecognitions.Of(decidedApplication, recognised, courses, application.InstitutionBin);
        foreach (var (documentIndex, claim) in recognitions.Claims)
        {
            var conflicting = await Certificate(grains, state, documentIndex)
                .FindConflictingClaim(claim.AppendixEntryName, claim.InstitutionBin, claim.UnitCode, claim.ApplicationId);
            if (conflicting is not null)
            {
                throw DoubleRecognition(claim.AppendixEntryName, claim.UnitCode);
            }
        }

        // Last, so that nothing refused above leaves a reservation: a competing decision is refused from here on, and
        // this one's ledger write after its commit is not (RecognitionLedger's rules, checked in the ledger's own turn).
        await LedgerDuringUpgrade.OrSkipAsync(() => Ledger(grains, application).ReserveDecision(application.Id, application.ProgrammeCode, courses, state.Policy.CreditCap));
        return courses;
    }

    /// <summary>Writes the recognitions of a committed decision; both writes are idempotent, so a retry writes them again.</summary>
    public static async Task RecordAsync(IGrainFactory grains, ApplicationInfo application, ApplicationState state, DecisionRecognitions recognitions)
    {
        await Ledger(grains, application).Recognise(application.Id, application.ProgrammeCode, recognitions.Courses, state.Policy.CreditCap);
        foreach (var (documentIndex, claim) in recognitions.Claims)
        {
            try
            {
                await Certificate(grains, state, documentIndex).ClaimRecognition(application.Documents[documentIndex], claim);
            }
            catch (PlatformException exception) when (exception.Code == DomainErrorCode.Conflict)
            {
                throw DoubleRecognition(claim.AppendixEntryName, claim.UnitCode);
            }
        }
    }

    public static DomainException DoubleRecognition(string entry, string unitCode) =>
        new(DomainErrorCode.Conflict,
            Message.Of("recognitionWrites.entryCertificateAlready", ("entry", entry), ("unitCode", unitCode)),
            "documentIndex");

    public static ICertificateGrain Certificate(IGrainFactory grains, ApplicationState state, int documentIndex) =>
        grains.GetGrain<ICertificateGrain>(state.DocumentKeys[documentIndex]);

    public static ILearnerRecognitionsGrain Ledger(IGrainFactory grains, ApplicationInfo application) =>
        grains.GetGrain<ILearnerRecognitionsGrain>(LearnerRecognitionKeys.For(application.InstitutionBin, application.LearnerIin));
}
