using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Graph.Applications;
using NationalRecognition.Gateway.Graph.Common;

namespace NationalRecognition.Gateway.Graph.Commissions;

public sealed class CommissionType : ObjectGraphType<CommissionInfo>
{
    public CommissionType()
    {
        Name = "Commission";
        Description = "A Commission for the recognition of learning outcomes of non-formal education.";
        Field(c => c.Id).Description("Id: the institution's BIN and the Commission's code.");
        Field(c => c.InstitutionBin).Description("BIN of its institution.");
        Field(c => c.Chair).Description("The current chair, to whom applications are addressed (clause 13).");
        Field(c => c.Current).Description("The composition in force.");
        Field(c => c.History).Description("Every composition, oldest first.");
        Field<NonNullGraphType<ConnectionType<ApplicationSummaryType>>>("queue")
            .Description("Its queue of applications for one academic period, newest first (its institution's staff only).")
            .Argument<NonNullGraphType<StringGraphType>>("period", "Id of the academic period.")
            .WithStatusFilter()
            .WithPaging()
            .AllowRoles(CallerRoles.ListingReaders)
            .ResolveAsync(async c => (await c.Client().CommissionQueue(
                c.Source.Id, c.GetArgument<string>("period"), c.Status(), c.Page(), c.Actor())).ToConnection());
    }
}
