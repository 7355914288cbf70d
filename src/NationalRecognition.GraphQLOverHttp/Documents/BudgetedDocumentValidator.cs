using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace NationalRecognition.GraphQLOverHttp.Documents;

/// <summary>
/// GraphQL.NET's validator (rules and variable coercion) with a time budget of its own
/// (<see cref="GraphQLEndpointOptions.ValidationTimeout"/>): the execution timeout does not cover validation, and a
/// document built to be slow to validate must not hold a core for long. Past the budget the request is refused with a
/// <see cref="ValidationBudgetError"/> (<c>TOO_COMPLEX</c>) and nothing runs.
/// </summary>
internal sealed class BudgetedDocumentValidator(IDocumentValidator inner, IOptionsMonitor<GraphQLEndpointOptions> options) : IDocumentValidator
{
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options) => ValidateWithinBudgetAsync(options);

    private async Task<IValidationResult> ValidateWithinBudgetAsync(ValidationOptions validation)
    {
        var timeout = options.CurrentValue.ValidationTimeout;
        var caller = validation.CancellationToken;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(caller);
        budget.CancelAfter(timeout);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var result = await inner.ValidateAsync(validation with { CancellationToken = budget.Token });

            // Validation checks the token between nodes only; one that finished past its budget is refused all the same.
            return System.Diagnostics.Stopwatch.GetElapsedTime(started) > timeout ? OverBudget(timeout) : result;
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !caller.IsCancellationRequested)
        {
            return OverBudget(timeout);
        }
    }

    private static ValidationResult OverBudget(TimeSpan timeout) => new(new ValidationBudgetError(
        $"Validating the document took longer than {timeout.TotalMilliseconds:0} ms: send a smaller or simpler document."));
}

/// <summary>Validation ran out of its time budget (<c>TOO_COMPLEX</c>).</summary>
public sealed class ValidationBudgetError(string message) : ValidationError(message);
