import { LANGUAGES, type Language } from "../../domain/vocabulary.ts";

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
