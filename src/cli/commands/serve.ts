import type { Command } from "commander";

// Placeholder registration: filled in by the work on this command.
export function registerServeCommands(_program: Command): void {}
