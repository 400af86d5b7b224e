using Plenary.Cli;

return PlenaryCommand.Run(args, Console.Out, Console.Error);
