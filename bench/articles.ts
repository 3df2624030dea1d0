/**
 * Synthetic defence news for the benchmarks: sentences in the style of the corpus, recombined
 * with varied countries, organisations and numbers so caches cannot make repeats free.
 */
const COUNTRIES_NL = [
  "Nederland",
  "België",
  "Duitsland",
  "Frankrijk",
  "Canada",
  "Noorwegen",
  "Denemarken",
  "Litouwen",
];
const ADJ_NL = [
  "Nederlandse",
  "Belgische",
  "Duitse",
  "Franse",
  "Canadese",
  "Noorse",
  "Deense",
  "Litouwse",
];
const COUNTRIES_EN = [
  "the Netherlands",
  "Belgium",
  "Germany",
  "France",
  "Canada",
  "Norway",
  "Denmark",
  "Lithuania",
];
const ADJ_EN = [
  "Dutch",
  "Belgian",
  "German",
  "French",
  "Canadian",
  "Norwegian",
  "Danish",
  "Lithuanian",
];

const NL = [
  (i: number) =>
    `${COUNTRIES_NL[i % 8]} levert vanaf 12 december ${2 + (i % 5)} militaire adviseurs en ${i % 7} civiele experts aan de NAVO-missie in Irak.`,
  (i: number) =>
    `De ${ADJ_NL[i % 8]} minister Jan de Vries${i} sprak in Brussel met zijn ${ADJ_NL[(i + 1) % 8]} ambtsgenoot over de strijd tegen ISIS.`,
  (i: number) =>
    `Ook zijn ${4 + (i % 3)} ${ADJ_NL[(i + 2) % 8]} F-16's actief in de luchtcampagne boven Syrië en Irak.`,
  (_: number) =>
    "De missie richt zich op het versterken van de Iraakse veiligheidssector. Dat gebeurt via training en advies aan het Iraakse ministerie van Defensie.",
  (_: number) =>
    "Een meerderheid van de Tweede Kamer staat achter deelname aan de missie. Alleen SP, PVV en DENK stemden tegen.",
  (i: number) =>
    `De F-16's worden vanaf een basis in Jordanië ingezet tegen IS, meldt het ministerie op dag ${i}.`,
  (_: number) =>
    "Nu de militaire strijd op de grond zijn einde nadert, komen er andere vraagstukken in beeld, zoals wederopbouw en stabilisatie.",
  (_: number) =>
    "De NAVO-missie heeft een eigen hoofdkwartier in Bagdad en werkt in nauw overleg met de anti-ISIS-coalitie.",
];
const EN = [
  (i: number) =>
    `${ADJ_EN[i % 8]} Defence Minister John Smith${i} met Secretary of Defense Lloyd Austin at the Pentagon to discuss NATO.`,
  (i: number) =>
    `${COUNTRIES_EN[i % 8]} deploys about ${100 + i} soldiers and ${2 + (i % 4)} F-35s to Lithuania as part of Enhanced Forward Presence.`,
  (_: number) =>
    "The ministers reaffirmed their commitments to NATO and the counter-ISIL campaign, and support for United Nations peacekeeping.",
  (_: number) =>
    "The mission trains and advises the Iraqi Ministry of Defence and is headquartered in Baghdad.",
  (i: number) =>
    `Officials said on day ${i} that continued cooperation would strengthen security, prosperity and freedom across the region.`,
];

/** An article of about `words` words in the language. */
export function syntheticArticle(
  i: number,
  language: "nl" | "en",
  words = 500,
): { title: string; body: string } {
  const pool = language === "nl" ? NL : EN;
  const sentences: string[] = [];
  let count = 0;
  for (let k = 0; count < words; k++) {
    const s = pool[(i + k) % pool.length]!(i + k);
    sentences.push(s);
    count += s.split(/\s+/).length;
  }
  const paragraphs: string[] = [];
  for (let p = 0; p < sentences.length; p += 3)
    paragraphs.push(sentences.slice(p, p + 3).join(" "));
  return {
    title:
      language === "nl"
        ? `Nederland steunt nieuwe NAVO-missie Irak (${i})`
        : `Allies discuss NATO deployments (${i})`,
    body: paragraphs.join("\n"),
  };
}
