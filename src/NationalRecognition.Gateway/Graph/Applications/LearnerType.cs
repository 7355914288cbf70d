using GraphQL.Types;
using GraphQL.Types.Relay;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Graph.Common;
using NationalRecognition.Gateway.Graph.Privacy;

namespace NationalRecognition.Gateway.Graph.Applications;

public sealed class LearnerType : ObjectGraphType<Learner>
{
    public LearnerType()
    {
        Name = "Learner";
        Description = "A learner (student or listener), identified by IIN.";
        Field(l => l.Iin).Description("The learner's IIN.");
        Field<NonNullGraphType<ConnectionType<ApplicationSummaryType>>>("applications")
            .Description("Their applications across institutions, newest first (the learner themself only).")
            .WithStatusFilter()
            .WithPaging()
            .AllowRoles(ActorRole.Learner, ActorRole.PlatformAdministrator)
            .ResolveAsync(async c => (await c.Client().LearnerApplications(c.Source.Iin, c.Status(), c.Page(), c.Actor())).ToConnection());
        Field<NonNullGraphType<ConnectionType<PersonalDataReadType>>>("dataReads")
            .Description("Who read the learner's personal data (institution staff, the registry, administrators), newest first (the learner themself, and administrators, whose reading is itself recorded).")
            .WithPaging()
            .AllowRoles(ActorRole.Learner, ActorRole.PlatformAdministrator)
            .ResolveAsync(async c => (await c.Client().PersonalDataReads(c.Source.Iin, c.Page(), c.Actor())).ToConnection());
        Field<NonNullGraphType<PersonalDataExportType>>("personalDataExport")
            .Description("Everything the platform holds about the learner, in one answer (the learner themself, and administrators, whose reads it makes are recorded).")
            .AllowRoles(ActorRole.Learner, ActorRole.PlatformAdministrator)
            .ResolveAsync(async c => await c.Client().PersonalDataExport(c.Source.Iin, c.Actor()));
    }
}
