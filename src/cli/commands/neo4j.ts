import type { Command } from "commander";

// Placeholder registration: filled in by the work on this command.
export function registerNeo4jCommands(_program: Command): void {}
