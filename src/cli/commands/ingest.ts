import type { Command } from "commander";

// Placeholder registration: filled in by the work on this command.
export function registerIngestCommand(_program: Command): void {}
