import type { Command } from "commander";

// Placeholder registration: filled in by the work on this command.
export function registerExtractCommand(_program: Command): void {}
