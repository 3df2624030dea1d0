// The kept entity takes the merged one's names and facts: aliases (computed by the caller),
// typed extras it lacks, a missing wikidataId, and the merged ids (so the merge can be traced).
MATCH (k:Entity {id: $keepId})
SET k += $properties,
    k.aliases = $aliases,
    k.wikidataId = coalesce(k.wikidataId, $wikidataId),
    k.mergedIds = $mergedIds,
    k.updatedAt = $now
RETURN k.id AS id
