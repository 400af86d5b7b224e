using Plenary.Cli;

return await PlenaryCommand.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
