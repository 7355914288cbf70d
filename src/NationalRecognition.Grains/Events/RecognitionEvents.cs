using System.Globalization;

namespace NationalRecognition.Grains.Events;

/// <summary>A decision's courses entered in the learner's recognitions at the institution (no personal data: the stream is the pseudonymous key).</summary>
[PlatformEvent("CoursesRecognised", 1)]
public sealed record CoursesRecognised(Guid ApplicationId, string ProgrammeCode, int CourseCount, decimal Credits) : IPlatformEvent
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{CourseCount} course(s), {Credits} credit(s) recognised in programme {ProgrammeCode} by application {ApplicationId}");
}
