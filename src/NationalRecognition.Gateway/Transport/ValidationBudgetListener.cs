using GraphQL.Execution;
using GraphQL.Validation;

namespace NationalRecognition.Gateway.Transport;

/// <summary>
/// Disarms the validation budget once validation is over: from then on the execution timeout
/// (<see cref="GraphQLEndpointOptions.ExecutionTimeout"/>) governs.
/// </summary>
internal sealed class ValidationBudgetListener(CancellationTokenSource budget) : DocumentExecutionListenerBase
{
    public override Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        budget.CancelAfter(Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }
}
