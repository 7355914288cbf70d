using GraphQL;
using GraphQL.Types;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Graph;
using NationalRecognition.Gateway.Graph.Common;

namespace NationalRecognition.Gateway.Tests.Support;

/// <summary>The real Query root plus fields that let tests provoke failures and variable coercion.</summary>
public sealed class ProbeQuery : PlatformQuery
{
    public ProbeQuery()
    {
        Field<StringGraphType>("echo")
            .AllowAnonymous()
            .Description("Returns its argument.")
            .Argument<NonNullGraphType<IntGraphType>>("number")
            .Resolve(context => context.GetArgument<int>("number").ToString(System.Globalization.CultureInfo.InvariantCulture));

        Field<StringGraphType>("domainFailure")
            .AllowAnonymous()
            .Description("Throws a domain error with a field and a clause.")
            .Resolve(_ => throw new DomainException(DomainErrorCode.NotFound, Message.Of("institutionGrain.institutionBINBin", ("bin", "42")), "institutionId", "R-3.1"));

        Field<NonNullGraphType<StringGraphType>>("institutionRegistered")
            .AllowAnonymous()
            .Description("One real grain call (the institution's profile); non-null, so a failure leaves no data.")
            .Argument<NonNullGraphType<StringGraphType>>("bin")
            .ResolveAsync(async context =>
                await context.Client().Institution(context.GetArgument<string>("bin")) is null ? "no" : "yes");

        Field<StringGraphType>("internalFailure")
            .AllowAnonymous()
            .Description("Throws an unexpected exception whose message must not leak.")
            .Resolve(_ => throw new InvalidOperationException("connection string Password=secret"));
    }

}
