using SomeTeams.Cli;

return await CliCommands.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
