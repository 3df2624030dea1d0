/** What GraphiQL opens with: a walk from a search to the sentences that state each fact. */
export const DEFAULT_QUERY = `# newsgraph: defence and geopolitical news as a knowledge graph.
# Search an entity by any of its names (NAVO finds NATO), then follow its relationships
# to the sentences that state them. Press the play button, or Ctrl-Enter.
query NatoMissionIraq {
  search(text: "NAVO-missie", first: 3) {
    totalCount
    edges {
      score
      node {
        __typename
        name
        aliases
        mentionCount
        relationships(first: 10) {
          totalCount
          edges {
            node {
              type
              source { name }
              target { name }
              properties { quantity role kind from }
              evidence(first: 1) {
                sentence
                article { title publishedAt }
              }
            }
          }
        }
      }
    }
  }
}
`;
