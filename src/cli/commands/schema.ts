import type { Command } from "commander";

// Placeholder registration: filled in by the work on this command.
export function registerSchemaCommands(_program: Command): void {}
