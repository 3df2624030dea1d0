/**
 * Enumerates, for each set given, the pairs of entities the extractor names in one sentence but
 * relates by no finding, with the features `measured-pairs` reads (relations/measured-pairs.ts).
 * usage: npx tsx tools/measure-pairs/candidates.ts OUT.jsonl SET...   (sets under test/fixtures/corpus)
 * Writes one line per article ({kind:"article", set, file, entities}) and per pair ({kind:"pair", …}).
 */
import { writeFileSync } from "node:fs";
import { createGazetteer } from "../../src/ingest/extract/gazetteer.ts";
import { EntityRegistry } from "../../src/ingest/extract/model.ts";
import { EXTRACTION_PASSES, initialState, runPasses } from "../../src/ingest/extract/passes.ts";
import { pairCue, typedKind } from "../../src/ingest/extract/relations/measured-pairs.ts";
import { assemble, documentOf, SIGNATURES } from "../../src/ingest/extract/rule-extractor.ts";
import { outputBaseName, resolveLanguage } from "../../src/ingest/extract/run.ts";
import { readArticleInputs } from "../../src/ingest/input/read.ts";
import { loadKnowledgeBase } from "../../src/kb/index.ts";

const [out, ...sets] = process.argv.slice(2);
const gazetteer = createGazetteer(loadKnowledgeBase());
// Without the pass being measured, so the candidates are what the other passes leave.
const passes = EXTRACTION_PASSES.filter((p) => p.name !== "measured-pairs");
// The types each relation may join (what `assemble` keeps), so a label the extractor cannot state is no label.
const lines: string[] = [JSON.stringify({ kind: "signatures", signatures: SIGNATURES })];
for (const set of sets) {
  for await (const read of readArticleInputs([`test/fixtures/corpus/${set}`])) {
    if (!read.article) continue;
    const resolved = resolveLanguage(read.article);
    if ("error" in resolved) continue;
    const article = resolved.article;
    const doc = documentOf(article);
    const registry = new EntityRegistry();
    const state = runPasses(doc, initialState(article, gazetteer, registry), passes);
    const { entities } = assemble(doc, registry, state.mentions, state.findings);
    const file = `${outputBaseName(read)}.json`;
    lines.push(
      JSON.stringify({
        kind: "article",
        set,
        file,
        entities: entities.map((e) => ({ type: e.type, name: e.name, aliases: e.aliases })),
      }),
    );
    const named = new Set(entities.map((e) => `${e.name}\u0000${e.type}`));
    const related = new Set<string>();
    for (const f of state.findings) {
      related.add(`${f.source}\u0000${f.target}`);
      related.add(`${f.target}\u0000${f.source}`);
    }
    for (const view of state.rules!.views) {
      const args = view.args;
      for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        if (a.mention.nested) continue;
        for (let j = i + 1; j < args.length; j++) {
          const b = args[j]!;
          if (b.mention.nested || b.mention.key === a.mention.key) continue;
          if (b.mention.start < a.mention.end) continue;
          if (related.has(`${a.mention.key}\u0000${b.mention.key}`)) continue;
          const ra = registry.get(a.mention.key)!;
          const rb = registry.get(b.mention.key)!;
          if (!named.has(`${ra.name}\u0000${ra.type}`) || !named.has(`${rb.name}\u0000${rb.type}`))
            continue;
          lines.push(
            JSON.stringify({
              kind: "pair",
              set,
              file,
              sentence: view.index,
              a: ra.name,
              b: rb.name,
              ta: typedKind(registry, a.mention.type, a.mention.key),
              tb: typedKind(registry, b.mention.type, b.mention.key),
              aside: a.aside || b.aside,
              ...pairCue(view, a, b),
              text: view.text.length < 400 ? view.text : `${view.text.slice(0, 400)}…`,
            }),
          );
        }
      }
    }
  }
}
writeFileSync(out!, `${lines.join("\n")}\n`);
