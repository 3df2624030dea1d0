import { extractShipped } from "./support/extract.ts";
const [title, body] = [process.argv[2]!, process.argv[3]!];
const r = extractShipped(body, "nl", title);
console.log(r.names.join("\n"));
console.log(r.triples.join("\n"));
