import type { Command } from "commander";

// Placeholder registration: filled in by the work on this command.
export function registerDbCommands(_program: Command): void {}
