using System.Text.Json;
using System.Text.Json.Serialization;
using NationalRecognition.Domain.RuleVersions;
using NationalRecognition.Reference;
using NationalRecognition.Reference.Catalogue;
using NationalRecognition.Reference.Storage;
using NationalRecognition.Reference.Submissions;
using Npgsql;

// The reference implementation of the benchmark: POST /submit and GET /applications/{id}.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var options = builder.Configuration.GetSection(ReferenceOptions.SectionName).Get<ReferenceOptions>() ?? new ReferenceOptions();
if (string.IsNullOrWhiteSpace(options.ConnectionString) || string.IsNullOrWhiteSpace(options.SeedDirectory))
{
    Console.Error.WriteLine("Set Reference__ConnectionString and Reference__SeedDirectory.");
    return 2;
}

builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper));
    json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});
builder.Services.AddSingleton(NpgsqlDataSource.Create(options.ConnectionString));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(RuleVersionCatalogue.LoadDefault());
builder.Services.AddSingleton<ApplicationStore>();
builder.Services.AddSingleton<SubmissionValidator>();

var app = builder.Build();
var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
await ReferenceSchema.ApplyAsync(dataSource);
var institutions = await InstitutionCatalogue.LoadAsync(dataSource, options.SeedDirectory);
app.Services.GetRequiredService<SubmissionValidator>().Use(institutions);

app.MapGet("/health", () => Results.Ok("ok"));
app.MapPost("/submit", SubmitEndpoint.Handle);
app.MapGet("/applications/{id:guid}", StatusEndpoint.Handle);
await app.RunAsync();
return 0;
