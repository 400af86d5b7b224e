using Plenary.Load;

return await LoadCommand.RunAsync(args);
