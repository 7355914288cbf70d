using GraphQL.Types;
using GraphQL.Types.Relay;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Graph.Common;

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
    }
}
