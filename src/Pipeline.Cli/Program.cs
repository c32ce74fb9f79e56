return await Pipeline.Cli.Cli.RunAsync(args, Console.Out, Console.Error);
