using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NationalRecognition.Silo;
using NationalRecognition.Testing;

namespace NationalRecognition.Persistence.Tests;

/// <summary>The silo host executable's building blocks: local start-up, configuration checks and the migrate command.</summary>
public sealed class SiloHostTests : ThrowAwayDatabases
{
    [Fact]
    public async Task Local_mode_silo_starts_with_defaults_and_listens_on_its_silo_and_gateway_ports()
    {
        var siloPort = FreePorts.Next();
        var gatewayPort = FreePorts.Next();
        using var host = PlatformSiloHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Recognition:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Recognition:GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();

        await host.StartAsync();
        try
        {
            var silo = host.Services.GetRequiredService<ILocalSiloDetails>();
            Assert.Equal(siloPort, silo.SiloAddress.Endpoint.Port);
            Assert.Equal(gatewayPort, silo.GatewayAddress?.Endpoint.Port);

            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, gatewayPort);
            Assert.True(client.Connected);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public void PostgreSql_mode_without_a_connection_string_fails_fast_naming_the_setting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => PlatformSiloHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Recognition:Mode"] = "PostgreSql",
        }));

        Assert.Contains("Recognition:ConnectionString isn't configured.", error.Failures);
    }

    [Fact]
    public async Task PostgreSql_mode_with_schema_updates_off_refuses_to_start_on_an_empty_database()
    {
        var connectionString = await EmptyDatabaseAsync();
        using var host = PlatformSiloHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Recognition:Mode"] = "PostgreSql",
            ["Recognition:ConnectionString"] = connectionString,
            ["Recognition:ApplySchemaOnStartup"] = "false",
            ["Recognition:SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Recognition:GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var schemaError = InnerExceptions.Find<SchemaMigrationException>(error);
        Assert.NotNull(schemaError);
        Assert.Contains("orleansquery", schemaError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_command_applies_the_schema_and_a_second_run_is_a_no_op()
    {
        var connectionString = await EmptyDatabaseAsync();

        Assert.Equal(0, await SiloCommandLine.RunAsync(["migrate", "--connection-string", connectionString]));
        Assert.Equal(0, await SiloCommandLine.RunAsync(["migrate", "--connection-string", connectionString]));

        await new SchemaMigrator(connectionString).VerifyAsync();
        Assert.Equal(0, await SiloCommandLine.RunAsync(["migrate", "--verify-only", "--connection-string", connectionString]));
    }

    [Fact]
    public async Task Migrate_command_with_verify_only_fails_on_an_empty_database()
    {
        var connectionString = await EmptyDatabaseAsync();

        Assert.Equal(1, await SiloCommandLine.RunAsync(["migrate", "--verify-only", "--connection-string", connectionString]));
    }

    private Task<string> EmptyDatabaseAsync() => NewDatabaseAsync("host");
}
