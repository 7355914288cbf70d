using NationalRecognition.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.AddGatewayServices();

var app = builder.Build();
app.MapGatewayEndpoints();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
