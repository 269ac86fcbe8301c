using Nexus.Experiments.Cli;

return NexusCommandLine.Run(args);
