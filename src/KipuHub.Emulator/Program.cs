using KipuHub.Emulator;

// dotnet run --project src/KipuHub.Emulator -- --urls http://127.0.0.1:5080
var options = new EmulatorOptions { Urls = "http://127.0.0.1:5080" };
try
{
    CommandLine.Apply(args, options);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

EmulatorHost host;
try
{
    host = await EmulatorHost.StartAsync(options);
}
catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException)
{
    // One line that says what to do, not a stack trace: a port in use, an address refused, a data file it cannot read.
    Console.Error.WriteLine(e is IOException && e.InnerException?.GetType().Name == "AddressInUseException"
        ? $"The address {options.Urls} is in use: pick another port with --urls http://127.0.0.1:<port>, or stop what uses it."
        : e.Message);
    return 1;
}
await using var running = host;
var root = host.RootUrl.AbsoluteUri.TrimEnd('/');
Console.WriteLine($"KipuHub emulator listening on {root}");
Console.WriteLine($"  Quantum API   {root}/quantum");
Console.WriteLine($"  Platform API  {root}/qc-catalog");
Console.WriteLine($"  User API      {root}/user-service");
if (options.AllowRemote)
{
    Console.WriteLine($"  Gateway       {root}/gateway/<context>/<service>/<version>  (token: POST {root}/gateway/token)");
    Console.WriteLine("WARNING: reachable from other machines (--allow-remote), over plain http: tokens cross the network in clear. " +
        "The published dev token and gateway credentials are refused; connect with the tokens given with --token or --user.");
}
else
{
    Console.WriteLine($"  Gateway       {root}/gateway/<context>/<service>/<version>  (token: POST {root}/gateway/token, key " +
        $"{EmulatorOptions.DevGatewayKey}, secret {EmulatorOptions.DevGatewaySecret})");
    Console.WriteLine($"  Token         {EmulatorOptions.DevToken}");
    Console.WriteLine($"  Connect       Connect-QHub -Endpoint {root} -Token (ConvertTo-SecureString '{EmulatorOptions.DevToken}' " +
        $"-AsPlainText -Force)");
}
Console.WriteLine(options.DataFile is null ? "State is kept in memory. Press Ctrl+C to stop." :
    $"State is kept in {options.DataFile}. Press Ctrl+C to stop.");
await host.WaitForShutdownAsync();
return 0;
